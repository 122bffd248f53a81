import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { Round } from "../../../../shared/schemas/round.ts";
import type { FormState } from "../../lib/form.ts";
import { t } from "../../lib/i18n.ts";
import { changeRound, type RoundAction } from "./round-mutations.ts";
import "./results.css";

const actionsFor: Record<Round["status"], RoundAction[]> = {
  draft: [],
  open: ["close"],
  closed: ["publish", "reopen"],
  published: [],
};

/**
 * Close, publish and reopen a round from the rounds list, each after a dialog that says what the
 * step does (and what cannot be undone); and, once results exist, the way to the network overview.
 */
export function RoundActions(props: { round: Round; networkId: string; form: FormState }) {
  let dialog: HTMLDialogElement | undefined;
  const [pending, setPending] = createSignal<RoundAction | null>(null);
  const ask = (action: RoundAction) => {
    setPending(action);
    dialog?.showModal();
  };
  const confirm = async () => {
    const action = pending();
    dialog?.close();
    if (!action) return;
    const changed = await props.form.run(() => changeRound(props.round.id, props.networkId, action));
    if (changed) props.form.setStatus(() => t(`results.rounds.done.${action}`, { label: changed.label }));
  };
  const dialogId = () => `round-dialog-${props.round.id}`;

  return (
    <div class="round-actions">
      <Show when={props.round.status === "closed" || props.round.status === "published"}>
        <A class="button button--small button--secondary" href={`/rounds/${props.round.id}/overview`}>
          {t("results.overview.link")}
        </A>
      </Show>
      <For each={actionsFor[props.round.status]}>
        {(action) => (
          <button
            type="button"
            class="button button--small"
            classList={{ "button--secondary": action === "reopen" }}
            aria-label={t(`results.rounds.${action}Label`, { label: props.round.label })}
            disabled={props.form.busy()}
            onClick={() => ask(action)}
          >
            {t(`results.rounds.${action}`)}
          </button>
        )}
      </For>
      <dialog
        ref={dialog}
        class="confirm-dialog"
        aria-labelledby={`${dialogId()}-title`}
        aria-describedby={`${dialogId()}-text`}
        onClose={() => setPending(null)}
      >
        <Show when={pending()}>
          {(action) => (
            <>
              <h2 id={`${dialogId()}-title`}>
                {t(`results.rounds.confirm.${action()}.title`, { label: props.round.label })}
              </h2>
              <p id={`${dialogId()}-text`}>{t(`results.rounds.confirm.${action()}.text`)}</p>
              <div class="button-row">
                <button type="button" class="button" onClick={confirm}>
                  {t(`results.rounds.${action()}`)}
                </button>
                <button type="button" class="button button--secondary" onClick={() => dialog?.close()}>
                  {t("results.rounds.cancel")}
                </button>
              </div>
            </>
          )}
        </Show>
      </dialog>
    </div>
  );
}
