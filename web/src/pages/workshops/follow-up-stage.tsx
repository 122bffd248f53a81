import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { WorkshopDetail } from "../../../../shared/schemas/workshop.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { getCentre, getTeams } from "../../data/queries.ts";
import { t } from "../../lib/i18n.ts";
import { FollowUpText } from "../plans/follow-up-text.tsx";
import { PlanStatus } from "../plans/plan-status.tsx";
import { getPlan, getPlans } from "../plans/plans-data.ts";

/**
 * Stage 5: at the next published round, each of the workshop's plans shows what happened to its
 * scale for its team (or the centre, where the team is too small to show).
 */
export function FollowUpStage(props: { workshop: WorkshopDetail }) {
  const plans = createAsync(() => getPlans(props.workshop.centreId, props.workshop.id));
  const teams = createAsync(() => getTeams(props.workshop.centreId));
  const centre = createAsync(() => getCentre(props.workshop.centreId));
  const teamName = (id: string | null) =>
    id ? (teams()?.find((team) => team.id === id)?.name ?? null) : null;

  return (
    <section class="stage-panel" aria-labelledby="stage-heading">
      <h2 id="stage-heading" tabindex="-1">
        {t("workshops.followUp.title")}
      </h2>
      <p>{t("workshops.followUp.intro")}</p>
      <AsyncView>
        <Show
          when={(plans() ?? []).length > 0}
          fallback={<p class="notice">{t("workshops.followUp.noPlans")}</p>}
        >
          <ul class="plain-list follow-up-list">
            <For each={plans()}>
              {(p) => (
                <li class="card" data-plan={p.id}>
                  <h3>
                    <A href={`/plans/${p.id}`}>{p.title}</A>
                  </h3>
                  <p class="muted">
                    {teamName(p.teamId) ?? t("workshops.plan.wholeCentre")} · <PlanStatus status={p.status} />
                  </p>
                  <AsyncView>
                    <PlanFollowUp
                      planId={p.id}
                      teamName={teamName(p.teamId)}
                      centreName={centre()?.name ?? ""}
                    />
                  </AsyncView>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </AsyncView>
    </section>
  );
}

function PlanFollowUp(props: { planId: string; teamName: string | null; centreName: string }) {
  const plan = createAsync(() => getPlan(props.planId));
  return (
    <Show when={plan()}>
      {(p) => (
        <FollowUpText followUp={p().followUp} teamName={props.teamName} centreName={props.centreName} />
      )}
    </Show>
  );
}
