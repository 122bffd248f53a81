import { createSignal, For, Show } from "solid-js";
import {
  type HeadcountSheetProblem,
  headcountSheet,
  readHeadcountSheet,
} from "../../../../shared/fieldwork/headcount-sheet.ts";
import type { Headcounts } from "../../../../shared/schemas/headcount.ts";
import { fmtNumber, t, tp } from "../../lib/i18n.ts";
import { downloadText } from "./download-text.ts";
import { saveHeadcounts } from "./fieldwork-data.ts";

type State =
  | { kind: "idle" }
  | { kind: "problems"; problems: HeadcountSheetProblem[] }
  | { kind: "saved"; rows: number }
  | { kind: "failed" };

/**
 * Every headcount of the round at once: the coordinator downloads the round's centres and teams as
 * a sheet, fills in the numbers from the HR list and loads it back. Nothing is saved unless every
 * row reads; then all of it is saved in one request.
 */
export function HeadcountSheetForm(props: { headcounts: Headcounts; onSaved?: () => void }) {
  const [state, setState] = createSignal<State>({ kind: "idle" });
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const download = () =>
    downloadText(
      `\uFEFF${headcountSheet(props.headcounts)}`,
      t("survey.headcount.sheetFile"),
      "text/csv;charset=utf-8",
    );

  const load = async () => {
    const file = input?.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const read = readHeadcountSheet(await file.text(), props.headcounts);
      if (!read.ok) {
        setState({ kind: "problems", problems: read.problems });
        return;
      }
      await saveHeadcounts(props.headcounts.roundId, read.update);
      setState({ kind: "saved", rows: read.rows });
      props.onSaved?.();
    } catch {
      setState({ kind: "failed" });
    } finally {
      setBusy(false);
      if (input) input.value = "";
    }
  };

  return (
    <section class="card headcount-sheet" aria-labelledby="headcount-sheet-title">
      <h3 id="headcount-sheet-title">{t("survey.headcount.sheetTitle")}</h3>
      <p>{t("survey.headcount.sheetIntro")}</p>
      <div class="headcount-sheet__actions">
        <button type="button" class="button button--small button--secondary" onClick={download}>
          {t("survey.headcount.sheetDownload")}
        </button>
      </div>
      <div class="field">
        <label for="headcount-sheet-file">{t("survey.headcount.sheetLoad")}</label>
        <p id="headcount-sheet-hint" class="field__hint">
          {t("survey.headcount.sheetHint")}
        </p>
        <input
          ref={input}
          id="headcount-sheet-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="headcount-sheet-hint"
          disabled={busy()}
          onChange={() => void load()}
        />
      </div>
      <div role="status" aria-live="polite">
        <Show when={state().kind === "saved" && (state() as { rows: number }).rows}>
          {(rows) => <p class="message message--ok">{tp("survey.headcount.sheetSaved", rows())}</p>}
        </Show>
      </div>
      <div role="alert">
        <Show when={state().kind === "failed"}>
          <p class="message message--error">{t("survey.headcount.sheetFailed")}</p>
        </Show>
        <Show
          when={state().kind === "problems" && (state() as { problems: HeadcountSheetProblem[] }).problems}
        >
          {(problems) => (
            <div class="message message--error">
              <p>{tp("survey.headcount.sheetProblems", problems().length)}</p>
              <ul>
                <For each={problems()}>
                  {(p) => (
                    <li>
                      {t("survey.headcount.sheetRow", { row: fmtNumber(p.row) })}:{" "}
                      {t(`survey.headcount.sheet.${p.code}`)}
                    </li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </Show>
      </div>
    </section>
  );
}
