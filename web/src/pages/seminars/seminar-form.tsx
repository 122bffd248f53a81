import { createAsync } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import type { Seminar } from "../../../../shared/schemas/seminar.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { getCentres } from "../../data/queries.ts";
import { type FormState, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";

/** The form's values as the seminar schemas read them; empty optional fields are left out (or cleared). */
export function seminarValues(form: HTMLFormElement, clear: boolean) {
  const data = new FormData(form);
  const gone = clear ? null : undefined;
  return {
    title: data.get("title"),
    startsOn: data.get("startsOn"),
    endsOn: optional(data.get("endsOn")) ?? gone,
    place: optional(data.get("place")) ?? gone,
    purpose: optional(data.get("purpose")) ?? gone,
    agenda: optional(data.get("agenda")) ?? gone,
    // Only when the centres are on the form: an update without the list leaves them as they are.
    centreIds: form.querySelector("input[name='centreIds']") ? data.getAll("centreIds") : undefined,
  };
}

/**
 * Title, dates, place, purpose, agenda and taking-part centres of a seminar: for planning one and
 * for changing it (the coordinator's, who sees every centre by name). Given a seminar, the form
 * starts from its values, the taking-part centres ticked.
 */
export function SeminarFields(props: {
  networkId: string;
  prefix: string;
  form: FormState;
  seminar?: Seminar;
  submitLabel: string;
  onSubmit: (event: SubmitEvent) => void;
  /** Editing: a button that leaves the form without saving. */
  onCancel?: () => void;
  /** Editing: the keyboard starts in the title once the form is shown. */
  focusOnOpen?: boolean;
}) {
  const id = (name: string) => `${props.prefix}-${name}`;
  const centres = createAsync(() => getCentres(props.networkId).catch(() => []));
  const taking = () => new Set(props.seminar?.participants.map((c) => c.id) ?? []);
  onMount(() => {
    if (props.focusOnOpen) document.getElementById(id("title"))?.focus();
  });
  return (
    <form class="form" onSubmit={props.onSubmit} novalidate>
      <FormMessages form={props.form} />
      <Field id={id("title")} label={t("seminars.form.title")} error={props.form.error("title")}>
        {(control) => (
          <input
            {...control}
            name="title"
            type="text"
            maxlength="200"
            required
            value={props.seminar?.title ?? ""}
          />
        )}
      </Field>
      <div class="field-pair">
        <Field id={id("starts")} label={t("seminars.form.startsOn")} error={props.form.error("startsOn")}>
          {(control) => (
            <input {...control} name="startsOn" type="date" required value={props.seminar?.startsOn ?? ""} />
          )}
        </Field>
        <Field id={id("ends")} label={t("seminars.form.endsOn")} error={props.form.error("endsOn")}>
          {(control) => <input {...control} name="endsOn" type="date" value={props.seminar?.endsOn ?? ""} />}
        </Field>
      </div>
      <Field id={id("place")} label={t("seminars.form.place")} error={props.form.error("place")}>
        {(control) => (
          <input {...control} name="place" type="text" maxlength="200" value={props.seminar?.place ?? ""} />
        )}
      </Field>
      <Field id={id("purpose")} label={t("seminars.form.purpose")} error={props.form.error("purpose")}>
        {(control) => (
          <textarea
            {...control}
            class="textarea"
            name="purpose"
            rows="3"
            maxlength="4000"
            value={props.seminar?.purpose ?? ""}
          />
        )}
      </Field>
      <Field
        id={id("agenda")}
        label={t("seminars.form.agenda")}
        hint={t("seminars.form.agendaHint")}
        error={props.form.error("agenda")}
      >
        {(control) => (
          <textarea
            {...control}
            class="textarea"
            name="agenda"
            rows="5"
            maxlength="20000"
            value={props.seminar?.agenda ?? ""}
          />
        )}
      </Field>
      <Show when={(centres() ?? []).length > 0}>
        <fieldset class="field">
          <legend>{t("seminars.form.centres")}</legend>
          <p class="field__hint">{t("seminars.form.centresHint")}</p>
          <div class="choices">
            <For each={centres()}>
              {(c) => (
                <label class="choice">
                  <input type="checkbox" name="centreIds" value={c.id} checked={taking().has(c.id)} />
                  {c.name ?? c.pseudonym}
                </label>
              )}
            </For>
          </div>
        </fieldset>
      </Show>
      <div class="button-row">
        <button type="submit" class="button" disabled={props.form.busy()}>
          {props.form.busy() ? t("form.saving") : props.submitLabel}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="button button--secondary" onClick={() => cancel()()}>
              {t("seminars.edit.cancel")}
            </button>
          )}
        </Show>
      </div>
    </form>
  );
}
