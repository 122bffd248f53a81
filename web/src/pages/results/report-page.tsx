import { A, createAsync, useParams } from "@solidjs/router";
import { createEffect, createSignal, For, onCleanup, onMount, Show, Suspense } from "solid-js";
import { usePrinting } from "../../charts/print-media.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { getCentre } from "../../data/queries.ts";
import { ApiError } from "../../lib/api.ts";
import { fmtDate, fmtNumber, t } from "../../lib/i18n.ts";
import { me } from "../../lib/session.ts";
import { BenchmarkSection } from "./benchmark-section.tsx";
import { LearnSection } from "./learn-section.tsx";
import { getParticipation, getReport, getRound, instrumentLabels, type Report } from "./results-data.ts";
import { SummarySection } from "./summary-section.tsx";
import { loadTeamReports, TeamsSection } from "./teams-section.tsx";
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
  // A round without results yet answers 409: an expected state, said as such (by the round's
  // status, which the page reads itself, never by the API's English prose).
  const report = createAsync(() =>
    getReport(props.roundId, props.centreId).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 409) return "pending" as const;
      throw err;
    }),
  );
  return (
    <AsyncView page notFound={t("results.notFound")}>
      <Show when={report()}>
        {(r) => {
          const value = r();
          return value === "pending" ? (
            <ResultsPending roundId={props.roundId} centreId={props.centreId} />
          ) : (
            <ReportBody report={value} />
          );
        }}
      </Show>
    </AsyncView>
  );
}

/** A round that is still open (or closed and not yet published): when its results come. */
function ResultsPending(props: { roundId: string; centreId: string }) {
  const round = createAsync(() => getRound(props.roundId));
  const centre = createAsync(() => getCentre(props.centreId).catch(() => null));
  const state = () => {
    const status = round()?.status;
    return status === "draft" || status === "open" ? "open" : "closed";
  };
  const title = () =>
    t("results.report.title", { centre: centre()?.name ?? "", round: round()?.label ?? "" });
  return (
    <Show when={round()}>
      {(r) => (
        <article class="report" data-state={`results-${state()}`}>
          <PageTitle text={title()}>{title()}</PageTitle>
          <div class="notice" role="status">
            <p>
              <strong>{t(`results.pending.${state()}.title`)}</strong>
            </p>
            <p>{t(`results.pending.${state()}.text`, { closes: fmtDate(r().closesOn) })}</p>
          </div>
          <p>
            <A href={`/centres/${props.centreId}`}>{t("results.pending.back")}</A>
          </p>
        </article>
      )}
    </Show>
  );
}

function ReportBody(props: { report: Report }) {
  // Everything the first table needs comes with the report (issue 14, "fast to open"): the domains'
  // names, the rounds to switch to, the earlier rounds' figures for the trend.
  const instrument = () => instrumentLabels(props.report);
  const isCoordinator = () =>
    Boolean(
      me()?.memberships.some((m) => m.networkId === props.report.networkId && m.role === "coordinator"),
    );
  const rounds = () => props.report.rounds;
  const history = () => [...props.report.history, props.report];
  const [teamsOpen, setTeamsOpen] = createSignal(false);
  // Printed (or print media emulated, as when saving a PDF headless) with the teams in it.
  const printing = usePrinting();
  createEffect(() => {
    if (printing()) setTeamsOpen(true);
  });
  // What the page shows beside the tables (the response rate, learn from the best) is asked for
  // once the tables are on screen, so that they never wait for it nor share the wire with it.
  const [shown, setShown] = createSignal(false);
  // After the next paint: a frame callback, then a task (the tables are painted in between).
  onMount(() => requestAnimationFrame(() => setTimeout(() => setShown(true), 0)));
  /** Printing takes the teams along: open them, wait for their reports, then print. */
  const print = async () => {
    setTeamsOpen(true);
    await loadTeamReports(props.report).catch(() => null);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    window.print();
  };
  const title = () =>
    t("results.report.title", { centre: props.report.centre.name, round: props.report.round.label });
  const participation = createAsync(async () =>
    shown() ? getParticipation(props.report.round.id).catch(() => null) : null,
  );
  /**
   * The centre's response rate: of its headcount where one was entered (the API's rate, which
   * counts imported answers too), else of the codes handed out; none without either.
   */
  const rate = () => {
    const own = participation()?.centres.find((c) => c.centreId === props.report.centre.id);
    if (!own || props.report.team) return null;
    const n = props.report.respondents;
    if (own.headcount && own.rate !== null)
      return t("results.report.respondentsHeadcount", {
        n,
        headcount: own.headcount,
        rate: fmtNumber(Math.round(own.rate * 100), 0),
      });
    if (own.invited > 0)
      return t("results.report.respondentsRate", {
        n,
        invited: own.invited,
        rate: fmtNumber(Math.round((own.answered / own.invited) * 100), 0),
      });
    return null;
  };
  const tooFew = () => props.report.respondents < props.report.minGroupSize;
  const footer = () =>
    t("results.report.footer", {
      centre: props.report.centre.name,
      round: props.report.round.label,
      date: fmtDate(props.report.round.date),
      min: props.report.minGroupSize,
    });
  usePrintFooter(footer);

  return (
    <article class="report" classList={{ "report--short": tooFew() }}>
      <header class="report__head">
        <PageTitle text={title()}>{title()}</PageTitle>
        <p class="report__meta">
          {t("results.report.meta", { date: fmtDate(props.report.round.date) })}
          {" · "}
          <span data-field="respondents">
            {/* Its own boundary: the rate is a second request, and the tables never wait for it. */}
            <Suspense fallback={t("results.report.respondents", { n: props.report.respondents })}>
              <Show when={rate()} fallback={t("results.report.respondents", { n: props.report.respondents })}>
                {(text) => text()}
              </Show>
            </Suspense>
          </span>
        </p>
        <div class="report__tools no-print">
          <button type="button" class="button button--secondary" onClick={() => void print()}>
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
      </header>
      <Show when={props.report.held === "too-few-new-responses"}>
        <p class="notice">{t("results.report.held", { min: props.report.minGroupSize })}</p>
      </Show>
      <Show when={!tooFew() && props.report.scales.some((s) => s.network.missing === "too-few-centres")}>
        <p class="notice">{t("results.report.noBenchmark")}</p>
      </Show>
      <Show
        when={!tooFew()}
        fallback={
          <div class="notice" role="status" data-state="too-few">
            <p>
              {props.report.respondents === 0
                ? t("results.report.noResponses", { centre: props.report.centre.name })
                : t("results.report.tooFewAll", { min: props.report.minGroupSize })}
            </p>
          </div>
        }
      >
        <SummarySection report={props.report} />
        <BenchmarkSection report={props.report} instrument={instrument()} />
        <ValueMostSection report={props.report} instrument={instrument()} />
        {/* 24 small multiples: drawn in the frame after the tables, so the first table never waits for them. */}
        <Show when={shown()}>
          <TrendSection report={props.report} history={history()} />
        </Show>
        <TeamsSection report={props.report} open={teamsOpen()} onOpen={() => setTeamsOpen(true)} />
        {/* Last: what to do about the attention points, where the printed report has room for it. */}
        <LearnSection report={props.report} ready={shown()} />
      </Show>
      <footer class="report__footer">{footer()}</footer>
    </article>
  );
}

/**
 * The footer of every printed page (centre, round, date, the anonymity rule) and the page number,
 * in the page margin: the text goes to a custom property that the print CSS's @page reads.
 */
function usePrintFooter(text: () => string) {
  createEffect(() => {
    document.documentElement.style.setProperty("--print-footer", JSON.stringify(text()));
  });
  onCleanup(() => document.documentElement.style.removeProperty("--print-footer"));
}
