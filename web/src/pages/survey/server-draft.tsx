import { createSignal, Show } from "solid-js";
import type { Answers } from "../../../../shared/instrument/packing.ts";
import { locale, t } from "../../lib/i18n.ts";
import { deleteServerDraft, putServerDraft } from "./survey-api.ts";

type Note = "saved" | "removed" | "failed" | undefined;

/**
 * Opt-in: keep the answers given so far on the server under the code, to finish on another device.
 * Only when asked (each request counts as a lookup of the code, whose daily number is small), and
 * the respondent can take the copy off again; the server deletes it on sending and at closing.
 */
export function ServerDraft(props: {
  code: string;
  answers: () => Answers;
  panelCode: () => string;
  savedAt: string | undefined;
  onSaved: (savedAt: string | undefined) => void;
}) {
  const [note, setNote] = createSignal<Note>();
  const [busy, setBusy] = createSignal(false);
  const time = () =>
    props.savedAt
      ? new Date(props.savedAt).toLocaleTimeString(locale() === "da" ? "da-DK" : "en-GB", {
          hour: "2-digit",
          minute: "2-digit",
        })
      : "";

  async function save() {
    setBusy(true);
    const r = await putServerDraft(props.code, { answers: props.answers(), panelCode: props.panelCode() });
    setBusy(false);
    if (r.ok && r.value.savedAt) props.onSaved(r.value.savedAt);
    setNote(r.ok ? "saved" : "failed");
  }

  async function remove() {
    setBusy(true);
    const r = await deleteServerDraft(props.code);
    setBusy(false);
    if (r.ok) props.onSaved(undefined);
    setNote(r.ok ? "removed" : "failed");
  }

  return (
    <section class="survey-server" aria-label={t("survey.server.save")}>
      <p>{t("survey.server.offer")}</p>
      <div class="survey-server__buttons">
        <button type="button" class="button button--secondary" disabled={busy()} onClick={() => void save()}>
          {props.savedAt ? t("survey.server.saveAgain") : t("survey.server.save")}
        </button>
        <Show when={props.savedAt}>
          <button type="button" class="button button--quiet" disabled={busy()} onClick={() => void remove()}>
            {t("survey.server.remove")}
          </button>
        </Show>
      </div>
      <p role="status" class="survey-server__status">
        <Show when={note() === "saved" && props.savedAt}>{t("survey.server.saved", { time: time() })}</Show>
        <Show when={note() === "removed"}>{t("survey.server.removed")}</Show>
        <Show when={note() === "failed"}>{t("survey.server.failed")}</Show>
      </p>
    </section>
  );
}
