import { useParams } from "@solidjs/router";
import { createSignal, onCleanup, Show } from "solid-js";
import type { Round } from "../../../../shared/schemas/round.ts";
import { fmtNumber, t } from "../../lib/i18n.ts";
import { AuditSection } from "./audit-section.tsx";
import { downloadText, slug } from "./download-text.ts";
import { getInstrument, refreshAfterImport } from "./fieldwork-data.ts";
import { FieldworkFrame, isRoundCoordinator } from "./fieldwork-frame.tsx";
import { HeadcountPanel } from "./headcount-panel.tsx";
import { ImportOutcome } from "./import-outcome.tsx";
import { type Upload, type UploadOutcome, uploadCsv } from "./upload.ts";

/** `/rounds/:roundId/import`: answers collected with another survey tool, as a CSV file. */
export default function ImportPage() {
  const params = useParams<{ roundId: string }>();
  return (
    <Show when={params.roundId} keyed>
      {(roundId) => (
        <FieldworkFrame roundId={roundId} section="import">
          {(round) => <Import round={round} />}
        </FieldworkFrame>
      )}
    </Show>
  );
}

type State =
  | { kind: "idle" }
  | { kind: "uploading"; loaded: number; total: number }
  | { kind: "done"; outcome: UploadOutcome };

function Import(props: { round: Round }) {
  const [state, setState] = createSignal<State>({ kind: "idle" });
  const [fileError, setFileError] = createSignal(false);
  const [templateError, setTemplateError] = createSignal(false);
  let current: Upload | undefined;
  onCleanup(() => current?.abort());
  // Only the coordinator imports, and only while the round is open (no padding after the fact).
  const coordinator = () => isRoundCoordinator(props.round);
  const canImport = () => props.round.status === "open" && coordinator();
  const percent = () => {
    const s = state();
    return s.kind === "uploading" && s.total > 0 ? Math.round((s.loaded / s.total) * 100) : 0;
  };

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (state().kind === "uploading") return;
    const form = event.currentTarget as HTMLFormElement;
    const input = form.querySelector<HTMLInputElement>("#import-file");
    const file = input?.files?.[0];
    if (!file) {
      setFileError(true);
      input?.focus();
      return;
    }
    setFileError(false);
    const partial = (form.querySelector<HTMLInputElement>("#import-partial")?.checked ?? false) === true;
    const query = new URLSearchParams({ filename: file.name.slice(0, 200) });
    if (partial) query.set("partial", "true");
    setState({ kind: "uploading", loaded: 0, total: file.size });
    current = uploadCsv(
      `/api/v1/rounds/${encodeURIComponent(props.round.id)}/responses/import?${query}`,
      file,
      (loaded, total) => setState({ kind: "uploading", loaded, total }),
    );
    const outcome = await current.done;
    current = undefined;
    setState({ kind: "done", outcome });
    void refreshAfterImport(props.round.id);
  };

  const downloadTemplate = async () => {
    setTemplateError(false);
    try {
      const def = await getInstrument(props.round.instrumentId);
      const header = [
        "centre",
        "team",
        "panel_code",
        ...def.items.map((item) => item.code),
        def.multipleChoice.code,
        ...def.openQuestions.map((q) => q.code),
      ];
      downloadText(
        `${header.join(",")}\r\n`,
        `${slug(props.round.label)}-import.csv`,
        "text/csv;charset=utf-8",
      );
    } catch {
      setTemplateError(true);
    }
  };

  return (
    <>
      <section aria-labelledby="import-title">
        <h2 id="import-title">{t("survey.import.heading")}</h2>
        <p>{t("survey.import.intro")}</p>
        <ul class="fieldwork-list">
          <li>{t("survey.import.columns.centre")}</li>
          <li>{t("survey.import.columns.optional")}</li>
          <li>{t("survey.import.columns.items")}</li>
          <li>{t("survey.import.columns.choice")}</li>
          <li>{t("survey.import.columns.format")}</li>
        </ul>
        <p>
          <button type="button" class="button button--small button--secondary" onClick={downloadTemplate}>
            {t("survey.import.template")}
          </button>
        </p>
        <Show when={templateError()}>
          <p class="message message--error" role="alert">
            {t("survey.import.templateError")}
          </p>
        </Show>
      </section>

      <Show
        when={canImport()}
        fallback={
          <p class="notice">
            {coordinator() ? t("survey.import.notNow") : t("survey.import.coordinatorOnly")}
          </p>
        }
      >
        <form class="card form" novalidate onSubmit={onSubmit}>
          <div class="field" classList={{ "field--invalid": fileError() }}>
            <label for="import-file">{t("survey.import.file")}</label>
            <p id="import-file-hint" class="field__hint">
              {t("survey.import.fileHint")}
            </p>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={fileError() ? "import-file-hint import-file-error" : "import-file-hint"}
              aria-invalid={fileError() ? "true" : undefined}
              onChange={() => setFileError(false)}
            />
            <Show when={fileError()}>
              <p id="import-file-error" class="field__error">
                {t("survey.import.noFile")}
              </p>
            </Show>
          </div>
          <div class="field">
            <label class="choice">
              <input
                id="import-partial"
                type="checkbox"
                name="partial"
                aria-describedby="import-partial-hint"
              />
              {t("survey.import.partial")}
            </label>
            <p id="import-partial-hint" class="field__hint">
              {t("survey.import.partialHint")}
            </p>
          </div>
          <button type="submit" class="button" disabled={state().kind === "uploading"}>
            {state().kind === "uploading" ? t("survey.import.uploading") : t("survey.import.submit")}
          </button>
          <div role="status" class="fieldwork-progress">
            <Show when={state().kind === "uploading"}>
              <label for="import-progress">
                {percent() < 100
                  ? t("survey.import.progress", { percent: fmtNumber(percent()) })
                  : t("survey.import.checking")}
              </label>
              <progress id="import-progress" max="100" value={percent()} />
            </Show>
          </div>
        </form>
      </Show>

      <Show when={state().kind === "done" && (state() as Extract<State, { kind: "done" }>)}>
        {(s) => <ImportOutcome outcome={s().outcome} />}
      </Show>

      <HeadcountPanel roundId={props.round.id} editable={false} />
      <AuditSection roundId={props.round.id} />
    </>
  );
}
