import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { Centre } from "../../../../shared/schemas/centre.ts";
import type { Round } from "../../../../shared/schemas/round.ts";
import { getRounds } from "../../data/queries.ts";
import { t } from "../../lib/i18n.ts";
import { me } from "../../lib/session.ts";
import { reportableRounds } from "./rounds.ts";

/** Where a centre's report for a round lives. */
export const reportPath = (roundId: string, centreId: string) =>
  `/rounds/${encodeURIComponent(roundId)}/report/${encodeURIComponent(centreId)}`;

const coordinates = (networkId: string) =>
  Boolean(me()?.memberships.some((m) => m.networkId === networkId && m.role === "coordinator"));

/** The latest round with results the reader may open for the centre, if any. */
export function latestReportRound(rounds: readonly Round[], centreId: string, coordinator: boolean) {
  return reportableRounds(rounds, centreId, coordinator).at(-1) ?? null;
}

/**
 * One click to a centre's report: the latest round with results (the report's round switcher
 * leads to the others). Nothing where the centre has no results yet.
 */
export function LatestReportLink(props: { networkId: string; centreId: string; centreName: string }) {
  const rounds = createAsync(() => getRounds(props.networkId).catch(() => [] as Round[]));
  const latest = () => latestReportRound(rounds() ?? [], props.centreId, coordinates(props.networkId));
  return (
    <Show when={latest()}>
      {(round) => (
        <A
          href={reportPath(round().id, props.centreId)}
          class="report-link"
          aria-label={t("results.link.reportFor", { centre: props.centreName, round: round().label })}
          data-link="report"
        >
          {t("results.link.report", { round: round().label })}
        </A>
      )}
    </Show>
  );
}

/** A round's results in the rounds list: each centre's report, one click each (the round's
 *  actions beside it lead to the overview). */
export function RoundResultsLinks(props: { round: Round; centres: readonly Centre[] }) {
  const hasResults = () => props.round.status === "closed" || props.round.status === "published";
  const taking = () => props.centres.filter((c) => props.round.centreIds.includes(c.id));
  return (
    <Show when={hasResults()}>
      <nav class="round-results" aria-label={t("results.link.roundResults", { round: props.round.label })}>
        <span>{t("results.link.reports")}: </span>
        <ul class="inline-list">
          <For each={taking()}>
            {(centre) => (
              <li>
                <A
                  href={reportPath(props.round.id, centre.id)}
                  aria-label={t("results.link.reportFor", {
                    centre: centre.name ?? centre.pseudonym,
                    round: props.round.label,
                  })}
                >
                  {centre.name ?? centre.pseudonym}
                </A>
              </li>
            )}
          </For>
        </ul>
      </nav>
    </Show>
  );
}
