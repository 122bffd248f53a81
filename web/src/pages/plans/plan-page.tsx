import { A, createAsync, useNavigate, useParams, useSearchParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import {
  type ActionPlanDetail,
  actionPlanUpdateSchema,
  actionStatusSchema,
} from "../../../../shared/schemas/action-plan.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getCentre, getTeams } from "../../data/queries.ts";
import { createForm } from "../../lib/form.ts";
import { locale, t } from "../../lib/i18n.ts";
import { fetchWorkshop } from "../workshops/workshops-data.ts";
import { ActionItems } from "./action-items.tsx";
import { FollowUpText } from "./follow-up-text.tsx";
import { PlanFields, planValues, readPlanFields } from "./plan-fields.tsx";
import { PlanStatus } from "./plan-status.tsx";
import { deletePlan, getPlan, getThemes, scaleLabel, updatePlan, useRoundScales } from "./plans-data.ts";
import "./plans.css";

/** `/plans/:planId`: one action plan, its actions, its follow-up, and changing it. */
export default function PlanPage() {
  const params = useParams<{ planId: string }>();
  const plan = createAsync(() => getPlan(params.planId));
  return (
    <AsyncView page notFound={t("workshops.plans.notFound")}>
      <Show when={plan()}>{(p) => <PlanView plan={p()} />}</Show>
    </AsyncView>
  );
}

function PlanView(props: { plan: ActionPlanDetail }) {
  const [search] = useSearchParams<{ saved?: string }>();
  const centre = createAsync(() => getCentre(props.plan.centreId));
  const teams = createAsync(() => getTeams(props.plan.centreId));
  const themes = createAsync(() => getThemes());
  const scales = useRoundScales(() => props.plan.baselineRoundId);
  const teamName = () =>
    props.plan.teamId ? (teams()?.find((x) => x.id === props.plan.teamId)?.name ?? null) : null;
  const themeTitle = () =>
    themes()?.find((x) => x.key === props.plan.themeKey)?.title[locale()] ?? props.plan.themeKey;
  const statusForm = createForm();

  const setPlanStatus = (value: string) =>
    statusForm.run(async () => {
      const status = actionStatusSchema.parse(value);
      await updatePlan(props.plan.id, { status });
      statusForm.setStatus(() =>
        t("workshops.plans.statusSaved", { status: t(`workshops.status.${status}`) }),
      );
    });

  return (
    <article class="plan-page" data-plan={props.plan.id}>
      <p class="breadcrumb">
        <A href={`/centres/${props.plan.centreId}/plans`}>{t("workshops.plans.back")}</A>
        <Show when={props.plan.workshopId}>
          {(id) => (
            <>
              {" · "}
              <A href={`/workshops/${id()}?view=plan`}>{t("workshops.plans.toWorkshop")}</A>
            </>
          )}
        </Show>
      </p>
      <PageTitle text={props.plan.title}>{props.plan.title}</PageTitle>
      <Show when={search.saved}>
        <p class="message message--ok" role="status">
          {t("workshops.plans.saved")}
        </p>
      </Show>
      <dl class="plan-facts">
        <Show when={props.plan.priority}>
          <dt>{t("workshops.planForm.priority")}</dt>
          <dd>{props.plan.priority}</dd>
        </Show>
        <dt>{t("workshops.planForm.team")}</dt>
        <dd>{teamName() ?? t("workshops.plan.wholeCentre")}</dd>
        <Show when={props.plan.statementText}>
          <dt>{t("workshops.planForm.statement")}</dt>
          <dd>{props.plan.statementText}</dd>
        </Show>
        <dt>{t("workshops.plans.status")}</dt>
        <dd>
          <PlanStatus status={props.plan.status} />
        </dd>
        <Show when={props.plan.goal}>
          <dt>{t("workshops.planForm.goal")}</dt>
          <dd class="pre-line">{props.plan.goal}</dd>
        </Show>
        <Show when={props.plan.scaleKey}>
          <dt>{t("workshops.planForm.scale")}</dt>
          <dd>{scaleLabel(props.plan.scaleKey, scales())}</dd>
        </Show>
        <Show when={props.plan.themeKey}>
          <dt>{t("workshops.planForm.theme")}</dt>
          <dd>
            <A href={`/themes/${props.plan.themeKey}`}>{themeTitle()}</A>
          </dd>
        </Show>
        <Show when={props.plan.notes}>
          <dt>{t("workshops.planForm.notes")}</dt>
          <dd class="pre-line">{props.plan.notes}</dd>
        </Show>
      </dl>
      <div class="field plan-status-field">
        <label for="plan-status">{t("workshops.plans.changeStatus")}</label>
        <select
          id="plan-status"
          disabled={statusForm.busy()}
          onChange={(e) => void setPlanStatus(e.currentTarget.value)}
        >
          <For each={actionStatusSchema.options}>
            {(s) => (
              <option value={s} selected={s === props.plan.status}>
                {t(`workshops.status.${s}`)}
              </option>
            )}
          </For>
        </select>
      </div>
      <FormMessages form={statusForm} />
      <ActionItems planId={props.plan.id} items={props.plan.items} />
      <section aria-labelledby="follow-up-heading" class="plan-section">
        <h2 id="follow-up-heading">{t("workshops.followUp.title")}</h2>
        <FollowUpText
          followUp={props.plan.followUp}
          teamName={teamName()}
          centreName={centre()?.name ?? ""}
        />
      </section>
      <Show when={centre()}>{(c) => <EditPlan plan={props.plan} networkId={c().networkId} />}</Show>
    </article>
  );
}

function EditPlan(props: { plan: ActionPlanDetail; networkId: string }) {
  const form = createForm();
  const navigate = useNavigate();
  const [confirming, setConfirming] = createSignal(false);
  const workshop = createAsync(() =>
    props.plan.workshopId ? fetchWorkshop(props.plan.workshopId).catch(() => null) : Promise.resolve(null),
  );

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const { baselineRoundId, ...fields } = readPlanFields(new FormData(el));
    // An empty baseline choice keeps the plan's baseline as it is.
    const body = baselineRoundId === null ? fields : { ...fields, baselineRoundId };
    const saved = await form.submit(el, actionPlanUpdateSchema, body, (input) =>
      updatePlan(props.plan.id, input),
    );
    if (saved) form.setStatus(() => t("workshops.plans.saved"));
  };

  const remove = async () => {
    const done = await form.run(async () => {
      await deletePlan(props.plan.id);
      return true;
    });
    if (done) navigate(`/centres/${props.plan.centreId}/plans`, { replace: true });
  };

  return (
    <details class="card plan-edit">
      <summary>{t("workshops.plans.edit")}</summary>
      <form class="form" onSubmit={onSubmit} novalidate>
        <FormMessages form={form} />
        <Show when={workshop() !== undefined}>
          <PlanFields
            form={form}
            idPrefix="edit-plan"
            centreId={props.plan.centreId}
            networkId={props.networkId}
            initial={planValues(props.plan)}
            statements={(workshop()?.statements ?? []).filter((s) => s.shortList)}
          />
        </Show>
        <button type="submit" class="button" disabled={form.busy()}>
          {t("workshops.planForm.saveChanges")}
        </button>
      </form>
      <div class="danger-zone">
        <Show
          when={confirming()}
          fallback={
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => setConfirming(true)}
            >
              {t("workshops.plans.delete")}
            </button>
          }
        >
          <p>{t("workshops.plans.deleteConfirm")}</p>
          <div class="button-row">
            <button type="button" class="button button--small" disabled={form.busy()} onClick={remove}>
              {t("workshops.plans.deleteYes")}
            </button>
            <button
              type="button"
              class="button button--quiet button--small"
              onClick={() => setConfirming(false)}
            >
              {t("workshops.cancel")}
            </button>
          </div>
        </Show>
      </div>
    </details>
  );
}
