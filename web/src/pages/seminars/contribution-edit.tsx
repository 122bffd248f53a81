import { onMount, Suspense } from "solid-js";
import { type Contribution, contributionUpdateSchema } from "../../../../shared/schemas/seminar.ts";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { useScales } from "../themes/theme-tags.tsx";
import { ContributionFields, contributionValues } from "./contribution-fields.tsx";
import { updateContribution } from "./seminars-data.ts";

/**
 * A contribution changed in place: the form it was recorded with, filled in. The centre stays
 * (the API does not move a contribution to another centre). `onDone(true)` once saved,
 * `onDone(false)` on cancel.
 */
export function ContributionEdit(props: {
  contribution: Contribution;
  networkId: string;
  onDone: (saved: boolean) => void;
}) {
  // Its own boundary: the themes and scales it loads must not blank the whole page while they come.
  return (
    <Suspense>
      <ContributionEditForm {...props} />
    </Suspense>
  );
}

function ContributionEditForm(props: {
  contribution: Contribution;
  networkId: string;
  onDone: (saved: boolean) => void;
}) {
  const form = createForm();
  const scales = useScales(() => props.networkId);
  const prefix = () => `contribution-${props.contribution.id}`;
  // The keyboard starts in the description (effects wait until the form is shown).
  onMount(() => document.getElementById(`${prefix()}-text`)?.focus());

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const c = props.contribution;
    const saved = await form.submit(el, contributionUpdateSchema, contributionValues(el), (input) =>
      updateContribution(c.seminarId, props.networkId, c.id, input),
    );
    if (saved) props.onDone(true);
  };

  return (
    <form
      class="form"
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape" && !form.busy()) props.onDone(false);
      }}
      novalidate
      aria-label={t("seminars.contribution.editLabel", { text: props.contribution.text.slice(0, 60) })}
    >
      <FormMessages form={form} />
      <ContributionFields prefix={prefix()} form={form} scales={scales()} contribution={props.contribution} />
      <div class="button-row">
        <button type="submit" class="button" disabled={form.busy()}>
          {form.busy() ? t("form.saving") : t("seminars.detail.editSubmit")}
        </button>
        <button type="button" class="button button--secondary" onClick={() => props.onDone(false)}>
          {t("seminars.edit.cancel")}
        </button>
      </div>
    </form>
  );
}
