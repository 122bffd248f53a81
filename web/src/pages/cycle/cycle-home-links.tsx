import { A } from "@solidjs/router";
import "./cycle-home.css";
import { Show } from "solid-js";
import { t } from "../../lib/i18n.ts";

/**
 * On the home page: the way into the cycle, first and prominent (the centre's guide for a
 * facilitator, every centre's progress for the coordinator), then the seminars, the practice
 * library and the themes.
 */
export function CycleHomeLinks(props: { networkId: string; centreId?: string | null }) {
  return (
    <div class="cycle-home">
      <Show
        when={props.centreId}
        fallback={
          <A class="button cycle-home__main" href={`/networks/${props.networkId}/cycle`}>
            {t("seminars.home.networkCycle")}
          </A>
        }
      >
        {(centreId) => (
          <A class="button cycle-home__main" href={`/centres/${centreId()}/cycle`}>
            {t("seminars.home.centreCycle")}
          </A>
        )}
      </Show>
      <ul class="cycle-home__more">
        <Show when={props.centreId}>
          {(centreId) => (
            <li>
              <A href={`/centres/${centreId()}/results-meetings`}>{t("seminars.home.meetings")}</A>
            </li>
          )}
        </Show>
        <li>
          <A href={`/networks/${props.networkId}/seminars`}>{t("seminars.nav.seminars")}</A>
        </li>
        <li>
          <A href={`/networks/${props.networkId}/practices`}>{t("seminars.nav.practices")}</A>
        </li>
        <li>
          <A href="/themes">{t("seminars.nav.themes")}</A>
        </li>
      </ul>
    </div>
  );
}
