import { onMount, Show } from "solid-js";
import type { MessageKey } from "../../../../shared/i18n/index.ts";
import { t } from "../../lib/i18n.ts";
import type { Refusal } from "./survey-api.ts";

const words: Record<Refusal, { title: MessageKey; text: MessageKey }> = {
  "unknown-code": { title: "survey.refused.unknown.title", text: "survey.refused.unknown.text" },
  "round-closed": { title: "survey.refused.closed.title", text: "survey.refused.closed.text" },
  "round-not-open": { title: "survey.refused.notOpen.title", text: "survey.refused.notOpen.text" },
  throttled: { title: "survey.refused.throttled.title", text: "survey.refused.throttled.text" },
  offline: { title: "survey.refused.offline.title", text: "survey.refused.offline.text" },
  server: { title: "survey.refused.server.title", text: "survey.refused.server.text" },
  invalid: { title: "survey.refused.server.title", text: "survey.refused.server.text" },
  "key-reused": { title: "survey.refused.server.title", text: "survey.refused.server.text" },
};

/** Why this code cannot be answered, in plain words, and what to do about it. */
export function RefusalView(props: { refusal: Refusal; onRetry: () => void }) {
  let box: HTMLDivElement | undefined;
  const retryable = () => ["offline", "server", "throttled", "invalid", "key-reused"].includes(props.refusal);
  onMount(() => box?.focus());
  return (
    <div
      class="notice survey-refusal"
      // An unknown code may be one the reader used already: said plainly, not as an error.
      classList={{ "notice--error": props.refusal !== "unknown-code" }}
      role="alert"
      tabindex="-1"
      ref={box}
    >
      <h2>{t(words[props.refusal].title)}</h2>
      <p>{t(words[props.refusal].text)}</p>
      <Show when={retryable()}>
        <button type="button" class="button" onClick={() => props.onRetry()}>
          {t("survey.retry")}
        </button>
      </Show>
      <Show when={props.refusal === "unknown-code"}>
        <p>
          <a href="/s">{t("survey.entry.link")}</a>
        </p>
      </Show>
    </div>
  );
}
