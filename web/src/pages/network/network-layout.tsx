import { A, createAsync, type RouteSectionProps } from "@solidjs/router";
import { Show } from "solid-js";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getNetwork } from "../../data/queries.ts";
import { t } from "../../lib/i18n.ts";

/** A network's administration: its name, and a menu of settings, centres, people and rounds. */
export default function NetworkLayout(props: RouteSectionProps) {
  const network = createAsync(() => getNetwork(props.params.networkId ?? ""));
  const base = () => `/networks/${props.params.networkId}`;
  return (
    <Show when={props.params.networkId} keyed>
      <AsyncView page>
        <Show when={network()}>
          {(net) => (
            <Show
              when={net().role === "coordinator"}
              fallback={
                <>
                  <PageTitle text={net().name}>{net().name}</PageTitle>
                  <p class="notice">{t("network.coordinatorOnly")}</p>
                </>
              }
            >
              <PageTitle text={net().name}>{net().name}</PageTitle>
              <nav class="tabs" aria-label={t("network.nav")}>
                <ul>
                  <li>
                    <A href={base()} end>
                      {t("network.tab.settings")}
                    </A>
                  </li>
                  <li>
                    <A href={`${base()}/centres`}>{t("network.tab.centres")}</A>
                  </li>
                  <li>
                    <A href={`${base()}/people`}>{t("network.tab.people")}</A>
                  </li>
                  <li>
                    <A href={`${base()}/rounds`}>{t("network.tab.rounds")}</A>
                  </li>
                  <li>
                    <A href={`${base()}/research`}>{t("research.tab")}</A>
                  </li>
                </ul>
              </nav>
              <div class="tab-panel">{props.children}</div>
            </Show>
          )}
        </Show>
      </AsyncView>
    </Show>
  );
}
