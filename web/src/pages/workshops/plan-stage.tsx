import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { ActionPlan } from "../../../../shared/schemas/action-plan.ts";
import type { WorkshopDetail } from "../../../../shared/schemas/workshop.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { getTeams } from "../../data/queries.ts";
import { fmtNumber, t, tp } from "../../lib/i18n.ts";
import { PlanStatus } from "../plans/plan-status.tsx";
import { getPlans } from "../plans/plans-data.ts";
import { createPoll } from "./poll.ts";
import { rankLabel } from "./results-chart.tsx";
import { fetchWorkshopResults } from "./workshops-data.ts";

/**
 * Stage 4: the top three of the pooled ranking, and for each the teams' action plans (written on
 * the plan form, one plan per team and statement).
 */
export function PlanStage(props: { workshop: WorkshopDetail }) {
  const results = createPoll(
    () => fetchWorkshopResults(props.workshop.id),
    () => null,
  );
  const plans = createAsync(() => getPlans(props.workshop.centreId, props.workshop.id));
  const teams = createAsync(() => getTeams(props.workshop.centreId));
  const top = () => (results.value()?.statements ?? []).filter((s) => s.rank <= 3);
  const plansFor = (statementId: string) => (plans() ?? []).filter((p) => p.statementId === statementId);
  const topIds = () => new Set(top().map((s) => s.id));
  const otherPlans = () => (plans() ?? []).filter((p) => !p.statementId || !topIds().has(p.statementId));
  const teamName = (id: string | null) =>
    id ? (teams()?.find((team) => team.id === id)?.name ?? "") : t("workshops.plan.wholeCentre");
  const newPlanHref = (statementId: string, priority: number) =>
    `/centres/${props.workshop.centreId}/plans/new?workshop=${props.workshop.id}&statement=${statementId}&priority=${priority}`;

  return (
    <section class="stage-panel" aria-labelledby="stage-heading">
      <h2 id="stage-heading" tabindex="-1">
        {t("workshops.plan.title")}
      </h2>
      <p>{t("workshops.plan.intro")}</p>
      <p>
        <A href={`/centres/${props.workshop.centreId}/plans`}>{t("workshops.plan.allPlans")}</A>
      </p>
      <Show when={results.value()} fallback={<p class="loading">{t("app.loading")}</p>}>
        {(r) => (
          <Show when={r().ballots > 0} fallback={<p class="notice">{t("workshops.plan.noRanking")}</p>}>
            <p class="muted">{tp("workshops.plan.basis", r().ballots)}</p>
            <ol class="top-three">
              <For each={top()}>
                {(s) => (
                  <li class="card top-three__item" data-statement={s.id}>
                    <h3>
                      <span class="top-three__rank">{rankLabel(s)}</span> {s.text}
                    </h3>
                    <p class="muted">
                      {t("workshops.plan.figures", {
                        score: fmtNumber(s.score, 0),
                        p: fmtNumber(s.pTop3 * 100, 0),
                      })}
                    </p>
                    <AsyncView>
                      <PlanList plans={plansFor(s.id)} teamName={teamName} />
                    </AsyncView>
                    <A
                      class="button button--secondary button--small"
                      href={newPlanHref(s.id, s.rank)}
                      aria-label={t("workshops.plan.writeFor", { text: s.text })}
                    >
                      {t("workshops.plan.write")}
                    </A>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        )}
      </Show>
      <Show when={otherPlans().length > 0}>
        <h3>{t("workshops.plan.otherPlans")}</h3>
        <PlanList plans={otherPlans()} teamName={teamName} />
      </Show>
    </section>
  );
}

/** Plans as links with team, status and their actions' state. */
export function PlanList(props: { plans: ActionPlan[]; teamName: (id: string | null) => string }) {
  return (
    <Show when={props.plans.length > 0} fallback={<p class="muted">{t("workshops.plan.none")}</p>}>
      <ul class="plain-list plan-links">
        <For each={props.plans}>
          {(p) => (
            <li data-plan={p.id}>
              <A href={`/plans/${p.id}`}>{p.title}</A> · {props.teamName(p.teamId)} ·{" "}
              <PlanStatus status={p.status} /> · {tp("workshops.plans.actionCount", p.items.length)}
              <Show when={p.overdueItems > 0}>
                {" "}
                <span class="overdue-badge">{tp("workshops.plans.overdueCount", p.overdueItems)}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
