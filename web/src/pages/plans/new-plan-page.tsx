import { A, createAsync, useNavigate, useParams, useSearchParams } from "@solidjs/router";
import { createSignal, For, Index, Show } from "solid-js";
import {
  type ActionStatus,
  actionPlanCreateSchema,
  actionStatusSchema,
} from "../../../../shared/schemas/action-plan.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getCentre, getRounds } from "../../data/queries.ts";
import { createForm } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { fetchWorkshop } from "../workshops/workshops-data.ts";
import { emptyPlan, PlanFields, type PlanFieldValues, readPlanFields } from "./plan-fields.tsx";
import { createPlan } from "./plans-data.ts";
import "./plans.css";

/**
 * `/centres/:centreId/plans/new`: a new action plan, usually for one of a workshop's top three
 * (`?workshop=…&statement=…&priority=…`), with its first actions.
 */
export default function NewPlanPage() {
  const params = useParams<{ centreId: string }>();
  const [search] = useSearchParams<{ workshop?: string; statement?: string; priority?: string }>();
  const centre = createAsync(() => getCentre(params.centreId));
  const workshop = createAsync(() =>
    search.workshop ? fetchWorkshop(search.workshop) : Promise.resolve(null),
  );
  // The rounds come after the centre (they are its network's); the form waits for both, since the
  // baseline it starts with is the workshop's round where that is published.
  const rounds = createAsync(async () => getRounds((await getCentre(params.centreId)).networkId));
  const title = () => t("workshops.planForm.newTitle");

  const initial = (): PlanFieldValues => {
    const w = workshop();
    const statement = w?.statements.find((s) => s.id === search.statement);
    const round = (rounds() ?? []).find((r) => r.id === w?.roundId && r.status === "published");
    const priority = Number(search.priority);
    return {
      ...emptyPlan,
      title: statement?.text ?? "",
      statementId: statement?.id ?? null,
      priority: Number.isInteger(priority) && priority >= 1 && priority <= 12 ? priority : null,
      baselineRoundId: round?.id ?? null,
    };
  };

  return (
    <AsyncView page notFound={t("workshops.centreNotFound")}>
      <Show when={centre() && workshop() !== undefined && rounds()}>
        <p class="breadcrumb">
          <Show
            when={workshop()}
            fallback={<A href={`/centres/${params.centreId}/plans`}>{t("workshops.plans.back")}</A>}
          >
            {(w) => (
              <A href={`/workshops/${w().id}?view=plan`}>
                {t("workshops.plans.backToWorkshop", { title: w().title })}
              </A>
            )}
          </Show>
        </p>
        <PageTitle text={title()}>{title()}</PageTitle>
        <Show when={initial().statementId}>
          <p class="plan-for">{t("workshops.planForm.forStatement", { text: initial().title })}</p>
        </Show>
        <PlanCreateForm
          centreId={params.centreId}
          networkId={centre()?.networkId ?? ""}
          workshopId={workshop()?.id}
          initial={initial()}
          statements={(workshop()?.statements ?? []).filter((s) => s.shortList)}
        />
      </Show>
    </AsyncView>
  );
}

interface ItemRow {
  text: string;
  owner: string;
  dueOn: string;
  status: ActionStatus;
}

const blankItem = (): ItemRow => ({ text: "", owner: "", dueOn: "", status: "planned" });

function PlanCreateForm(props: {
  centreId: string;
  networkId: string;
  workshopId: string | undefined;
  initial: PlanFieldValues;
  statements: { id: string; text: string }[];
}) {
  const form = createForm();
  const navigate = useNavigate();
  const [items, setItems] = createSignal<ItemRow[]>([blankItem()]);
  const setItem = (i: number, patch: Partial<ItemRow>) =>
    setItems((list) => list.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const fields = readPlanFields(new FormData(el));
    const body = {
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)),
      workshopId: props.workshopId,
      items: items()
        .filter((row) => row.text.trim() || row.owner.trim() || row.dueOn)
        .map((row) => ({
          text: row.text,
          owner: row.owner.trim() || undefined,
          dueOn: row.dueOn || undefined,
          status: row.status,
        })),
    };
    const plan = await form.submit(el, actionPlanCreateSchema, body, (input) =>
      createPlan(props.centreId, input),
    );
    if (plan) navigate(`/plans/${plan.id}?saved=1`);
  };

  return (
    <form class="form plan-form" onSubmit={onSubmit} novalidate>
      <FormMessages form={form} />
      <PlanFields
        form={form}
        idPrefix="new-plan"
        centreId={props.centreId}
        networkId={props.networkId}
        initial={props.initial}
        statements={props.statements}
      />
      <fieldset class="field plan-items">
        <legend>{t("workshops.items.title")}</legend>
        <Show when={form.error("items")}>
          <p class="field__error">{form.error("items")}</p>
        </Show>
        <Index each={items()}>
          {(row, i) => (
            <div class="item-row" data-item-row={i}>
              <div class="field">
                <label for={`item-${i}-text`}>{t("workshops.items.text", { n: i + 1 })}</label>
                <input
                  id={`item-${i}-text`}
                  type="text"
                  maxlength="500"
                  value={row().text}
                  onInput={(e) => setItem(i, { text: e.currentTarget.value })}
                />
              </div>
              <div class="field-pair">
                <div class="field">
                  <label for={`item-${i}-owner`}>{t("workshops.items.owner")}</label>
                  <input
                    id={`item-${i}-owner`}
                    type="text"
                    maxlength="120"
                    value={row().owner}
                    onInput={(e) => setItem(i, { owner: e.currentTarget.value })}
                  />
                </div>
                <div class="field">
                  <label for={`item-${i}-due`}>{t("workshops.items.due")}</label>
                  <input
                    id={`item-${i}-due`}
                    type="date"
                    value={row().dueOn}
                    onInput={(e) => setItem(i, { dueOn: e.currentTarget.value })}
                  />
                </div>
                <div class="field">
                  <label for={`item-${i}-status`}>{t("workshops.items.status")}</label>
                  <select
                    id={`item-${i}-status`}
                    onChange={(e) => setItem(i, { status: e.currentTarget.value as ActionStatus })}
                  >
                    <For each={actionStatusSchema.options}>
                      {(s) => (
                        <option value={s} selected={s === row().status}>
                          {t(`workshops.status.${s}`)}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
              </div>
              <Show when={items().length > 1}>
                <button
                  type="button"
                  class="button button--quiet button--small"
                  onClick={() => setItems((list) => list.filter((_, j) => j !== i))}
                >
                  {t("workshops.items.removeRow", { n: i + 1 })}
                </button>
              </Show>
            </div>
          )}
        </Index>
        <button
          type="button"
          class="button button--secondary button--small"
          onClick={() => {
            setItems((list) => [...list, blankItem()]);
            document.getElementById(`item-${items().length - 1}-text`)?.focus();
          }}
        >
          {t("workshops.items.addRow")}
        </button>
      </fieldset>
      <button type="submit" class="button" disabled={form.busy()}>
        {t("workshops.planForm.save")}
      </button>
    </form>
  );
}
