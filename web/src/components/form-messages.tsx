import { Show } from "solid-js";
import type { FormState } from "../lib/form.ts";
import { tp } from "../lib/i18n.ts";

/**
 * A form's live regions: errors (assertive) and success (polite). Both regions are always in the
 * page, so that screen readers announce what appears in them.
 */
export function FormMessages(props: { form: FormState }) {
  return (
    <div class="form-messages">
      <div role="alert">
        <Show when={props.form.errorCount() > 0}>
          <p class="message message--error">{tp("form.fixErrors", props.form.errorCount())}</p>
        </Show>
        <Show when={props.form.failure()}>
          <p class="message message--error">{props.form.failure()}</p>
        </Show>
      </div>
      <div role="status">
        <Show when={props.form.status()}>
          <p class="message message--ok">{props.form.status()}</p>
        </Show>
      </div>
    </div>
  );
}
