import { For, Match, onMount, Show, Switch } from "solid-js";
import type { ImportResult } from "../../../../shared/schemas/survey.ts";
import { fmtNumber, t, tImportError, tp } from "../../lib/i18n.ts";
import { fieldworkCodeMessages } from "./fieldwork-problems.ts";
import type { UploadOutcome } from "./upload.ts";

/** The rejected rows, one line per error: row (as a spreadsheet numbers it), column, what is wrong. */
function RejectedTable(props: { result: ImportResult }) {
  const lines = () =>
    props.result.rejected.flatMap((r) => r.errors.map((e, i) => ({ row: r.row, first: i === 0, ...e })));
  return (
    <section class="fieldwork-table-box" tabindex="0" aria-labelledby="rejected-caption">
      <table class="fieldwork-table" id="rejected-rows">
        <caption id="rejected-caption">
          {tp("survey.import.rejectedCaption", props.result.rejectedCount)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("survey.import.row")}</th>
            <th scope="col">{t("survey.import.column")}</th>
            <th scope="col">{t("survey.import.message")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={lines()}>
            {(line) => (
              <tr classList={{ "fieldwork-table__first": line.first }}>
                <td>{fmtNumber(line.row)}</td>
                <td>
                  <code>{line.column}</code>
                </td>
                <td>{tImportError(line)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}

const problemKey = (status: number) => {
  if (status === 0) return "survey.import.offline" as const;
  if (status === 403 || status === 404) return "survey.import.forbidden" as const;
  if (status === 409) return "survey.import.conflict" as const;
  if (status === 413) return "survey.import.tooLarge" as const;
  if (status === 422 || status === 400) return "survey.import.unreadable" as const;
  return "survey.import.failed" as const;
};

/** What became of the upload: how many responses went in, and each rejected row with its reason. */
export function ImportOutcome(props: { outcome: UploadOutcome }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const result = () => (props.outcome.kind === "result" ? props.outcome : null);
  return (
    <section class="import-outcome" aria-labelledby="import-outcome-title">
      <h2 id="import-outcome-title" ref={heading} tabindex="-1">
        {t("survey.import.outcome")}
      </h2>
      <Switch>
        <Match when={props.outcome.kind === "offline"}>
          <p class="message message--error">{t("survey.import.offline")}</p>
        </Match>
        <Match when={props.outcome.kind === "problem" && props.outcome}>
          {(p) => (
            <div class="message message--error">
              <p>{t((p().code && fieldworkCodeMessages[p().code as string]) || problemKey(p().status))}</p>
            </div>
          )}
        </Match>
        <Match when={result()}>
          {(r) => (
            <>
              <Switch>
                <Match when={r().result.duplicate}>
                  <p class="message message--ok">{t("survey.import.duplicate")}</p>
                </Match>
                <Match when={r().status === 422}>
                  <p class="message message--error">
                    {tp("survey.import.nothingStored", r().result.rejectedCount)}
                  </p>
                  <p>{t("survey.import.fixAll")}</p>
                </Match>
                <Match when={r().status === 201}>
                  <p class="message message--ok">{tp("survey.import.imported", r().result.imported)}</p>
                  <Show when={r().result.rejectedCount > 0}>
                    <p>{tp("survey.import.partlyRejected", r().result.rejectedCount)}</p>
                  </Show>
                </Match>
              </Switch>
              <Show when={r().result.rejected.length > 0}>
                <RejectedTable result={r().result} />
                <Show when={r().result.rejected.length < r().result.rejectedCount}>
                  <p class="muted">
                    {t("survey.import.moreRejected", {
                      shown: r().result.rejected.length,
                      total: r().result.rejectedCount,
                    })}
                  </p>
                </Show>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
