import { For, Show } from "solid-js";
import type { Contribution, ContributionKind } from "../../../../shared/schemas/seminar.ts";
import { Field } from "../../components/field.tsx";
import { type FormState, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { ScalesField, ThemeField } from "../themes/theme-fields.tsx";
import type { InstrumentScales } from "../themes/themes-data.ts";

export const kinds: readonly ContributionKind[] = ["presented", "requested", "took-home"];

export const kindTitle = (kind: ContributionKind) => t(`seminars.kind.${kind}`);

/** What a contribution form sends, as the contribution schemas read it. */
export function contributionValues(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    kind: data.get("kind") ?? undefined,
    text: data.get("text"),
    themeKey: optional(data.get("themeKey")) ?? null,
    scaleKeys: data.getAll("scaleKeys"),
  };
}

/**
 * Kind, description, theme and scales of a contribution: for recording one and, given a
 * contribution, for changing it (the fields start from its values). `prefix` keeps ids apart
 * when several forms are on the page.
 */
export function ContributionFields(props: {
  prefix: string;
  form: FormState;
  scales: InstrumentScales | undefined;
  contribution?: Contribution;
}) {
  const id = (name: string) => `${props.prefix}-${name}`;
  const checked = (kind: string, i: number) =>
    props.contribution ? props.contribution.kind === kind : i === 0;
  return (
    <>
      <fieldset
        class="field"
        classList={{ "field--invalid": Boolean(props.form.error("kind")) }}
        aria-describedby={props.form.error("kind") ? id("kind-error") : undefined}
      >
        <legend>{t("seminars.contribution.kind")}</legend>
        <For each={kinds}>
          {(kind, i) => (
            <label class="choice">
              <input type="radio" name="kind" value={kind} checked={checked(kind, i())} />
              {kindTitle(kind)}
            </label>
          )}
        </For>
        <Show when={props.form.error("kind")}>
          <p id={id("kind-error")} class="field__error">
            {props.form.error("kind")}
          </p>
        </Show>
      </fieldset>
      <Field id={id("text")} label={t("seminars.contribution.text")} error={props.form.error("text")}>
        {(control) => (
          <textarea
            {...control}
            class="textarea"
            name="text"
            rows="3"
            maxlength="4000"
            required
            value={props.contribution?.text ?? ""}
          />
        )}
      </Field>
      <ThemeField
        id={id("theme")}
        error={props.form.error("themeKey")}
        value={props.contribution?.themeKey}
      />
      <ScalesField
        id={id("scales")}
        scales={props.scales}
        error={props.form.error("scaleKeys")}
        checked={props.contribution?.scaleKeys}
      />
    </>
  );
}
