import { createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import { contributionCreateSchema, type SeminarDetail } from "../../../../shared/schemas/seminar.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { getCentres } from "../../data/queries.ts";
import { createForm, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { me } from "../../lib/session.ts";
import { ScalesField, ThemeField } from "../themes/theme-fields.tsx";
import { useScales } from "../themes/theme-tags.tsx";
import { kinds, kindTitle } from "./centre-contributions.tsx";
import { addContribution } from "./seminars-data.ts";

/**
 * Recording what a centre presented, was asked for or took home. A facilitator writes for their
 * own centre; the coordinator chooses the centre.
 */
export function ContributionForm(props: { seminar: SeminarDetail; coordinator: boolean }) {
  const form = createForm();
  const scales = useScales(() => props.seminar.networkId);
  const centres = createAsync(async () => (props.coordinator ? getCentres(props.seminar.networkId) : []));
  const ownName = () =>
    me()?.memberships.find((m) => m.networkId === props.seminar.networkId && m.role === "facilitator")
      ?.centreName ?? "";

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const data = new FormData(el);
    const values = {
      centreId: props.coordinator ? (optional(data.get("centreId")) ?? "") : undefined,
      kind: data.get("kind") ?? undefined,
      text: data.get("text"),
      themeKey: optional(data.get("themeKey")) ?? null,
      scaleKeys: data.getAll("scaleKeys"),
    };
    const made = await form.submit(el, contributionCreateSchema, values, (input) =>
      addContribution(props.seminar.id, props.seminar.networkId, input),
    );
    if (made) {
      el.reset();
      form.setStatus(() => t("seminars.contribution.added", { kind: kindTitle(made.kind) }));
    }
  };

  return (
    <section aria-labelledby="contribution-add-title" class="card">
      <h2 id="contribution-add-title">{t("seminars.contribution.add")}</h2>
      <Show when={!props.coordinator}>
        <p class="muted">{t("seminars.contribution.forOwn", { centre: ownName() })}</p>
      </Show>
      <form class="form" onSubmit={onSubmit} novalidate>
        <FormMessages form={form} />
        <Show when={props.coordinator}>
          <Field
            id="contribution-centre"
            label={t("seminars.contribution.centre")}
            error={form.error("centreId")}
          >
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
        <fieldset
          class="field"
          classList={{ "field--invalid": Boolean(form.error("kind")) }}
          aria-describedby={form.error("kind") ? "contribution-kind-error" : undefined}
        >
          <legend>{t("seminars.contribution.kind")}</legend>
          <For each={kinds}>
            {(kind, i) => (
              <label class="choice">
                <input type="radio" name="kind" value={kind} checked={i() === 0} />
                {kindTitle(kind)}
              </label>
            )}
          </For>
          <Show when={form.error("kind")}>
            <p id="contribution-kind-error" class="field__error">
              {form.error("kind")}
            </p>
          </Show>
        </fieldset>
        <Field id="contribution-text" label={t("seminars.contribution.text")} error={form.error("text")}>
          {(control) => (
            <textarea {...control} class="textarea" name="text" rows="3" maxlength="4000" required />
          )}
        </Field>
        <ThemeField id="contribution-theme" error={form.error("themeKey")} />
        <ScalesField id="contribution-scales" scales={scales()} error={form.error("scaleKeys")} />
        <button type="submit" class="button" disabled={form.busy()}>
          {form.busy() ? t("form.saving") : t("seminars.contribution.submit")}
        </button>
      </form>
    </section>
  );
}
