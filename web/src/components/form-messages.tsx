import { Show } from "solid-js";
import { tp } from "../lib/i18n.ts";
import type { FormState } from "../lib/form.ts";

/**
 * A form's live regions: errors (assertive) and success (polite). Both regions are always in the
 * page, so that screen readers announce what appears in them.
 */
export function FormMessages(props: { form: FormState }) {
  return (
    <>
      <div class="form-alert" role="alert">
        <Show when={props.form.errorCount() > 0}>
          <p class="message message--error">{tp("form.fixErrors", props.form.errorCount())}</p>
        </Show>
        <Show when={props.form.failure()}>
          <p class="message message--error">{props.form.failure()}</p>
        </Show>
      </div>
      <div class="form-status" role="status">
        <Show when={props.form.status()}>
          <p class="message message--ok">{props.form.status()}</p>
        </Show>
      </div>
    </>
  );
}
