import { createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import { contributionCreateSchema, type SeminarDetail } from "../../../../shared/schemas/seminar.ts";
import { Field } from "../../components/field.tsx";
import { FormMessages } from "../../components/form-messages.tsx";
import { getCentres } from "../../data/queries.ts";
import { createForm, optional } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { me } from "../../lib/session.ts";
import { useScales } from "../themes/theme-tags.tsx";
import { ContributionFields, contributionValues, kindTitle } from "./contribution-fields.tsx";
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
      ...contributionValues(el),
      centreId: props.coordinator ? (optional(data.get("centreId")) ?? "") : undefined,
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
        <ContributionFields prefix="contribution" form={form} scales={scales()} />
        <button type="submit" class="button" disabled={form.busy()}>
          {form.busy() ? t("form.saving") : t("seminars.contribution.submit")}
        </button>
      </form>
    </section>
  );
}
