import { createEffect, type JSX } from "solid-js";

/**
 * A modal question before a change that cannot be undone: a heading that asks, a text that says
 * what goes with it, and two buttons. The browser's own modal dialog keeps the keyboard inside,
 * closes on Escape and gives the focus back to the button that opened it; the focus starts on
 * the safe choice.
 */
export function ConfirmDialog(props: {
  id: string;
  open: boolean;
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Also on Escape. */
  onCancel: () => void;
}) {
  let dialog: HTMLDialogElement | undefined;
  createEffect(() => {
    if (props.open && !dialog?.open) dialog?.showModal();
    if (!props.open && dialog?.open) dialog.close();
  });
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-text`}
      onClose={() => {
        if (props.open) props.onCancel();
      }}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <div id={`${props.id}-text`}>{props.children}</div>
      <div class="button-row">
        <button type="button" class="button button--danger" onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button button--secondary" autofocus onClick={() => props.onCancel()}>
          {props.cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
