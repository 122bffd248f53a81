import { createAsyncStore } from "@solidjs/router";
import { For, Show, Suspense } from "solid-js";
import { z } from "zod";
import { type Headcounts, MAX_HEADCOUNT } from "../../../../shared/schemas/headcount.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm, numberValue } from "../../lib/form.ts";
import { fmtNumber, t } from "../../lib/i18n.ts";
import { getHeadcounts, saveHeadcounts } from "./fieldwork-data.ts";
import { fieldworkCodeMessages } from "./fieldwork-problems.ts";
import { HeadcountSheetForm } from "./headcount-sheet-form.tsx";

type Centre = Headcounts["centres"][number];

/** An empty box clears the headcount; anything else must be a whole number in range. */
const headcountSchema = () =>
  z
    .number(t("survey.invite.countError"))
    .int(t("survey.invite.countError"))
    .min(1, t("survey.invite.countError"))
    .max(MAX_HEADCOUNT, t("survey.invite.countError"))
    .nullable();

const shown = (n: number | null) => (n === null ? t("survey.headcount.none") : fmtNumber(n));

/** The coordinator's form for one centre: its headcount and its teams'. */
function CentreForm(props: { roundId: string; centre: Centre; onSaved?: () => void }) {
  const form = createForm({ codeMessages: fieldworkCodeMessages });
  const name = (teamId?: string) => (teamId ? `team-${teamId}` : "centre");
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const read = (key: string) => {
      const raw = data.get(key);
      return typeof raw === "string" && raw.trim() === "" ? null : numberValue(raw);
    };
    const keys = [name(), ...props.centre.teams.map((team) => name(team.teamId))];
    const values = Object.fromEntries(keys.map((key) => [key, read(key)]));
    const schema = z.object(Object.fromEntries(keys.map((key) => [key, headcountSchema()])));
    const saved = await form.submit(el, schema, values, (input) =>
      saveHeadcounts(props.roundId, {
        centres: [
          {
            centreId: props.centre.centreId,
            headcount: input[name()] ?? null,
            teams: props.centre.teams.map((team) => ({
              teamId: team.teamId,
              headcount: input[name(team.teamId)] ?? null,
            })),
          },
        ],
      }),
    );
    if (!saved) return;
    form.setStatus(() => t("survey.headcount.saved"));
    props.onSaved?.();
  };
  const id = (key: string) => `headcount-${props.centre.centreId}-${key}`;
  return (
    <form class="card form headcount-form" novalidate onSubmit={onSubmit}>
      <fieldset>
        <legend>{props.centre.name}</legend>
        <FormMessages form={form} />
        <div class="headcount-form__fields">
          <Field
            id={id("centre")}
            label={t("survey.headcount.fieldLabel", { group: props.centre.name })}
            hint={`${t("survey.headcount.taken")}: ${fmtNumber(props.centre.taken)}`}
            error={form.error(name())}
          >
            {(control) => (
              <input
                {...control}
                name={name()}
                type="number"
                inputmode="numeric"
                min="1"
                max={MAX_HEADCOUNT}
                step="1"
                value={props.centre.headcount ?? ""}
              />
            )}
          </Field>
          <For each={props.centre.teams}>
            {(team) => (
              <Field
                id={id(team.teamId)}
                label={t("survey.headcount.fieldLabel", { group: team.name })}
                hint={`${t("survey.headcount.taken")}: ${fmtNumber(team.taken)}`}
                error={form.error(name(team.teamId))}
              >
                {(control) => (
                  <input
                    {...control}
                    name={name(team.teamId)}
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max={MAX_HEADCOUNT}
                    step="1"
                    value={team.headcount ?? ""}
                  />
                )}
              </Field>
            )}
          </For>
        </div>
        <button type="submit" class="button" disabled={form.busy()}>
          {t("survey.headcount.save", { centre: props.centre.name })}
        </button>
      </fieldset>
    </form>
  );
}

/** Everyone's view: headcount and places taken per centre and team. */
function HeadcountTable(props: { headcounts: Headcounts }) {
  return (
    <section class="fieldwork-table-box" tabindex="0" aria-labelledby="headcount-caption">
      <table class="fieldwork-table" id="headcount-table">
        <caption id="headcount-caption">{t("survey.headcount.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("survey.counts.group")}</th>
            <th scope="col">{t("survey.participation.headcount")}</th>
            <th scope="col">{t("survey.headcount.taken")}</th>
          </tr>
        </thead>
        <For each={props.headcounts.centres}>
          {(centre) => (
            <tbody>
              <tr class="fieldwork-table__centre">
                <th scope="row">{centre.name}</th>
                <td>{shown(centre.headcount)}</td>
                <td>{fmtNumber(centre.taken)}</td>
              </tr>
              <For each={centre.teams}>
                {(team) => (
                  <tr class="fieldwork-table__team">
                    <th scope="row">{team.name}</th>
                    <td>{shown(team.headcount)}</td>
                    <td>{fmtNumber(team.taken)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          )}
        </For>
      </table>
    </section>
  );
}

/**
 * The round's headcounts: a form per centre for the coordinator while the round is a draft or
 * open, a table for everyone else (and for everyone once the round is closed).
 */
export function HeadcountPanel(props: { roundId: string; editable: boolean; onSaved?: () => void }) {
  const headcounts = createAsyncStore(() => getHeadcounts(props.roundId));
  return (
    <section class="fieldwork-screen" aria-labelledby="headcount-title" id="fieldwork-headcount">
      <h2 id="headcount-title">{t("survey.headcount.title")}</h2>
      <p>{t("survey.headcount.intro")}</p>
      <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>
        <Show when={headcounts()}>
          {(h) => (
            <Show
              when={props.editable}
              fallback={
                <>
                  <HeadcountTable headcounts={h()} />
                  <p class="muted">{t("survey.headcount.readOnly")}</p>
                </>
              }
            >
              <p class="muted">{t("survey.headcount.takenHint")}</p>
              <HeadcountSheetForm headcounts={h()} onSaved={props.onSaved} />
              <For each={h().centres}>
                {(centre) => <CentreForm roundId={props.roundId} centre={centre} onSaved={props.onSaved} />}
              </For>
            </Show>
          )}
        </Show>
      </Suspense>
    </section>
  );
}
