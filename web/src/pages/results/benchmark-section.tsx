import { For, Show } from "solid-js";
import { readChange } from "../../../../shared/scoring/benchmark.ts";
import { BenchmarkChart } from "../../charts/benchmark-chart.tsx";
import { ChartFrame } from "../../charts/chart-frame.tsx";
import { fileSlug } from "../../charts/download.ts";
import { usePrinting } from "../../charts/print-media.ts";
import { locale, t } from "../../lib/i18n.ts";
import { ChangeMark } from "./change-mark.tsx";
import { inLocale, optionalScore, score } from "./format.ts";
import { LightMark } from "./light-mark.tsx";
import type { InstrumentLabels, Report, ScaleRow } from "./results-data.ts";
import { TableScroll } from "./table-scroll.tsx";

/** The report's scales grouped by the instrument's domains, in the instrument's order. */
export function byDomain(report: Report, instrument: InstrumentLabels | undefined) {
  const order = instrument?.domains.map((d) => d.key) ?? [];
  const keys = [...new Set([...order, ...report.scales.map((s) => s.domain)])];
  return keys
    .map((key) => ({
      key,
      label: instrument?.domains.find((d) => d.key === key)?.label,
      scales: report.scales.filter((s) => s.domain === key),
    }))
    .filter((d) => d.scales.length > 0);
}

/**
 * The benchmark, per domain: the chart (network range, average, reference, the centre with its
 * interval and light) and the table of the seed slides, which is also the chart's text
 * alternative.
 */
export function BenchmarkSection(props: { report: Report; instrument: InstrumentLabels | undefined }) {
  const comparisonName = () =>
    props.report.comparison === "network"
      ? t("results.comparison.network")
      : t("results.comparison.reference");
  const printing = usePrinting();
  const referenceSource = () => props.report.scales.find((s) => s.reference)?.reference?.source;
  return (
    <section aria-labelledby="benchmark-title" class="results-section">
      <h2 id="benchmark-title">{t("results.benchmark.title")}</h2>
      <p>
        {t("results.benchmark.intro", {
          comparison: comparisonName(),
          threshold: props.report.threshold,
          min: props.report.minGroupSize,
        })}
      </p>
      <Show when={props.report.scales.some((s) => s.change?.mdd != null)}>
        <p class="muted" data-legend="mdd">
          {t("results.change.mddExplain")}
        </p>
      </Show>
      <Show when={referenceSource()}>
        {(source) => (
          <p class="muted" data-legend="reference">
            {t("results.benchmark.referenceSource", { source: source()[locale()] })}
          </p>
        )}
      </Show>
      <For each={byDomain(props.report, props.instrument)}>
        {(domain, i) => {
          const title = () => (domain.label ? inLocale(domain.label) : domain.key);
          const tableId = `table-${domain.key}`;
          return (
            <section class="domain" aria-labelledby={`domain-${domain.key}`}>
              <h3 id={`domain-${domain.key}`}>{title()}</h3>
              <ChartFrame
                title={title()}
                filename={fileSlug(props.report.centre.name, props.report.round.label, title())}
                tableId={tableId}
              >
                {(width) => (
                  <BenchmarkChart
                    width={width}
                    comparison={props.report.comparison}
                    dense={printing()}
                    legend={!printing() || i() === 0}
                    label={t("results.benchmark.chartLabel", {
                      domain: title(),
                      centre: props.report.centre.name,
                    })}
                    rows={domain.scales.map((s) => ({
                      key: s.key,
                      label: inLocale(s.label),
                      polarity: s.polarity,
                      centre: s.centre,
                      network: s.network,
                      reference: s.reference?.mean ?? null,
                      light: s.light,
                      change:
                        s.change && s.centre
                          ? readChange(s.change, s.centre.mean, s.polarity, props.report.threshold)
                          : null,
                      previous: s.change && s.centre ? s.change.previousMean : null,
                    }))}
                  />
                )}
              </ChartFrame>
              <BenchmarkTable
                id={tableId}
                caption={title()}
                scales={domain.scales}
                threshold={props.report.threshold}
              />
            </section>
          );
        }}
      </For>
    </section>
  );
}

function BenchmarkTable(props: { id: string; caption: string; scales: ScaleRow[]; threshold: number }) {
  return (
    <TableScroll captionId={`${props.id}-caption`} hint>
      <table class="results-table benchmark-table" id={props.id}>
        <caption id={`${props.id}-caption`}>
          {t("results.benchmark.tableCaption", { domain: props.caption })}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="sticky-1">
              {t("results.col.scale")}
            </th>
            <th scope="col" class="num sticky-2">
              {t("results.col.ours")}
            </th>
            <th scope="col" class="num">
              {t("results.col.change")}
            </th>
            <th scope="col" class="num">
              {t("results.col.networkMean")}
            </th>
            <th scope="col" class="num">
              {t("results.col.highest")}
            </th>
            <th scope="col" class="num">
              {t("results.col.lowest")}
            </th>
            <th scope="col" class="num">
              {t("results.col.reference")}
            </th>
            <th scope="col">{t("results.col.light")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.scales}>
            {(s) => (
              <tr id={`scale-${s.key}`} data-scale={s.key}>
                <th scope="row" class="sticky-1">
                  {inLocale(s.label)}
                  <Show when={s.polarity === "higher-worse"}>
                    <span class="polarity-note">{t("results.higherWorse")}</span>
                  </Show>
                </th>
                <td class="num sticky-2" classList={{ "too-few": !s.centre }}>
                  {score(s.centre?.mean)}
                  <Show when={s.centre}>
                    {(c) => (
                      <span class="ci">
                        {/* Two unbreakable parts: the line breaks only between them. */}
                        <span class="nowrap">
                          {t("results.ci", { low: score(c().ci95[0]), high: score(c().ci95[1]) })}
                        </span>
                        <span class="ci__n nowrap">, n = {c().n}</span>
                      </span>
                    )}
                  </Show>
                </td>
                <td class="num">
                  <ChangeMark scale={s} threshold={props.threshold} />
                </td>
                <td class="num">{score(s.network.mean)}</td>
                <td class="num">{score(s.network.highest)}</td>
                <td class="num">{score(s.network.lowest)}</td>
                <td class="num">{optionalScore(s.reference?.mean)}</td>
                <td>
                  <LightMark light={s.light} />
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </TableScroll>
  );
}
