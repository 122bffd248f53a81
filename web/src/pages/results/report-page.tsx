import { A, createAsync, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getRounds } from "../../data/queries.ts";
import { fmtDate, t } from "../../lib/i18n.ts";
import { me } from "../../lib/session.ts";
import { BenchmarkSection } from "./benchmark-section.tsx";
import { getInstrumentLabels, getReport, getRound, type Report } from "./results-data.ts";
import { reportableRounds } from "./rounds.ts";
import { SummarySection } from "./summary-section.tsx";
import { TeamsSection } from "./teams-section.tsx";
import { TrendSection } from "./trend-section.tsx";
import { ValueMostSection } from "./value-most-section.tsx";
import "./results.css";
import "./print.css";

/**
 * A centre's benchmark report for one round: what the facilitator puts on the wall in the results
 * meeting. A facilitator of another centre, or a round not yet published, gets "not found" and
 * nothing of the centre.
 */
export default function ReportPage() {
  const params = useParams<{ roundId: string; centreId: string }>();
  return (
    <Show when={`${params.roundId}/${params.centreId}`} keyed>
      <ReportView roundId={params.roundId} centreId={params.centreId} />
    </Show>
  );
}

function ReportView(props: { roundId: string; centreId: string }) {
  const report = createAsync(() => getReport(props.roundId, props.centreId));
  return (
    <AsyncView page notFound={t("results.notFound")}>
      <Show when={report()}>{(r) => <ReportBody report={r()} />}</Show>
    </AsyncView>
  );
}

function ReportBody(props: { report: Report }) {
  const round = createAsync(() => getRound(props.report.round.id));
  const instrument = createAsync(async () => {
    const r = round();
    return r ? getInstrumentLabels(r.instrumentId) : undefined;
  });
  const isCoordinator = () =>
    Boolean(me()?.memberships.some((m) => m.networkId === round()?.networkId && m.role === "coordinator"));
  const rounds = createAsync(async () => {
    const r = round();
    if (!r) return [];
    return reportableRounds(await getRounds(r.networkId), props.report.centre.id, isCoordinator());
  });
  const history = createAsync(async () => {
    const current = round();
    if (!current) return [];
    const earlier = (rounds() ?? []).filter((r) => r.opensOn <= current.opensOn);
    const reports = await Promise.all(
      earlier.map((r) =>
        r.id === props.report.round.id
          ? Promise.resolve(props.report)
          : getReport(r.id, props.report.centre.id).catch(() => null),
      ),
    );
    return reports
      .filter((x): x is Report => x !== null)
      .sort((a, b) => a.round.date.localeCompare(b.round.date));
  });
  const title = () =>
    t("results.report.title", { centre: props.report.centre.name, round: props.report.round.label });

  return (
    <article class="report">
      <PageTitle text={title()}>{title()}</PageTitle>
      <p class="report__meta">
        {t("results.report.meta", {
          date: fmtDate(props.report.round.date),
          n: props.report.respondents,
        })}
      </p>
      <div class="report__tools no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {t("results.print")}
        </button>
        <Show when={isCoordinator()}>
          <A class="button button--secondary" href={`/rounds/${props.report.round.id}/overview`}>
            {t("results.overview.link")}
          </A>
        </Show>
      </div>
      <Show when={(rounds() ?? []).length > 1}>
        <nav class="round-nav no-print" aria-label={t("results.report.otherRounds")}>
          <span>{t("results.report.otherRounds")}:</span>
          <ul class="inline-list">
            <For each={rounds()}>
              {(r) => (
                <li>
                  <A
                    href={`/rounds/${r.id}/report/${props.report.centre.id}`}
                    aria-current={r.id === props.report.round.id ? "page" : undefined}
                  >
                    {r.label}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </nav>
      </Show>
      <Show when={props.report.respondents < props.report.minGroupSize}>
        <p class="notice">{t("results.report.tooFewAll", { min: props.report.minGroupSize })}</p>
      </Show>
      <Show when={props.report.held === "too-few-new-responses"}>
        <p class="notice">{t("results.report.held", { min: props.report.minGroupSize })}</p>
      </Show>
      <Show when={props.report.scales.some((s) => s.network.missing === "too-few-centres")}>
        <p class="notice">{t("results.report.noBenchmark")}</p>
      </Show>
      <SummarySection report={props.report} />
      <BenchmarkSection report={props.report} instrument={instrument()} />
      <ValueMostSection report={props.report} instrument={instrument()} />
      <AsyncView>
        <TrendSection report={props.report} history={history() ?? [props.report]} />
      </AsyncView>
      <TeamsSection report={props.report} />
    </article>
  );
}
