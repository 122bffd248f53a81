import { A, createAsync, useParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { z } from "zod";
import { actionPlanCreateSchema, MAX_ITEMS_PER_PLAN } from "../../../../shared/schemas/action-plan.ts";
import type { Practice, PracticePlanDraft } from "../../../../shared/schemas/practice.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getCentres } from "../../data/queries.ts";
import { createForm, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { isCoordinatorOf, ownCentreOf } from "../seminars/scope.ts";
import { ThemeField } from "../themes/theme-fields.tsx";
import { useScales } from "../themes/theme-tags.tsx";
import { inLocale } from "../themes/themes-data.ts";
import { createActionPlan, getPlanDraft, getPractice } from "./practices-data.ts";

/**
 * A practice copied into an action plan: the draft the API fills in (title, theme, scale, actions
 * from the practice's bullet lines), for the facilitator to adjust and save as the centre's plan.
 * The practice's text is kept in the plan's notes, and can be copied as it is.
 */
export default function PlanDraftPage() {
  const params = useParams<{ practiceId: string }>();
  return (
    <Show when={params.practiceId} keyed>
      {(id) => <DraftView practiceId={id} />}
    </Show>
  );
}

function DraftView(props: { practiceId: string }) {
  const practice = createAsync(() => getPractice(props.practiceId));
  const draft = createAsync(() => getPlanDraft(props.practiceId));
  return (
    <AsyncView page notFound={t("seminars.draft.notFound")}>
      <Show when={practice() && draft()}>
        <DraftBody practice={practice() as Practice} draft={draft() as PracticePlanDraft} />
      </Show>
    </AsyncView>
  );
}

/** The plan as the API takes it, and the centre it is for (chosen by the coordinator). */
const withCentre = actionPlanCreateSchema.extend({ centreId: z.string().min(1, "Must not be empty.") });

const noteText = (p: Practice, d: PracticePlanDraft) =>
  `${t("seminars.draft.source", { title: p.title })}\n\n${d.text}`.slice(0, 5000);

function DraftBody(props: { practice: Practice; draft: PracticePlanDraft }) {
  const form = createForm();
  const networkId = () => props.practice.networkId;
  const coordinator = () => isCoordinatorOf(networkId());
  const scales = useScales(networkId);
  const centres = createAsync(async () => (coordinator() ? getCentres(networkId()).catch(() => []) : []));
  const [saved, setSaved] = createSignal<{ id: string; centreId: string } | null>(null);
  const [copied, setCopied] = createSignal(false);
  const title = () => t("seminars.draft.title", { title: props.practice.title });

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const centreId = coordinator()
      ? (optional(data.get("centreId")) ?? "")
      : (ownCentreOf(networkId()) ?? "");
    const items = String(data.get("actions") ?? "")
      .split(/\r?\n/)
      .map((line) => line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, "").trim())
      .filter(Boolean)
      .slice(0, MAX_ITEMS_PER_PLAN)
      .map((text) => ({ text }));
    const values = {
      title: data.get("title"),
      goal: optional(data.get("goal")),
      scaleKey: optional(data.get("scaleKey")),
      themeKey: optional(data.get("themeKey")),
      notes: optional(data.get("notes")),
      items,
    };
    const plan = await form.submit(el, withCentre, { ...values, centreId }, ({ centreId: id, ...input }) =>
      createActionPlan(id, input),
    );
    if (plan) {
      setSaved({ id: plan.id, centreId: plan.centreId });
      form.setStatus(() => t("seminars.draft.saved", { title: plan.title }));
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(noteText(props.practice, props.draft));
      setCopied(true);
    } catch {
      setCopied(false);
      document.getElementById("draft-text")?.focus();
    }
  };

  return (
    <>
      <PageTitle text={title()}>{title()}</PageTitle>
      <p class="lead">{t("seminars.draft.intro")}</p>
      <p>
        <A href={`/networks/${networkId()}/practices`}>{t("seminars.draft.back")}</A>
      </p>
      <section aria-labelledby="draft-form-title" class="card">
        <h2 id="draft-form-title">{t("seminars.draft.formTitle")}</h2>
        <form class="form" onSubmit={onSubmit} novalidate>
          <FormMessages form={form} />
          <Show when={saved()}>
            {(plan) => (
              <p class="button-row">
                <A class="button" href={`/plans/${plan().id}`}>
                  {t("seminars.draft.toPlan")}
                </A>
                <A class="button button--secondary" href={`/centres/${plan().centreId}/plans`}>
                  {t("seminars.draft.toPlans")}
                </A>
                <A class="button button--secondary" href={`/centres/${plan().centreId}/cycle`}>
                  {t("seminars.draft.toCycle")}
                </A>
              </p>
            )}
          </Show>
          <Show when={coordinator()}>
            <Field id="draft-centre" label={t("seminars.draft.centre")} error={form.error("centreId")}>
              {(control) => (
                <select {...control} name="centreId" required>
                  <option value="">{t("seminars.contribution.chooseCentre")}</option>
                  <For each={centres() ?? []}>
                    {(c) => <option value={c.id}>{c.name ?? c.pseudonym}</option>}
                  </For>
                </select>
              )}
            </Field>
          </Show>
          <Field id="draft-title" label={t("seminars.draft.planTitle")} error={form.error("title")}>
            {(control) => (
              <input
                {...control}
                name="title"
                type="text"
                maxlength="200"
                required
                value={props.draft.title}
              />
            )}
          </Field>
          <Field
            id="draft-goal"
            label={t("seminars.draft.goal")}
            hint={t("seminars.draft.goalHint")}
            error={form.error("goal")}
          >
            {(control) => (
              <textarea
                {...control}
                class="textarea"
                name="goal"
                rows="2"
                maxlength="2000"
                value={props.draft.goal ?? ""}
              />
            )}
          </Field>
          <Field
            id="draft-scale"
            label={t("seminars.draft.scale")}
            hint={t("seminars.draft.scaleHint")}
            error={form.error("scaleKey")}
          >
            {(control) => (
              <select {...control} name="scaleKey">
                <option value="">{t("seminars.draft.noScale")}</option>
                <For each={scales()?.scales ?? []}>
                  {(s) => (
                    <option value={s.key} selected={s.key === props.draft.scaleKey}>
                      {inLocale(s.label)}
                    </option>
                  )}
                </For>
              </select>
            )}
          </Field>
          <ThemeField id="draft-theme" value={props.draft.themeKey} error={form.error("themeKey")} />
          <Field
            id="draft-actions"
            label={t("seminars.draft.actions")}
            hint={t("seminars.draft.actionsHint")}
            error={form.error("items")}
          >
            {(control) => (
              <textarea
                {...control}
                class="textarea"
                name="actions"
                rows="5"
                value={props.draft.actions.join("\n")}
              />
            )}
          </Field>
          <Field id="draft-notes" label={t("seminars.draft.notes")} error={form.error("notes")}>
            {(control) => (
              <textarea
                {...control}
                class="textarea"
                name="notes"
                rows="6"
                maxlength="5000"
                value={noteText(props.practice, props.draft)}
              />
            )}
          </Field>
          <button type="submit" class="button" disabled={form.busy() || saved() !== null}>
            {form.busy() ? t("form.saving") : t("seminars.draft.submit")}
          </button>
        </form>
      </section>
      <section aria-labelledby="draft-copy-title">
        <h2 id="draft-copy-title">{t("seminars.draft.copyTitle")}</h2>
        <p>{t("seminars.draft.copyIntro")}</p>
        <textarea
          id="draft-text"
          class="textarea"
          readonly
          rows="8"
          aria-labelledby="draft-copy-title"
          value={noteText(props.practice, props.draft)}
        />
        <div class="button-row">
          <button type="button" class="button button--secondary" onClick={copy}>
            {t("seminars.draft.copy")}
          </button>
        </div>
        <p role="status" class="muted">
          <Show when={copied()}>{t("seminars.draft.copied")}</Show>
        </p>
      </section>
    </>
  );
}
