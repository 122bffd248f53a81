import { A, createAsync } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { ActionPlan } from "../../../../shared/schemas/action-plan.ts";
import { Field } from "../../components/field.tsx";
import { getRounds, getTeams } from "../../data/queries.ts";
import type { FormState } from "../../lib/form.ts";
import { locale, t } from "../../lib/i18n.ts";
import { Baseline } from "./baseline.tsx";
import { getThemes, scaleOptions, useRoundScales } from "./plans-data.ts";

export interface PlanFieldValues {
  title: string;
  goal: string | null;
  priority: number | null;
  teamId: string | null;
  statementId: string | null;
  scaleKey: string | null;
  themeKey: string | null;
  notes: string | null;
  baselineRoundId: string | null;
}

export const emptyPlan: PlanFieldValues = {
  title: "",
  goal: null,
  priority: null,
  teamId: null,
  statementId: null,
  scaleKey: null,
  themeKey: null,
  notes: null,
  baselineRoundId: null,
};

export const planValues = (p: ActionPlan): PlanFieldValues => ({
  title: p.title,
  goal: p.goal,
  priority: p.priority,
  teamId: p.teamId,
  statementId: p.statementId,
  scaleKey: p.scaleKey,
  themeKey: p.themeKey,
  notes: p.notes,
  baselineRoundId: p.baselineRoundId,
});

/** The fields as FormData gives them: empty → null (the caller leaves nulls out when creating). */
export function readPlanFields(data: FormData): Record<keyof PlanFieldValues, string | number | null> {
  const text = (name: string) => {
    const v = String(data.get(name) ?? "").trim();
    return v === "" ? null : v;
  };
  const priority = text("priority");
  return {
    title: String(data.get("title") ?? ""),
    goal: text("goal"),
    priority: priority === null ? null : Number(priority),
    teamId: text("teamId"),
    statementId: text("statementId"),
    scaleKey: text("scaleKey"),
    themeKey: text("themeKey"),
    notes: text("notes"),
    baselineRoundId: text("baselineRoundId"),
  };
}

interface PlanFieldsProps {
  form: FormState;
  /** Prefix of the controls' ids (two forms may share a page). */
  idPrefix: string;
  centreId: string;
  networkId: string;
  initial: PlanFieldValues;
  /** Short-list statements the plan may take up (those of its workshop). */
  statements: { id: string; text: string }[];
}

/**
 * A plan's own fields: title, priority, team, statement, goal, the scale that should move (with
 * its current score as the baseline), the theme, the baseline round and notes.
 */
export function PlanFields(props: PlanFieldsProps) {
  const teams = createAsync(() => getTeams(props.centreId));
  const rounds = createAsync(() => getRounds(props.networkId));
  const themes = createAsync(() => getThemes());
  const published = () =>
    [...(rounds() ?? [])]
      .filter((r) => r.status === "published" && r.centreIds.includes(props.centreId))
      .reverse();
  const [scaleKey, setScaleKey] = createSignal(props.initial.scaleKey ?? "");
  const [teamId, setTeamId] = createSignal(props.initial.teamId ?? "");
  const [themeKey, setThemeKey] = createSignal(props.initial.themeKey ?? "");
  const [chosenRound, setChosenRound] = createSignal(props.initial.baselineRoundId ?? "");
  /** The baseline round: as chosen, else the latest published one (as the API decides). */
  const roundId = () => chosenRound() || published()[0]?.id || "";
  const roundScales = useRoundScales(roundId);
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const form = props.form;

  return (
    <>
      <Field id={id("title")} label={t("workshops.planForm.title")} error={form.error("title")}>
        {(control) => (
          <input {...control} name="title" type="text" maxlength="200" required value={props.initial.title} />
        )}
      </Field>
      <div class="field-pair">
        <Field id={id("team")} label={t("workshops.planForm.team")} error={form.error("teamId")}>
          {(control) => (
            <select {...control} name="teamId" onChange={(e) => setTeamId(e.currentTarget.value)}>
              <option value="">{t("workshops.plan.wholeCentre")}</option>
              <For each={teams()}>
                {(team) => (
                  <option value={team.id} selected={team.id === teamId()}>
                    {team.name}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <Field
          id={id("priority")}
          label={t("workshops.planForm.priority")}
          hint={t("workshops.planForm.priorityHint")}
          error={form.error("priority")}
        >
          {(control) => (
            <input
              {...control}
              name="priority"
              type="number"
              min="1"
              max="12"
              inputmode="numeric"
              value={props.initial.priority ?? ""}
            />
          )}
        </Field>
      </div>
      <Show when={props.statements.length > 0}>
        <Field
          id={id("statement")}
          label={t("workshops.planForm.statement")}
          error={form.error("statementId")}
        >
          {(control) => (
            <select {...control} name="statementId">
              <option value="">{t("workshops.planForm.noStatement")}</option>
              <For each={props.statements}>
                {(s) => (
                  <option value={s.id} selected={s.id === props.initial.statementId}>
                    {s.text}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </Show>
      <Field
        id={id("goal")}
        label={t("workshops.planForm.goal")}
        hint={t("workshops.planForm.goalHint")}
        error={form.error("goal")}
      >
        {(control) => (
          <textarea {...control} name="goal" rows="3" maxlength="2000" value={props.initial.goal ?? ""} />
        )}
      </Field>
      <Field
        id={id("scale")}
        label={t("workshops.planForm.scale")}
        hint={t("workshops.planForm.scaleHint")}
        error={form.error("scaleKey")}
      >
        {(control) => (
          <select {...control} name="scaleKey" onChange={(e) => setScaleKey(e.currentTarget.value)}>
            <option value="">{t("workshops.planForm.noScale")}</option>
            <For each={scaleOptions(roundScales())}>
              {(domain) => (
                <optgroup label={domain.label}>
                  <For each={domain.scales}>
                    {(s) => (
                      <option value={s.key} selected={s.key === scaleKey()}>
                        {s.label}
                      </option>
                    )}
                  </For>
                </optgroup>
              )}
            </For>
          </select>
        )}
      </Field>
      <Show when={scaleKey() && roundId()}>
        <Baseline
          roundId={roundId()}
          centreId={props.centreId}
          teamId={teamId() || null}
          scaleKey={scaleKey()}
        />
      </Show>
      <Field
        id={id("round")}
        label={t("workshops.planForm.baselineRound")}
        hint={t("workshops.planForm.baselineRoundHint")}
        error={form.error("baselineRoundId")}
      >
        {(control) => (
          <select {...control} name="baselineRoundId" onChange={(e) => setChosenRound(e.currentTarget.value)}>
            <option value="">{t("workshops.planForm.latestRound")}</option>
            <For each={published()}>
              {(r) => (
                <option value={r.id} selected={r.id === chosenRound()}>
                  {r.label}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
      <Field id={id("theme")} label={t("workshops.planForm.theme")} error={form.error("themeKey")}>
        {(control) => (
          <select {...control} name="themeKey" onChange={(e) => setThemeKey(e.currentTarget.value)}>
            <option value="">{t("workshops.planForm.noTheme")}</option>
            <For each={themes()}>
              {(theme) => (
                <option value={theme.key} selected={theme.key === themeKey()}>
                  {theme.title[locale()]}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
      <Show when={themeKey()}>
        <p class="theme-link">
          <A href={`/themes/${themeKey()}`} target="_blank">
            {t("workshops.planForm.readTheme")}
          </A>
        </p>
      </Show>
      <Field id={id("notes")} label={t("workshops.planForm.notes")} error={form.error("notes")}>
        {(control) => (
          <textarea {...control} name="notes" rows="3" maxlength="5000" value={props.initial.notes ?? ""} />
        )}
      </Field>
    </>
  );
}
