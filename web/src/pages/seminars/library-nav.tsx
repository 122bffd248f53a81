import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { t } from "../../lib/i18n.ts";
import "./library-nav.css";

/**
 * The way between the network's seminars, its practice library and the themes (the router marks
 * the link of the page you are on with aria-current).
 */
export function LibraryNav(props: { networkId: string | null }) {
  return (
    <nav class="library-nav" aria-label={t("seminars.nav.label")}>
      <ul>
        <Show when={props.networkId}>
          {(id) => (
            <>
              <li>
                <A href={`/networks/${id()}/seminars`}>{t("seminars.nav.seminars")}</A>
              </li>
              <li>
                <A href={`/networks/${id()}/practices`}>{t("seminars.nav.practices")}</A>
              </li>
            </>
          )}
        </Show>
        <li>
          <A href="/themes">{t("seminars.nav.themes")}</A>
        </li>
      </ul>
    </nav>
  );
}
