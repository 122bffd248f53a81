import { createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import { ChartFrame } from "../../charts/chart-frame.tsx";
import { fileSlug } from "../../charts/download.ts";
import { Heatmap } from "../../charts/heatmap.tsx";
import { usePrinting } from "../../charts/print-media.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { getTeams } from "../../data/queries.ts";
import { t } from "../../lib/i18n.ts";
import { inLocale, score } from "./format.ts";
import { LightMark } from "./light-mark.tsx";
import { getReport, type Report } from "./results-data.ts";
import { TableScroll } from "./table-scroll.tsx";

/**
 * The centre's teams and each team's report. Through the cached queries: the section and the print
 * button (which opens the section and waits for this before printing) share one set of requests.
 */
export async function loadTeamReports(report: Report) {
  const list = await getTeams(report.centre.id);
  // All at once; one that fails is said as such (never as a team hidden for too few answers), and
  // the others still show.
  const reports = await Promise.all(
    list.map((team) =>
      getReport(report.round.id, report.centre.id, team.id).then(
        (r) => ({ report: r, failed: false }),
        () => ({ report: null, failed: true }),
      ),
    ),
  );
  return list.map((team, i) => ({
    team,
    report: reports[i]?.report ?? null,
    failed: reports[i]?.failed ?? true,
  }));
}

/**
 * Teams inside the centre: teams × scales coloured by each team's light, only for teams whose
 * figures the anonymity rules let through (at or above the minimum group size, and not hidden to
 * protect a smaller sibling). The others are named with the reason, never with a figure.
 *
 * Loaded when the section is opened (issue 14: a report's first table waits for nothing else):
 * a team's report is one request per team.
 */
export function TeamsSection(props: { report: Report; open: boolean; onOpen: () => void }) {
  const printing = usePrinting();
  const teams = createAsync(async () => (props.open ? loadTeamReports(props.report) : undefined));
  const shown = () =>
    (teams() ?? []).filter(
      (x): x is typeof x & { report: Report } =>
        x.report !== null &&
        x.report.respondents >= props.report.minGroupSize &&
        x.report.scales.some((s) => s.centre !== null),
    );
  const failed = () => (teams() ?? []).filter((x) => x.failed);
  const hidden = () => (teams() ?? []).filter((x) => !x.failed && !shown().includes(x as never));
  const scales = () => props.report.scales;
  const title = () => t("results.teams.chartTitle", { centre: props.report.centre.name });

  return (
    <section aria-labelledby="teams-title" class="results-section">
      <h2 id="teams-title">{t("results.teams.title")}</h2>
      <Show
        when={props.open}
        fallback={
          <>
            <p class="no-print">{t("results.teams.closed")}</p>
            <p class="print-only muted">{t("results.teams.notPrinted")}</p>
            <button
              type="button"
              class="button button--secondary no-print"
              aria-expanded="false"
              aria-controls="teams-body"
              onClick={() => {
                props.onOpen();
                // The button goes away with the click: keep the keyboard's place at what it opened.
                requestAnimationFrame(() => document.getElementById("teams-body")?.focus());
              }}
            >
              {t("results.teams.show")}
            </button>
          </>
        }
      >
        <div id="teams-body" tabindex="-1">
          <AsyncView>
            {/* Marks the end of the wait (the section's own fallback says it is loading). */}
            <Show when={teams()}>
              <span data-state="teams-loaded" hidden />
            </Show>
            <Show when={failed().length > 0}>
              <p class="notice notice--error" role="alert">
                {t("results.teams.failed", {
                  teams: failed()
                    .map((x) => x.team.name)
                    .join(", "),
                })}
              </p>
            </Show>
            <Show when={(teams() ?? []).length > 0} fallback={<p>{t("results.teams.none")}</p>}>
              <p>{t("results.teams.intro", { min: props.report.minGroupSize })}</p>
              <Show when={shown().length > 0} fallback={<p>{t("results.teams.noneShown")}</p>}>
                <ChartFrame
                  title={title()}
                  filename={fileSlug(
                    props.report.centre.name,
                    props.report.round.label,
                    t("results.teams.file"),
                  )}
                  tableId="table-teams"
                  minWidth={320}
                >
                  {(width) => (
                    <Heatmap
                      width={width}
                      fit={printing()}
                      label={t("results.teams.chartLabel", { centre: props.report.centre.name })}
                      comparison={props.report.comparison}
                      rows={shown().map((x) => ({ id: x.team.id, label: x.team.name }))}
                      columns={scales().map((s) => ({ key: s.key, label: inLocale(s.label) }))}
                      cell={(r, c) => {
                        const team = shown()[r];
                        const key = scales()[c]?.key;
                        const s = team?.report.scales.find((x) => x.key === key);
                        const light = s?.light ?? null;
                        return {
                          value: s?.centre?.mean ?? null,
                          light,
                          description: t("results.heatmap.cell", {
                            group: team?.team.name ?? "",
                            scale: s ? inLocale(s.label) : "",
                            value: score(s?.centre?.mean),
                            light: light ? t(`results.light.${light}`) : "–",
                          }),
                        };
                      }}
                    />
                  )}
                </ChartFrame>
                <TableScroll captionId="table-teams-caption">
                  <table class="results-table results-table--wide" id="table-teams">
                    <caption id="table-teams-caption">{t("results.teams.tableCaption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("results.col.scale")}</th>
                        <For each={shown()}>
                          {(x) => (
                            <th scope="col" class="num">
                              {x.team.name}
                              <span class="ci">
                                {t("results.respondentsShort", { n: x.report.respondents })}
                              </span>
                            </th>
                          )}
                        </For>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={scales()}>
                        {(s) => (
                          <tr>
                            <th scope="row">{inLocale(s.label)}</th>
                            <For each={shown()}>
                              {(x) => {
                                const own = () => x.report.scales.find((y) => y.key === s.key);
                                return (
                                  <td class="num">
                                    {score(own()?.centre?.mean)}
                                    <span class="ci">
                                      <LightMark light={own()?.light ?? null} />
                                    </span>
                                  </td>
                                );
                              }}
                            </For>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </TableScroll>
              </Show>
              <Show when={hidden().length > 0}>
                <p class="muted">
                  {t("results.teams.hidden", {
                    teams: hidden()
                      .map((x) => x.team.name)
                      .join(", "),
                  })}
                </p>
              </Show>
            </Show>
          </AsyncView>
        </div>
      </Show>
    </section>
  );
}
