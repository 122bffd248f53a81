import { createSignal, Show } from "solid-js";
import { t } from "../../lib/i18n.ts";
import { normaliseCode } from "./participant-api.ts";

/** The code from the screen, typed in: six characters, case and spaces do not matter. */
export function CodeEntry(props: { onCode: (code: string) => void; busy?: boolean; initial?: string }) {
  const [error, setError] = createSignal(false);
  let input: HTMLInputElement | undefined;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const code = normaliseCode(input?.value ?? "");
    if (!/^[A-Z0-9]{4,12}$/.test(code)) {
      setError(true);
      input?.focus();
      return;
    }
    props.onCode(code);
  };
  return (
    <form class="form code-entry" onSubmit={onSubmit} novalidate>
      <div class="field" classList={{ "field--invalid": error() }}>
        <label for="join-code">{t("workshops.participant.codeLabel")}</label>
        <p id="join-code-hint" class="field__hint">
          {t("workshops.participant.codeHint")}
        </p>
        <input
          ref={input}
          id="join-code"
          name="code"
          type="text"
          class="code-input"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxlength="20"
          value={props.initial ?? ""}
          aria-describedby={error() ? "join-code-hint join-code-error" : "join-code-hint"}
          aria-invalid={error() ? "true" : undefined}
          onInput={() => setError(false)}
        />
        <Show when={error()}>
          <p id="join-code-error" class="field__error">
            {t("workshops.participant.codeInvalid")}
          </p>
        </Show>
      </div>
      <button type="submit" class="button" disabled={props.busy}>
        {t("workshops.participant.codeSubmit")}
      </button>
    </form>
  );
}
