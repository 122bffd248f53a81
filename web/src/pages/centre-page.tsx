import { A, createAsync, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { AsyncView } from "../components/async-view.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { getCentre } from "../data/queries.ts";
import { fmtDate, t } from "../lib/i18n.ts";
import { me } from "../lib/session.ts";
import { CentreAdminForms } from "./centre/centre-admin-forms.tsx";
import { SupportTextSection } from "./centre/support-text-section.tsx";
import { TeamsSection } from "./centre/teams-section.tsx";
import { LatestReportLink } from "./results/report-links.tsx";

/**
 * One centre: its details, its teams and (for the coordinator) renaming it and recording that it
 * left. A facilitator of another centre gets the API's 404 and sees only "not found" here.
 */
export default function CentrePage() {
  const params = useParams<{ centreId: string }>();
  return (
    // Keyed: another centre's address starts afresh (including from a not-found state).
    <Show when={params.centreId} keyed>
      {(centreId) => <CentreView centreId={centreId} />}
    </Show>
  );
}

function CentreView(props: { centreId: string }) {
  const centre = createAsync(() => getCentre(props.centreId));
  const membership = () => me()?.memberships.find((m) => m.networkId === centre()?.networkId);
  const isCoordinator = () =>
    Boolean(me()?.memberships.some((m) => m.networkId === centre()?.networkId && m.role === "coordinator"));

  return (
    <AsyncView page notFound={t("centre.notFound")}>
      <Show when={centre()}>
        {(c) => (
          <>
            <PageTitle text={c().name ?? c().pseudonym}>{c().name ?? c().pseudonym}</PageTitle>
            <p class="centre-report">
              <LatestReportLink
                networkId={c().networkId}
                centreId={c().id}
                centreName={c().name ?? c().pseudonym}
              />
            </p>
            <section class="card" aria-labelledby="centre-details">
              <h2 id="centre-details">{t("centre.details")}</h2>
              <ul class="plain-list">
                <Show when={membership()}>
                  {(m) => <li>{t("centre.network", { network: m().networkName })}</li>}
                </Show>
                <li>{t("centres.pseudonym", { pseudonym: c().pseudonym })}</li>
                <Show when={c().joinedOn}>
                  {(on) => <li>{t("centres.joinedOn", { date: fmtDate(on()) })}</li>}
                </Show>
                <Show when={c().leftOn}>
                  {(on) => (
                    <li>{t(c().active ? "centres.leaves" : "centres.leftOn", { date: fmtDate(on()) })}</li>
                  )}
                </Show>
              </ul>
              <Show when={isCoordinator()}>
                <p>
                  <A href={`/networks/${c().networkId}/centres`}>{t("centre.backToCentres")}</A>
                </p>
              </Show>
            </section>
            <TeamsSection centreId={c().id} />
            <SupportTextSection centreId={c().id} />
            <Show when={isCoordinator()}>
              <CentreAdminForms centre={c()} />
            </Show>
          </>
        )}
      </Show>
    </AsyncView>
  );
}
