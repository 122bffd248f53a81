import { createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { Practice } from "../../../../shared/schemas/practice.ts";
import { Field } from "../../components/field.tsx";
import { type FormState, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { seminarDates } from "../seminars/dates.ts";
import { getSeminars } from "../seminars/seminars-data.ts";
import { ScalesField, ThemeField } from "../themes/theme-fields.tsx";
import { useScales } from "../themes/theme-tags.tsx";

/** What a practice form sends, as the practice schemas read it (the centre is the form's own). */
export function practiceValues(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    title: data.get("title"),
    body: data.get("body"),
    themeKey: optional(data.get("themeKey")) ?? null,
    scaleKeys: data.getAll("scaleKeys"),
    seminarId: optional(data.get("seminarId")) ?? null,
    shareCentreName: data.get("shareCentreName") === "on",
  };
}

/**
 * Title, text, theme, scales and seminar of a practice: for adding one and, given a practice,
 * for changing it (the fields start from its values). `prefix` keeps ids apart when several
 * forms are on the page.
 */
export function PracticeFields(props: {
  networkId: string;
  prefix: string;
  form: FormState;
  practice?: Practice;
}) {
  const id = (name: string) => `${props.prefix}-${name}`;
  const scales = useScales(() => props.networkId);
  const seminars = createAsync(() => getSeminars(props.networkId).catch(() => []));
  return (
    <>
      <Field id={id("title")} label={t("seminars.practice.title")} error={props.form.error("title")}>
        {(control) => (
          <input
            {...control}
            name="title"
            type="text"
            maxlength="200"
            required
            value={props.practice?.title ?? ""}
          />
        )}
      </Field>
      <Field
        id={id("body")}
        label={t("seminars.practice.body")}
        hint={t("seminars.practice.bodyHint")}
        error={props.form.error("body")}
      >
        {(control) => (
          <textarea
            {...control}
            class="textarea"
            name="body"
            rows="6"
            maxlength="20000"
            required
            value={props.practice?.body ?? ""}
          />
        )}
      </Field>
      <ThemeField id={id("theme")} error={props.form.error("themeKey")} value={props.practice?.themeKey} />
      <ScalesField
        id={id("scales")}
        scales={scales()}
        error={props.form.error("scaleKeys")}
        checked={props.practice?.scaleKeys}
      />
      <Show when={(seminars() ?? []).length > 0}>
        <Field
          id={id("seminar")}
          label={t("seminars.practice.seminar")}
          error={props.form.error("seminarId")}
        >
          {(control) => (
            <select {...control} name="seminarId">
              <option value="">{t("seminars.practice.noSeminar")}</option>
              <For each={seminars() ?? []}>
                {(s) => (
                  <option value={s.id} selected={s.id === props.practice?.seminarId}>
                    {s.title} ({seminarDates(s.startsOn, s.endsOn)})
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </Show>
    </>
  );
}
