import { createAsync } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { z } from "zod";
import type { Round } from "../../../../shared/schemas/round.ts";
import { type InvitationSummary, MAX_CODES_PER_REQUEST } from "../../../../shared/schemas/survey.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { getTeams } from "../../data/queries.ts";
import { createForm, numberValue, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { requestSlips } from "./fieldwork-data.ts";
import { fieldworkCodeMessages } from "./fieldwork-problems.ts";

/**
 * A facilitator's way to codes: ask the coordinator for slips for the centre or a team. The
 * request goes into the round's audit, where the coordinator reads it and the centre sees it.
 */
export function SlipRequestForm(props: { round: Round; centres: InvitationSummary["centres"] }) {
  const form = createForm({ codeMessages: fieldworkCodeMessages });
  const [centreId, setCentreId] = createSignal("");
  const chosen = () => centreId() || props.centres[0]?.centreId || "";
  const teams = createAsync(async () => {
    const id = chosen();
    return id ? (await getTeams(id)).filter((team) => !team.archivedOn) : [];
  });
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const schema = z.object({
      centreId: z.string().min(1),
      teamId: z.string().optional(),
      count: z
        .number(t("survey.invite.countError"))
        .int(t("survey.invite.countError"))
        .min(1, t("survey.invite.countError"))
        .max(MAX_CODES_PER_REQUEST, t("survey.invite.countMax", { max: MAX_CODES_PER_REQUEST })),
      note: z.string().max(500).optional(),
    });
    const values = {
      centreId: data.get("centreId") ?? chosen(),
      teamId: optional(data.get("teamId")),
      count: numberValue(data.get("count")),
      note: optional(data.get("note")),
    };
    const sent = await form.submit(el, schema, values, (input) => requestSlips(props.round.id, input));
    if (!sent) return;
    el.reset();
    form.setStatus(() => t("survey.slips.sent"));
  };
  return (
    <section class="fieldwork-screen" aria-labelledby="slips-title">
      <h2 id="slips-title">{t("survey.slips.title")}</h2>
      <p>{t("survey.slips.intro")}</p>
      <form class="card form" novalidate onSubmit={onSubmit} id="slip-request">
        <FormMessages form={form} />
        <Show
          when={props.centres.length > 1}
          fallback={<input type="hidden" name="centreId" value={chosen()} />}
        >
          <Field id="slips-centre" label={t("survey.invite.centre")} error={form.error("centreId")}>
            {(control) => (
              <select {...control} name="centreId" onChange={(e) => setCentreId(e.currentTarget.value)}>
                <For each={props.centres}>{(c) => <option value={c.centreId}>{c.name}</option>}</For>
              </select>
            )}
          </Field>
        </Show>
        <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>
          <Field id="slips-team" label={t("survey.invite.team")} error={form.error("teamId")}>
            {(control) => (
              <select {...control} name="teamId">
                <option value="">{t("survey.invite.noTeam")}</option>
                <For each={teams()}>{(team) => <option value={team.id}>{team.name}</option>}</For>
              </select>
            )}
          </Field>
        </Suspense>
        <Field id="slips-count" label={t("survey.slips.count")} error={form.error("count")}>
          {(control) => (
            <input {...control} name="count" type="number" inputmode="numeric" min="1" step="1" value="10" />
          )}
        </Field>
        <Field id="slips-note" label={t("survey.slips.note")} error={form.error("note")}>
          {(control) => <textarea {...control} name="note" rows="2" maxLength={500} />}
        </Field>
        <button type="submit" class="button" disabled={form.busy()}>
          {t("survey.slips.submit")}
        </button>
      </form>
    </section>
  );
}
