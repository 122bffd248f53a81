import { createSignal, For, onMount, Show } from "solid-js";
import { PageTitle } from "../../components/page-title.tsx";
import { t, tp } from "../../lib/i18n.ts";
import { fetchCollect, type Refusal, sendStatement } from "./participant-api.ts";
import { RefusalText } from "./refusal-text.tsx";

type Kind = "gives" | "takes";

/**
 * A participant adds statements to a workshop, anonymously: what gives or what takes job
 * satisfaction, one at a time. What this phone sent is listed (only here) so the pair can see it
 * arrived.
 */
export function CollectForm(props: { code: string; onEnded?: () => void }) {
  const [title, setTitle] = createSignal<string>();
  const [kind, setKind] = createSignal<Kind | undefined>();
  const [missing, setMissing] = createSignal<{ kind: boolean; text: boolean }>({ kind: false, text: false });
  const [refusal, setRefusal] = createSignal<Refusal>();
  const [busy, setBusy] = createSignal(false);
  const [sent, setSent] = createSignal<{ text: string; kind: Kind }[]>([]);
  const [thanks, setThanks] = createSignal(false);
  let textarea: HTMLTextAreaElement | undefined;

  onMount(async () => {
    const view = await fetchCollect(props.code);
    if (view.ok) setTitle(view.value.title);
    else if (view.refusal === "collecting-ended" && props.onEnded) props.onEnded();
    else setRefusal(view.refusal);
  });

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const text = textarea?.value.trim() ?? "";
    const chosen = kind();
    setMissing({ kind: !chosen, text: !text });
    setThanks(false);
    if (!chosen) {
      document.querySelector<HTMLInputElement>("input[name='kind']")?.focus();
      return;
    }
    if (!text) {
      textarea?.focus();
      return;
    }
    setBusy(true);
    setRefusal(undefined);
    const result = await sendStatement(props.code, { text, kind: chosen });
    setBusy(false);
    if (!result.ok) {
      // Collecting ended while the pair was writing: say so, and wait for the voting.
      if (result.refusal === "collecting-ended" && props.onEnded) props.onEnded();
      else setRefusal(result.refusal);
      return;
    }
    setSent((list) => [{ text, kind: chosen }, ...list]);
    if (textarea) textarea.value = "";
    setThanks(true);
    textarea?.focus();
  };

  const heading = () => title() ?? t("workshops.participant.collectTitle");

  return (
    <>
      <PageTitle text={heading()}>{heading()}</PageTitle>
      <Show when={refusal()}>{(r) => <RefusalText refusal={r()} collecting />}</Show>
      <Show when={title()}>
        <p>{t("workshops.participant.collectIntro")}</p>
        <form class="form collect-form" onSubmit={onSubmit} novalidate>
          <fieldset class="field kind-choice" classList={{ "field--invalid": missing().kind }}>
            <legend>{t("workshops.kind.question")}</legend>
            <For each={["gives", "takes"] as const}>
              {(k) => (
                <label class={`kind-option kind-option--${k}`}>
                  <input
                    type="radio"
                    name="kind"
                    value={k}
                    checked={kind() === k}
                    onChange={() => setKind(k)}
                    aria-describedby={missing().kind ? "kind-error" : undefined}
                  />
                  <span>{t(`workshops.kind.${k}`)}</span>
                </label>
              )}
            </For>
            <Show when={missing().kind}>
              <p id="kind-error" class="field__error">
                {t("workshops.participant.chooseKind")}
              </p>
            </Show>
          </fieldset>
          <div class="field" classList={{ "field--invalid": missing().text }}>
            <label for="statement-text">{t("workshops.participant.statementLabel")}</label>
            <p id="statement-hint" class="field__hint">
              {t("workshops.participant.statementHint")}
            </p>
            <textarea
              ref={textarea}
              id="statement-text"
              name="text"
              rows="3"
              maxlength="300"
              aria-describedby={missing().text ? "statement-hint statement-error" : "statement-hint"}
              aria-invalid={missing().text ? "true" : undefined}
            />
            <Show when={missing().text}>
              <p id="statement-error" class="field__error">
                {t("error.required")}
              </p>
            </Show>
          </div>
          <button type="submit" class="button button--wide" disabled={busy()}>
            {busy() ? t("workshops.participant.sending") : t("workshops.participant.sendStatement")}
          </button>
          <div role="status">
            <Show when={thanks()}>
              <p class="message message--ok">{t("workshops.participant.statementThanks")}</p>
            </Show>
          </div>
        </form>
        <Show when={sent().length > 0}>
          <section aria-labelledby="sent-heading" class="sent">
            <h2 id="sent-heading">{tp("workshops.participant.sentCount", sent().length)}</h2>
            <ul class="plain-list">
              <For each={sent()}>
                {(s) => (
                  <li>
                    <span class={`kind-badge kind-badge--${s.kind}`}>{t(`workshops.kind.${s.kind}`)}</span>{" "}
                    {s.text}
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
      </Show>
    </>
  );
}
