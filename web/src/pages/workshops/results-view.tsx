import { For, Show } from "solid-js";
import type { Results } from "../../../../shared/schemas/workshop.ts";
import { ChartFrame } from "../../charts/chart-frame.tsx";
import { fileSlug } from "../../charts/download.ts";
import { fmtNumber, t, tp } from "../../lib/i18n.ts";
import { TableScroll } from "../results/table-scroll.tsx";
import { ResultsChart, rankLabel } from "./results-chart.tsx";
import { chanceText, stabilityText } from "./robustness-text.ts";

interface ResultsViewProps {
  results: Results;
  /** The chart's and table's title. */
  title: string;
  /** Unique on the page: the table's id is derived from it. */
  id: string;
  large?: boolean;
  /** The session is closed: the result is final (said in the past tense). */
  closed?: boolean;
}

/**
 * A ranking as a chart and, with the same figures, a table (the chart's text alternative): rank
 * (ties marked), score 0–100, and the chance of being in the top three.
 */
export function ResultsView(props: ResultsViewProps) {
  const tableId = () => `${props.id}-table`;
  return (
    <div class="workshop-results" data-ballots={props.results.ballots}>
      <p class="muted">
        {props.results.method === "borda"
          ? t("workshops.results.method.borda")
          : t("workshops.results.method.bt")}
      </p>
      <Show
        when={props.results.ballots > 0}
        fallback={<p class="notice">{t("workshops.results.noBallots")}</p>}
      >
        <ChartFrame title={props.title} filename={fileSlug(props.title)} tableId={tableId()}>
          {(width) => (
            <ResultsChart
              width={width}
              large={props.large}
              label={t("workshops.results.chartLabel", {
                title: props.title,
                ballots: tp("workshops.ballots", props.results.ballots),
              })}
              rows={props.results.statements.map((s) => ({
                id: s.id,
                text: s.text,
                score: s.score,
                rank: s.rank,
                tied: s.tied,
                pTop3: s.pTop3,
              }))}
              chance={(p) => chanceText(p, props.results.ballots)}
            />
          )}
        </ChartFrame>
        <Show when={stabilityText(props.results)}>{(text) => <p class="stability">{text()}</p>}</Show>
        <TableScroll captionId={`${tableId()}-caption`}>
          <table class="results-table" id={tableId()}>
            <caption id={`${tableId()}-caption`}>
              {t("workshops.results.tableCaption", { title: props.title })}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  {t("workshops.results.col.rank")}
                </th>
                <th scope="col">{t("workshops.results.col.statement")}</th>
                <th scope="col" class="num">
                  {t("workshops.results.col.score")}
                </th>
                <th scope="col" class="num">
                  {t("workshops.results.col.pTop3")}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.results.statements}>
                {(s) => (
                  <tr data-statement={s.id}>
                    <td class="num">
                      {rankLabel(s)}
                      <Show when={s.tied}>
                        {" "}
                        <span class="tie">{t("workshops.results.tie")}</span>
                      </Show>
                    </td>
                    <th scope="row">{s.text}</th>
                    <td class="num">{fmtNumber(s.score, 1)}</td>
                    <td class="num">{chanceText(s.pTop3, props.results.ballots)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableScroll>
      </Show>
    </div>
  );
}
