import { For, Show } from "solid-js";
import { readChange } from "../../../../shared/scoring/benchmark.ts";
import { ChartFrame } from "../../charts/chart-frame.tsx";
import { fileSlug } from "../../charts/download.ts";
import { TrendChart } from "../../charts/trend-chart.tsx";
import { fmtNumber, fmtP, t } from "../../lib/i18n.ts";
import { inLocale, roundTicks, score, signed } from "./format.ts";
import type { HistoryPoint, Report, ScaleRow } from "./results-data.ts";
import { TableScroll } from "./table-scroll.tsx";

/**
 * Change over time: small multiples of every round the centre took part in (up to this one), with
 * the network average alongside, and the change table since the previous round: difference,
 * whether it is meaningful (the network's threshold) and significant (p < 0.05), and the effect size.
 */
export function TrendSection(props: { report: Report; history: readonly HistoryPoint[] }) {
  const ticks = () => roundTicks(props.history.map((r) => r.round.date));
  const figureOf = (r: HistoryPoint, key: string, which: "centre" | "network") => {
    const s = r.scales.find((x) => x.key === key);
    return (which === "centre" ? s?.centre?.mean : s?.network.mean) ?? null;
  };
  const changed = () => props.report.scales.filter((s) => s.change);
  return (
    <section aria-labelledby="trend-title" class="results-section">
      <h2 id="trend-title">{t("results.trend.title")}</h2>
      <Show
        when={props.history.length > 1}
        fallback={<p>{t("results.trend.firstRound", { centre: props.report.centre.name })}</p>}
      >
        <ChartFrame
          title={t("results.trend.chartTitle")}
          filename={fileSlug(props.report.centre.name, props.report.round.label, t("results.trend.file"))}
          tableId="table-trend"
        >
          {(width) => (
            <TrendChart
              width={width}
              rounds={ticks()}
              centreName={props.report.centre.name}
              label={t("results.trend.chartLabel", { centre: props.report.centre.name })}
              series={props.report.scales.map((s) => ({
                key: s.key,
                label: inLocale(s.label),
                polarity: s.polarity,
                centre: props.history.map((r) => figureOf(r, s.key, "centre")),
                network: props.history.map((r) => figureOf(r, s.key, "network")),
              }))}
            />
          )}
        </ChartFrame>
        <div class="trend-tables">
          <TableScroll captionId="table-trend-caption">
            <table class="results-table results-table--compact" id="table-trend">
              <caption id="table-trend-caption">{t("results.trend.tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("results.col.scale")}</th>
                  <For each={props.history}>
                    {(r) => (
                      <th scope="col" class="num">
                        {r.round.label}
                      </th>
                    )}
                  </For>
                </tr>
              </thead>
              <tbody>
                <For each={props.report.scales}>
                  {(s) => (
                    <tr>
                      <th scope="row">{inLocale(s.label)}</th>
                      <For each={props.history}>
                        {(r) => (
                          <td class="num">
                            {score(figureOf(r, s.key, "centre"))}
                            <span class="ci">
                              {t("results.trend.networkValue", {
                                value: score(figureOf(r, s.key, "network")),
                              })}
                            </span>
                          </td>
                        )}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableScroll>
        </div>
      </Show>
      <div class="trend-tables">
        <h3 id="change-title">{t("results.change.title")}</h3>
        <Show when={changed().length > 0} fallback={<p>{t("results.change.none")}</p>}>
          <p>{t("results.change.intro", { threshold: props.report.threshold })}</p>
          <ChangeTable report={props.report} />
        </Show>
      </div>
      <Show when={changed().length > 0}>
        <p class="print-only muted">{t("results.change.onScreen")}</p>
      </Show>
    </section>
  );
}

function ChangeTable(props: { report: Report }) {
  // The difference of the two figures in the row as printed, so that "previous, now, difference"
  // adds up on paper; its direction and the threshold are read from that same figure.
  const reading = (s: ScaleRow) =>
    s.change ? readChange(s.change, s.centre?.mean ?? 0, s.polarity, props.report.threshold) : null;
  const direction = (s: ScaleRow) => {
    const verdict = reading(s)?.verdict ?? "same";
    return verdict === "same" ? "" : t(`results.change.${verdict}`);
  };
  return (
    <TableScroll captionId="table-change-caption">
      <table class="results-table results-table--compact" id="table-change">
        <caption id="table-change-caption">{t("results.change.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("results.col.scale")}</th>
            <th scope="col" class="num">
              {t("results.col.previous")}
            </th>
            <th scope="col" class="num">
              {t("results.col.now")}
            </th>
            <th scope="col" class="num">
              {t("results.col.difference")}
            </th>
            <th scope="col">{t("results.col.meaningful")}</th>
            <th scope="col">{t("results.col.significant")}</th>
            <th scope="col" class="num">
              {t("results.col.effect")}
            </th>
            <th scope="col">{t("results.col.test")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.report.scales}>
            {(s) => (
              <Show when={s.change}>
                {(c) => (
                  <tr>
                    <th scope="row">
                      {inLocale(s.label)}
                      <Show when={s.polarity === "higher-worse"}>
                        <span class="polarity-note">{t("results.higherWorse")}</span>
                      </Show>
                    </th>
                    <td class="num">{score(c().previousMean)}</td>
                    <td class="num">{score(s.centre?.mean)}</td>
                    <td class="num">
                      {signed(reading(s)?.shown ?? 0)}
                      <Show when={direction(s)}>
                        <span class="ci">{direction(s)}</span>
                      </Show>
                    </td>
                    <td>
                      {Math.abs(reading(s)?.shown ?? 0) >= props.report.threshold - 1e-9
                        ? t("results.yes")
                        : t("results.no")}
                    </td>
                    <td>
                      {c().p === null
                        ? "–"
                        : `${(c().p ?? 1) < 0.05 ? t("results.yes") : t("results.no")} (${fmtP(c().p ?? 1)})`}
                    </td>
                    <td class="num">{c().d === null ? "–" : fmtNumber(c().d ?? 0, 2)}</td>
                    <td>
                      {c().test === "paired"
                        ? t("results.change.paired", { pairs: c().pairs ?? 0 })
                        : t("results.change.welch")}
                    </td>
                  </tr>
                )}
              </Show>
            )}
          </For>
        </tbody>
      </table>
    </TableScroll>
  );
}
