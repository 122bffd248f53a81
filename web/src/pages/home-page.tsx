import { For, Match, Show, Switch } from "solid-js";
import { PageTitle } from "../components/page-title.tsx";
import { t } from "../lib/i18n.ts";
import { me } from "../lib/session.ts";
import { CoordinatorSummary } from "./home/coordinator-summary.tsx";
import { CreateNetworkForm } from "./home/create-network-form.tsx";
import { FacilitatorSummary } from "./home/facilitator-summary.tsx";
import { ResearcherSummary } from "./home/researcher-summary.tsx";

/** One summary per role the person holds: a network, a centre, or the research API. */
export default function HomePage() {
  const name = () => me()?.name ?? "";
  const memberships = () => me()?.memberships ?? [];
  return (
    <>
      <PageTitle text={t("home.title", { name: name() })}>{t("home.title", { name: name() })}</PageTitle>
      <Show when={memberships().length > 0} fallback={<p>{t("home.noMemberships")}</p>}>
        <div class="card-grid">
          <For each={memberships()}>
            {(membership) => (
              <Switch>
                <Match when={membership.role === "coordinator"}>
                  <CoordinatorSummary membership={membership} />
                </Match>
                <Match when={membership.role === "facilitator" && membership.centreId}>
                  <FacilitatorSummary membership={membership} />
                </Match>
                <Match when={membership.role === "researcher"}>
                  <ResearcherSummary membership={membership} />
                </Match>
              </Switch>
            )}
          </For>
        </div>
      </Show>
      <Show when={memberships().length === 0 || memberships().some((m) => m.role === "coordinator")}>
        <CreateNetworkForm />
      </Show>
    </>
  );
}
