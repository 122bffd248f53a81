import { A, createAsync, useParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { type ActionPlan, actionStatusSchema } from "../../../../shared/schemas/action-plan.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getCentre, getTeams } from "../../data/queries.ts";
import { fmtDate, t, tp } from "../../lib/i18n.ts";
import { PlanStatus } from "./plan-status.tsx";
import { getPlans, scaleLabel, useRoundScales } from "./plans-data.ts";
import "./plans.css";

/** `/centres/:centreId/plans`: the centre's action plans, overdue actions first in sight. */
export default function PlansPage() {
  const params = useParams<{ centreId: string }>();
  const centre = createAsync(() => getCentre(params.centreId));
  const title = () => t("workshops.plans.title", { centre: centre()?.name ?? "" });
  return (
    <AsyncView page notFound={t("workshops.centreNotFound")}>
      <Show when={centre()}>
        <p class="breadcrumb">
          <A href={`/centres/${params.centreId}/workshops`}>{t("workshops.plans.toWorkshops")}</A>
        </p>
        <PageTitle text={title()}>{title()}</PageTitle>
        <p>{t("workshops.plans.intro")}</p>
        <p>
          <A class="button button--secondary" href={`/centres/${params.centreId}/plans/new`}>
            {t("workshops.plans.new")}
          </A>
        </p>
        <PlanOverview centreId={params.centreId} />
      </Show>
    </AsyncView>
  );
}

function PlanOverview(props: { centreId: string }) {
  const plans = createAsync(() => getPlans(props.centreId));
  const teams = createAsync(() => getTeams(props.centreId));
  const [team, setTeam] = createSignal("");
  const [status, setStatus] = createSignal("");
  const [overdueOnly, setOverdueOnly] = createSignal(false);
  const teamName = (id: string | null) =>
    id ? (teams()?.find((x) => x.id === id)?.name ?? "") : t("workshops.plan.wholeCentre");
  const shown = () =>
    (plans() ?? []).filter(
      (p) =>
        (team() === "" || (team() === "centre" ? p.teamId === null : p.teamId === team())) &&
        (status() === "" || p.status === status()) &&
        (!overdueOnly() || p.overdueItems > 0),
    );
  const overdueTotal = () => (plans() ?? []).reduce((sum, p) => sum + p.overdueItems, 0);

  return (
    <AsyncView>
      <Show when={overdueTotal() > 0}>
        <p class="notice overdue-notice" role="status">
          {tp("workshops.plans.overdueTotal", overdueTotal())}
        </p>
      </Show>
      <fieldset class="plan-filters">
        <legend>{t("workshops.plans.filter")}</legend>
        <div class="field">
          <label for="filter-team">{t("workshops.planForm.team")}</label>
          <select id="filter-team" onChange={(e) => setTeam(e.currentTarget.value)}>
            <option value="">{t("workshops.plans.allTeams")}</option>
            <option value="centre">{t("workshops.plan.wholeCentre")}</option>
            <For each={teams()}>{(x) => <option value={x.id}>{x.name}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="filter-status">{t("workshops.plans.status")}</label>
          <select id="filter-status" onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">{t("workshops.plans.allStatuses")}</option>
            <For each={actionStatusSchema.options}>
              {(s) => <option value={s}>{t(`workshops.status.${s}`)}</option>}
            </For>
          </select>
        </div>
        <label class="choice">
          <input type="checkbox" onChange={(e) => setOverdueOnly(e.currentTarget.checked)} />
          {t("workshops.plans.overdueOnly")}
        </label>
      </fieldset>
      <p class="muted" role="status">
        {tp("workshops.plans.shown", shown().length)}
      </p>
      <Show when={(plans() ?? []).length > 0} fallback={<p>{t("workshops.plans.none")}</p>}>
        <ul class="plan-cards">
          <For each={shown()}>{(p) => <PlanCard plan={p} teamName={teamName(p.teamId)} />}</For>
        </ul>
      </Show>
    </AsyncView>
  );
}

function PlanCard(props: { plan: ActionPlan; teamName: string }) {
  const overdue = () => props.plan.items.filter((i) => i.overdue);
  const done = () => props.plan.items.filter((i) => i.status === "done").length;
  const headingId = () => `plan-${props.plan.id}`;
  const scales = useRoundScales(() => props.plan.baselineRoundId);
  return (
    <li
      class="card plan-card"
      classList={{ "plan-card--overdue": props.plan.overdueItems > 0 }}
      data-plan={props.plan.id}
      aria-labelledby={headingId()}
    >
      <h2 id={headingId()} class="plan-card__title">
        <Show when={props.plan.priority}>
          <span class="plan-card__priority">
            {t("workshops.plans.priorityShort", { n: props.plan.priority ?? 0 })}
          </span>{" "}
        </Show>
        <A href={`/plans/${props.plan.id}`}>{props.plan.title}</A>
      </h2>
      <p class="plan-card__meta">
        <span>{props.teamName}</span> · <PlanStatus status={props.plan.status} />
        <Show when={props.plan.scaleKey}>
          {" "}
          · <span>{t("workshops.plans.scaleIs", { scale: scaleLabel(props.plan.scaleKey, scales()) })}</span>
        </Show>
      </p>
      <Show when={props.plan.statementText && props.plan.statementText !== props.plan.title}>
        <p class="muted">{t("workshops.planForm.forStatement", { text: props.plan.statementText ?? "" })}</p>
      </Show>
      <p>
        {tp("workshops.plans.actionCount", props.plan.items.length)} ·{" "}
        {t("workshops.plans.doneCount", { n: done() })}
      </p>
      <Show when={overdue().length > 0}>
        <div class="overdue-box">
          <p>
            <strong class="overdue-badge">{tp("workshops.plans.overdueCount", overdue().length)}</strong>
          </p>
          <ul>
            <For each={overdue()}>
              {(item) => (
                <li>
                  {item.text} — {t("workshops.items.dueIs", { date: fmtDate(item.dueOn ?? "") })}
                  <Show when={item.owner}>, {t("workshops.items.ownerIs", { owner: item.owner ?? "" })}</Show>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </li>
  );
}
