import { onMount, Show, Suspense } from "solid-js";
import { type Practice, practiceUpdateSchema } from "../../../../shared/schemas/practice.ts";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { isCoordinatorOf } from "../seminars/scope.ts";
import { PracticeFields, practiceValues } from "./practice-fields.tsx";
import { updatePractice } from "./practices-data.ts";

/**
 * Whether the reader may say if other centres see the practice's centre: its own facilitator, or
 * the coordinator on the centre's behalf (a practice of the whole network has no name to share).
 */
export const canShare = (p: Practice) =>
  p.canEdit && p.centre !== null && (p.ownCentre || isCoordinatorOf(p.networkId));

/**
 * A practice changed in place: the form it was added with, filled in, with the centre's consent
 * to be named. The centre stays (the API does not move a practice). `onDone` gets the saved
 * practice, or undefined on cancel.
 */
export function PracticeEdit(props: { practice: Practice; onDone: (saved?: Practice) => void }) {
  // Its own boundary: the seminars, themes and scales it loads must not blank the list meanwhile.
  return (
    <Suspense>
      <PracticeEditForm {...props} />
    </Suspense>
  );
}

function PracticeEditForm(props: { practice: Practice; onDone: (saved?: Practice) => void }) {
  const form = createForm();
  const p = () => props.practice;
  const prefix = () => `practice-${p().id}`;
  // The keyboard starts in the title (effects wait until the form is shown).
  onMount(() => document.getElementById(`${prefix()}-title`)?.focus());

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    const { shareCentreName, ...rest } = practiceValues(el);
    // The consent is sent only where it is on the form.
    const values = canShare(p()) ? { ...rest, shareCentreName } : rest;
    const saved = await form.submit(el, practiceUpdateSchema, values, (input) =>
      updatePractice(p().id, input),
    );
    if (saved) props.onDone(saved);
  };

  return (
    <form
      class="form"
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape" && !form.busy()) props.onDone();
      }}
      novalidate
      aria-label={t("seminars.practice.editLabel", { title: p().title })}
    >
      <FormMessages form={form} />
      <PracticeFields networkId={p().networkId} prefix={prefix()} form={form} practice={p()} />
      <Show when={canShare(p())}>
        <label class="choice">
          <input type="checkbox" name="shareCentreName" checked={p().shareCentreName} />
          {p().ownCentre
            ? t("seminars.practice.share", { centre: p().centre?.name ?? "" })
            : t("seminars.practice.shareCoordinator")}
        </label>
      </Show>
      <div class="button-row">
        <button type="submit" class="button" disabled={form.busy()}>
          {form.busy() ? t("form.saving") : t("seminars.detail.editSubmit")}
        </button>
        <button type="button" class="button button--secondary" onClick={() => props.onDone()}>
          {t("seminars.edit.cancel")}
        </button>
      </div>
    </form>
  );
}
