import { createAsync, revalidate, useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { WorkshopDetail } from "../../../../shared/schemas/workshop.ts";
import { FormMessages } from "../../components/form-messages.tsx";
import { createForm } from "../../lib/form.ts";
import { t, tp } from "../../lib/i18n.ts";
import { getPlans } from "../plans/plans-data.ts";
import { deleteWorkshop } from "./workshops-data.ts";

/**
 * Deleting the workshop, with an inline confirm step. Once ballots are cast or action plans written
 * from it the API refuses (they are the centre's record), so the button is disabled and says why;
 * should that happen between loading and deleting, the API's reason is shown instead.
 */
export function DeleteWorkshop(props: { workshop: WorkshopDetail; refresh: () => Promise<unknown> }) {
  // A refusal (ballots or plans arrived meanwhile) in the reader's words, from the problem's code.
  const form = createForm({ codeMessages: { "workshop-has-record": "workshops.delete.blocked" } });
  const navigate = useNavigate();
  const [confirming, setConfirming] = createSignal(false);
  const plans = createAsync(() =>
    getPlans(props.workshop.centreId, props.workshop.id).catch(() => undefined),
  );
  const ballots = () => props.workshop.sessions.reduce((sum, s) => sum + s.ballots, 0);
  const planCount = () => plans()?.length ?? 0;
  const blocked = () => ballots() > 0 || planCount() > 0;
  let deleteButton: HTMLButtonElement | undefined;
  let yesButton: HTMLButtonElement | undefined;
  let blockedNote: HTMLDivElement | undefined;

  // Both steps stay in the page (one hidden), so focus can move to the one shown.
  const ask = () => {
    setConfirming(true);
    // The question is the fieldset's legend: on the "yes" button a screen reader reads both.
    queueMicrotask(() => yesButton?.focus());
  };
  const cancel = () => {
    setConfirming(false);
    queueMicrotask(() => deleteButton?.focus());
  };
  const remove = async () => {
    const { id, centreId } = props.workshop;
    const done = await form.run(async () => {
      await deleteWorkshop(id, centreId);
      return true;
    });
    if (done) {
      navigate(`/centres/${centreId}/workshops`, { replace: true });
      return;
    }
    setConfirming(false);
    // A refusal means ballots or plans arrived meanwhile: read them again, so the button says so.
    if (form.failure() !== undefined) {
      await Promise.all([props.refresh(), revalidate(getPlans.key)]).catch(() => undefined);
      // The "yes" button is hidden now: the keyboard goes to why, or to the button if it may go on.
      queueMicrotask(() => (blocked() ? blockedNote : deleteButton)?.focus());
    }
  };

  return (
    <div class="workshop-delete">
      <FormMessages form={form} />
      <div hidden={confirming()}>
        <button
          ref={deleteButton}
          type="button"
          class="button button--secondary"
          disabled={blocked() || form.busy()}
          aria-describedby={blocked() ? "workshop-delete-blocked" : undefined}
          onClick={ask}
        >
          {t("workshops.delete.button")}
        </button>
        <Show when={blocked()}>
          <div ref={blockedNote} id="workshop-delete-blocked" class="field__hint" tabindex="-1">
            <p>{t("workshops.delete.blocked")}</p>
            <ul>
              <Show when={ballots() > 0}>
                <li>{tp("workshops.delete.blockedBallots", ballots())}</li>
              </Show>
              <Show when={planCount() > 0}>
                <li>{tp("workshops.delete.blockedPlans", planCount())}</li>
              </Show>
            </ul>
          </div>
        </Show>
      </div>
      <fieldset class="workshop-delete__confirm" hidden={!confirming()}>
        <legend>{t("workshops.delete.confirm", { title: props.workshop.title })}</legend>
        <div class="button-row">
          <button ref={yesButton} type="button" class="button" disabled={form.busy()} onClick={remove}>
            {t("workshops.delete.yes")}
          </button>
          <button type="button" class="button button--secondary" onClick={cancel}>
            {t("workshops.cancel")}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
