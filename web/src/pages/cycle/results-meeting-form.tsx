import { createAsync } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { todayIso } from "../../../../shared/dates.ts";
import type { Centre } from "../../../../shared/schemas/centre.ts";
import { resultsMeetingCreateSchema } from "../../../../shared/schemas/cycle.ts";
import type { Round } from "../../../../shared/schemas/round.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm, numberValue, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { ScalesField } from "../themes/theme-fields.tsx";
import { getInstrumentScales } from "../themes/themes-data.ts";
import { createResultsMeeting, getReportAttention } from "./cycle-data.ts";

/**
 * Recording a results meeting: the round it was about, the date, how many came (a count, never
 * names), the attention points the centre chose (the round's scales; the report's own attention
 * points are pointed out) and the decisions.
 */
export function ResultsMeetingForm(props: {
  centre: Centre;
  rounds: readonly Round[];
  roundId: string | undefined;
}) {
  const form = createForm();
  const initial = () =>
    props.rounds.find((r) => r.id === props.roundId)?.id ?? props.rounds[props.rounds.length - 1]?.id ?? "";
  const [roundId, setRoundId] = createSignal(initial());
  const round = () => props.rounds.find((r) => r.id === roundId());
  const scales = createAsync(async () => {
    const r = round();
    return r ? getInstrumentScales(r.instrumentId).catch(() => undefined) : undefined;
  });
  const attention = createAsync(async () => {
    const r = round();
    return r && r.status === "published" ? getReportAttention(r.id, props.centre.id).catch(() => []) : [];
  });

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const attendees = optional(data.get("attendees"));
    const values = {
      roundId: data.get("roundId"),
      heldOn: data.get("heldOn"),
      attendees: attendees === undefined ? null : numberValue(attendees),
      attentionPoints: data.getAll("scaleKeys"),
      decisions: optional(data.get("decisions")) ?? null,
    };
    const made = await form.submit(el, resultsMeetingCreateSchema, values, (input) =>
      createResultsMeeting(props.centre.id, input),
    );
    if (made) {
      el.reset();
      setRoundId(made.roundId);
      form.setStatus(() => t("seminars.meetings.saved"));
    }
  };

  return (
    <section aria-labelledby="meeting-add-title" class="card">
      <h2 id="meeting-add-title">{t("seminars.meetings.add")}</h2>
      <form class="form" onSubmit={onSubmit} novalidate>
        <FormMessages form={form} />
        <Field id="meeting-round" label={t("seminars.meetings.round")} error={form.error("roundId")}>
          {(control) => (
            <select {...control} name="roundId" onChange={(e) => setRoundId(e.currentTarget.value)}>
              <For each={props.rounds}>
                {(r) => (
                  <option value={r.id} selected={r.id === roundId()}>
                    {r.label}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <div class="field-pair">
          <Field id="meeting-date" label={t("seminars.meetings.date")} error={form.error("heldOn")}>
            {(control) => <input {...control} name="heldOn" type="date" required value={todayIso()} />}
          </Field>
          <Field
            id="meeting-attendees"
            label={t("seminars.meetings.attendees")}
            hint={t("seminars.meetings.attendeesHint")}
            error={form.error("attendees")}
          >
            {(control) => (
              <input {...control} name="attendees" type="number" min="0" step="1" inputmode="numeric" />
            )}
          </Field>
        </div>
        <Show when={round()}>
          <ScalesField
            id="meeting-attention"
            scales={scales()}
            legend={t("seminars.meetings.attention")}
            hint={t("seminars.meetings.attentionHint")}
            error={form.error("attentionPoints")}
            marked={attention() ?? []}
            markLabel={t("seminars.meetings.inReport")}
            unfolded
          />
        </Show>
        <Field
          id="meeting-decisions"
          label={t("seminars.meetings.decisions")}
          error={form.error("decisions")}
        >
          {(control) => (
            <textarea {...control} class="textarea" name="decisions" rows="5" maxlength="10000" />
          )}
        </Field>
        <button type="submit" class="button" disabled={form.busy()}>
          {form.busy() ? t("form.saving") : t("seminars.meetings.submit")}
        </button>
      </form>
    </section>
  );
}
