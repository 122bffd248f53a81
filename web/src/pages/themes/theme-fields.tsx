import { For, Show } from "solid-js";
import { Field } from "../../components/field.tsx";
import { t } from "../../lib/i18n.ts";
import { useThemes } from "./theme-tags.tsx";
import { type InstrumentScales, inLocale } from "./themes-data.ts";
import "./scale-choices.css";

/** A form's theme: one of the nine, or none. */
export function ThemeField(props: { id: string; error?: string; value?: string | null }) {
  const themes = useThemes();
  return (
    <Field id={props.id} label={t("seminars.form.theme")} error={props.error}>
      {(control) => (
        <select {...control} name="themeKey">
          <option value="">{t("seminars.form.noTheme")}</option>
          <For each={themes() ?? []}>
            {(theme) => (
              <option value={theme.key} selected={theme.key === props.value}>
                {theme.number}. {inLocale(theme.title)}
              </option>
            )}
          </For>
        </select>
      )}
    </Field>
  );
}

/**
 * A form's scales: checkboxes by domain, folded away unless `unfolded` (most entries name one or
 * two). Sent as `scaleKeys`, each at most once.
 */
export function ScalesField(props: {
  id: string;
  scales: InstrumentScales | undefined;
  error?: string;
  checked?: readonly string[];
  legend?: string;
  hint?: string;
  unfolded?: boolean;
  /** Scales to point out (the report's attention points), with the words for it. */
  marked?: readonly string[];
  markLabel?: string;
}) {
  const groups = () => {
    const s = props.scales;
    if (!s) return [];
    return s.domains
      .map((d) => ({ domain: d, scales: s.scales.filter((x) => x.domain === d.key) }))
      .filter((g) => g.scales.length > 0);
  };
  const fieldset = () => (
    <fieldset
      class="field"
      classList={{ "field--invalid": Boolean(props.error) }}
      aria-describedby={props.error ? `${props.id}-error` : undefined}
    >
      <legend>{props.legend ?? t("seminars.form.scales")}</legend>
      <Show when={props.hint}>
        <p class="field__hint">{props.hint}</p>
      </Show>
      <Show when={groups().length > 0} fallback={<p class="muted">{t("seminars.form.noScales")}</p>}>
        <For each={groups()}>
          {(g) => (
            <fieldset class="scale-choices__group">
              <legend class="scale-choices__domain">{inLocale(g.domain.label)}</legend>
              <div class="choices">
                <For each={g.scales}>
                  {(s) => (
                    <label class="choice">
                      <input
                        type="checkbox"
                        name="scaleKeys"
                        value={s.key}
                        checked={props.checked?.includes(s.key) ?? false}
                      />
                      <span>
                        {inLocale(s.label)}
                        <Show when={props.marked?.includes(s.key)}>
                          {" "}
                          <span class="scale-choices__mark">({props.markLabel})</span>
                        </Show>
                      </span>
                    </label>
                  )}
                </For>
              </div>
            </fieldset>
          )}
        </For>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field__error">
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
  return (
    <Show when={!props.unfolded} fallback={<div class="scale-choices">{fieldset()}</div>}>
      <details class="scale-choices">
        <summary>{props.legend ?? t("seminars.form.scales")}</summary>
        {fieldset()}
      </details>
    </Show>
  );
}
