import { For } from "solid-js";
import { ChartFrame } from "../../charts/chart-frame.tsx";
import { fileSlug } from "../../charts/download.ts";
import { usePrinting } from "../../charts/print-media.ts";
import { ValueMostChart } from "../../charts/value-most-chart.tsx";
import { t } from "../../lib/i18n.ts";
import { inLocale, percent } from "./format.ts";
import type { InstrumentLabels, Report } from "./results-data.ts";
import { TableScroll } from "./table-scroll.tsx";

/** "What do you value most in your job?": the centre's percentages against the network's. */
export function ValueMostSection(props: { report: Report; instrument: InstrumentLabels | undefined }) {
  const question = () =>
    props.instrument ? inLocale(props.instrument.multipleChoice.text) : t("results.valueMost.title");
  const printing = usePrinting();
  const sorted = () =>
    [...props.report.valueMost].sort(
      (a, b) => (b.centre ?? -1) - (a.centre ?? -1) || (b.network.mean ?? 0) - (a.network.mean ?? 0),
    );
  return (
    <section aria-labelledby="value-most-title" class="results-section">
      <h2 id="value-most-title">{t("results.valueMost.title")}</h2>
      <p>{t("results.valueMost.intro", { question: question() })}</p>
      <ChartFrame
        title={t("results.valueMost.title")}
        filename={fileSlug(props.report.centre.name, props.report.round.label, t("results.valueMost.file"))}
        tableId="table-value-most"
      >
        {(width) => (
          <ValueMostChart
            width={width}
            dense={printing()}
            centreName={props.report.centre.name}
            label={t("results.valueMost.chartLabel", { centre: props.report.centre.name })}
            rows={sorted().map((v) => ({
              key: v.key,
              label: inLocale(v.label),
              centre: v.centre,
              network: v.network,
            }))}
          />
        )}
      </ChartFrame>
      <TableScroll captionId="table-value-most-caption">
        <table class="results-table" id="table-value-most">
          <caption id="table-value-most-caption">{t("results.valueMost.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("results.col.option")}</th>
              <th scope="col" class="num">
                {props.report.centre.name}
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
            </tr>
          </thead>
          <tbody>
            <For each={sorted()}>
              {(v) => (
                <tr>
                  <th scope="row">{inLocale(v.label)}</th>
                  <td class="num">{percent(v.centre)}</td>
                  <td class="num">{percent(v.network.mean)}</td>
                  <td class="num">{percent(v.network.highest)}</td>
                  <td class="num">{percent(v.network.lowest)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
