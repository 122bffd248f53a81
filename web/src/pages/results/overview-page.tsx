import { A, createAsync, useNavigate, useParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { light } from "../../../../shared/scoring/benchmark.ts";
import { ChartFrame } from "../../charts/chart-frame.tsx";
import { fileSlug } from "../../charts/download.ts";
import { Heatmap } from "../../charts/heatmap.tsx";
import { usePrinting } from "../../charts/print-media.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { fmtDate, t } from "../../lib/i18n.ts";
import { AcrossRounds } from "./across-rounds.tsx";
import { inLocale, score } from "./format.ts";
import { LightMark } from "./light-mark.tsx";
import { reportPath } from "./report-links.tsx";
import { getOverview, type Overview } from "./results-data.ts";
import { TableScroll } from "./table-scroll.tsx";
import "./results.css";
import "./print.css";

/**
 * The coordinator's view of a round: every centre by name × every scale, coloured by its light
 * against the network average, with participation; sortable; and one scale across rounds.
 * Facilitators get the API's 403 and see "not found" here.
 */
export default function OverviewPage() {
  const params = useParams<{ roundId: string }>();
  return (
    <Show when={params.roundId} keyed>
      {(roundId) => <OverviewView roundId={roundId} />}
    </Show>
  );
}

function OverviewView(props: { roundId: string }) {
  const overview = createAsync(() => getOverview(props.roundId, false));
  return (
    <AsyncView page notFound={t("results.overview.notFound")}>
      <Show when={overview()}>{(o) => <OverviewBody overview={o()} />}</Show>
    </AsyncView>
  );
}

type CentreRow = Overview["centres"][number];

function OverviewBody(props: { overview: Overview }) {
  // Everything the first table needs comes with the overview (issue 14, "fast to open"): the
  // domains' names, the lights' threshold, the rounds to switch to.
  const rounds = () => props.overview.rounds;
  const domainName = (key: string) => {
    const label = props.overview.domains.find((d) => d.key === key)?.label;
    return label ? inLocale(label) : key;
  };
  const threshold = () => props.overview.threshold;
  const [sortBy, setSortBy] = createSignal("name");
  const scales = () => props.overview.scales;

  const lightOf = (centre: CentreRow, key: string) => {
    const s = scales().find((x) => x.key === key);
    const figure = centre.scales[key];
    if (!s || !figure || s.network.mean === null) return null;
    return light(
      figure.mean,
      s.network.mean,
      s.polarity === "higher-worse" ? "higher-worse" : "higher-better",
      threshold(),
    );
  };
  const sorted = () => {
    const list = [...props.overview.centres];
    const key = sortBy();
    if (key === "name") return list.sort((a, b) => a.name.localeCompare(b.name));
    if (key === "respondents") return list.sort((a, b) => b.respondents - a.respondents);
    const worse = scales().find((s) => s.key === key)?.polarity === "higher-worse";
    const value = (c: CentreRow) => c.scales[key]?.mean;
    return list.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      return worse ? va - vb : vb - va;
    });
  };
  const title = () => t("results.overview.title", { round: props.overview.round.label });
  const navigate = useNavigate();
  const printing = usePrinting();
  const reportOf = (row: number) => {
    const centre = sorted()[row];
    return centre ? reportPath(props.overview.round.id, centre.id) : null;
  };

  return (
    <article class="report overview">
      <PageTitle text={title()}>{title()}</PageTitle>
      <p class="report__meta">
        {t("results.overview.meta", {
          date: fmtDate(props.overview.round.date),
          centres: props.overview.centres.length,
          n: props.overview.centres.reduce((sum, c) => sum + c.respondents, 0),
        })}
      </p>
      <div class="report__tools no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {t("results.print")}
        </button>
      </div>
      <Show when={rounds().length > 1}>
        <nav class="round-nav no-print" aria-label={t("results.report.otherRounds")}>
          <span>{t("results.report.otherRounds")}:</span>
          <ul class="inline-list">
            <For each={rounds()}>
              {(r) => (
                <li>
                  <A
                    href={`/rounds/${r.id}/overview`}
                    aria-current={r.id === props.overview.round.id ? "page" : undefined}
                  >
                    {r.label}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </Show>
      <section aria-labelledby="overview-heatmap-title" class="results-section">
        <h2 id="overview-heatmap-title">{t("results.overview.heatmapTitle")}</h2>
        <p>{t("results.overview.intro", { threshold: threshold(), min: props.overview.minGroupSize })}</p>
        <Show when={props.overview.centres.filter((c) => c.held === "too-few-new-responses")}>
          {(held) => (
            <Show when={held().length > 0}>
              <p class="notice">
                {t("results.overview.held", {
                  centres: held()
                    .map((c) => c.name)
                    .join(", "),
                  min: props.overview.minGroupSize,
                })}
              </p>
            </Show>
          )}
        </Show>
        <Show when={props.overview.scales.some((s) => s.network.missing === "too-few-centres")}>
          <p class="notice">{t("results.report.noBenchmark")}</p>
        </Show>
        <div class="field sort-field no-print">
          <label for="overview-sort">{t("results.overview.sortBy")}</label>
          <select id="overview-sort" value={sortBy()} onChange={(e) => setSortBy(e.currentTarget.value)}>
            <option value="name">{t("results.overview.sort.name")}</option>
            <option value="respondents">{t("results.overview.sort.respondents")}</option>
            <For each={scales()}>
              {(s) => (
                <option value={s.key}>
                  {t("results.overview.sort.scale", { scale: inLocale(s.label) })}
                </option>
              )}
            </For>
          </select>
        </div>
        <ChartFrame
          title={title()}
          filename={fileSlug(t("results.overview.file"), props.overview.round.label)}
          tableId="table-overview"
          minWidth={320}
        >
          {(width) => (
            <Heatmap
              width={width}
              fit={printing()}
              label={t("results.overview.chartLabel", { round: props.overview.round.label })}
              comparison="network"
              rowHref={reportOf}
              onOpenRow={(row) => {
                const href = reportOf(row);
                if (href) navigate(href);
              }}
              rows={sorted().map((c) => ({ id: c.id, label: c.name }))}
              columns={scales().map((s) => ({
                key: s.key,
                label: inLocale(s.label),
                group: domainName(s.domain),
              }))}
              summary={{
                label: t("results.col.networkMean"),
                cell: (c) => {
                  const s = scales()[c];
                  return {
                    value: s?.network.mean ?? null,
                    description: t("results.heatmap.networkCell", {
                      scale: s ? inLocale(s.label) : "",
                      value: score(s?.network.mean),
                    }),
                  };
                },
              }}
              cell={(r, c) => {
                const centre = sorted()[r];
                const s = scales()[c];
                const l = centre && s ? lightOf(centre, s.key) : null;
                return {
                  value: centre && s ? (centre.scales[s.key]?.mean ?? null) : null,
                  light: l,
                  description: t("results.heatmap.cell", {
                    group: centre?.name ?? "",
                    scale: s ? inLocale(s.label) : "",
                    value: score(centre && s ? centre.scales[s.key]?.mean : null),
                    light: l ? t(`results.light.${l}`) : "–",
                  }),
                };
              }}
            />
          )}
        </ChartFrame>
        <OverviewTable overview={props.overview} centres={sorted()} lightOf={lightOf} />
        <OverviewPrintTable overview={props.overview} centres={sorted()} lightOf={lightOf} />
      </section>
      <Show when={rounds().length > 0}>
        <AsyncView>
          <AcrossRounds rounds={rounds()} scales={scales()} threshold={threshold()} />
        </AsyncView>
      </Show>
    </article>
  );
}

function OverviewTable(props: {
  overview: Overview;
  centres: CentreRow[];
  lightOf: (c: CentreRow, key: string) => ReturnType<typeof light> | null;
}) {
  return (
    <TableScroll captionId="table-overview-caption">
      <table class="results-table results-table--wide" id="table-overview">
        <caption id="table-overview-caption">{t("results.overview.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("results.col.centre")}</th>
            <th scope="col" class="num">
              {t("results.col.respondents")}
            </th>
            <For each={props.overview.scales}>
              {(s) => (
                <th scope="col" class="num">
                  {inLocale(s.label)}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.centres}>
            {(c) => (
              <tr>
                <th scope="row">
                  <A href={reportPath(props.overview.round.id, c.id)} data-link="report">
                    {c.name}
                  </A>
                </th>
                <td class="num">{c.respondents}</td>
                <For each={props.overview.scales}>
                  {(s) => (
                    <td class="num">
                      {score(c.scales[s.key]?.mean)}
                      <span class="ci">
                        <LightMark light={props.lightOf(c, s.key)} />
                      </span>
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
          <tr class="network-row">
            <th scope="row">{t("results.col.networkMean")}</th>
            <td class="num">{props.overview.centres.reduce((sum, c) => sum + c.respondents, 0)}</td>
            <For each={props.overview.scales}>{(s) => <td class="num">{score(s.network.mean)}</td>}</For>
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The overview on paper: scales down the side and centres across, so that all 24 scales print
 * (the screen's table, a centre per row, is 24 scales wide and lost 21 of them on A4).
 */
function OverviewPrintTable(props: {
  overview: Overview;
  centres: CentreRow[];
  lightOf: (c: CentreRow, key: string) => ReturnType<typeof light> | null;
}) {
  return (
    <table class="results-table overview-print print-only">
      <caption>{t("results.overview.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("results.col.scale")}</th>
          <For each={props.centres}>
            {(c) => (
              <th scope="col" class="num">
                {c.name}
                <span class="ci">{t("results.respondentsShort", { n: c.respondents })}</span>
              </th>
            )}
          </For>
          <th scope="col" class="num">
            {t("results.col.networkMean")}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.overview.scales}>
          {(s) => (
            <tr>
              <th scope="row">
                {inLocale(s.label)}
                <Show when={s.polarity === "higher-worse"}>
                  <span class="polarity-note">{t("results.higherWorse")}</span>
                </Show>
              </th>
              <For each={props.centres}>
                {(c) => (
                  <td class="num">
                    {score(c.scales[s.key]?.mean)}
                    <span class="ci">
                      <LightMark light={props.lightOf(c, s.key)} />
                    </span>
                  </td>
                )}
              </For>
              <td class="num">{score(s.network.mean)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
