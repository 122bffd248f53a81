/**
 * Reads the facts of a round's cycle for one centre or every centre in the round: a fixed handful
 * of grouped queries, whatever the number of centres. Workshops and action plans are read only;
 * their routes own them. A workshop belongs to this cycle when it names this round, or names none
 * and was made between this round's opening and the centre's next round's opening. An action plan
 * belongs when its baseline round is this round; without one, when its workshop belongs; without
 * either, by the date it was made, as for workshops.
 */

import type { CycleFacts, CycleRound } from "../../../shared/cycle/derive-cycle.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { notFound } from "../../lib/problem.ts";
import { centreRef } from "../seminars/visibility.ts";

interface RoundRow {
  id: string;
  network_id: string;
  label: string;
  status: CycleRound["status"];
  opens_on: string;
  closes_on: string;
  closed_at: string | null;
  published_at: string | null;
}

const roundColumns =
  "r.id, r.network_id, r.label, r.status, r.opens_on, r.closes_on, r.closed_at, r.published_at";

const toRound = (r: RoundRow): CycleRound => ({
  id: r.id,
  label: r.label,
  status: r.status,
  opensOn: r.opens_on,
  closesOn: r.closes_on,
  closedAt: r.closed_at,
  publishedAt: r.published_at,
});

export async function getRoundRow(d1: D1Database, roundId: string): Promise<RoundRow> {
  const row = await d1
    .prepare(`SELECT ${roundColumns} FROM rounds r WHERE r.id = ?`)
    .bind(roundId)
    .first<RoundRow>();
  if (!row) throw notFound("Round");
  return row;
}

/**
 * The round a guide opens on when none is asked for: the latest that has opened (not a draft),
 * else the latest planned; for a centre, among the rounds it takes part in.
 */
export async function defaultRound(d1: D1Database, networkId: string, centreId?: string): Promise<RoundRow> {
  const row = await d1
    .prepare(
      `SELECT ${roundColumns} FROM rounds r
       WHERE r.network_id = ?
         AND (? IS NULL OR EXISTS (SELECT 1 FROM round_centres rc WHERE rc.round_id = r.id AND rc.centre_id = ?))
       ORDER BY r.status = 'draft', r.opens_on DESC LIMIT 1`,
    )
    .bind(networkId, centreId ?? null, centreId ?? null)
    .first<RoundRow>();
  if (!row) throw notFound("Round");
  return row;
}

export async function roundHasCentre(d1: D1Database, roundId: string, centreId: string): Promise<boolean> {
  const row = await d1
    .prepare("SELECT 1 AS x FROM round_centres WHERE round_id = ? AND centre_id = ?")
    .bind(roundId, centreId)
    .first();
  return row !== null;
}

type Grouped<T> = Map<string, T[]>;
const groupBy = <T extends { centre_id: string }>(rows: T[]): Grouped<T> => {
  const out: Grouped<T> = new Map();
  for (const row of rows) out.set(row.centre_id, [...(out.get(row.centre_id) ?? []), row]);
  return out;
};
const inWindow = (at: string, from: string, to: string | null) => at >= from && (to === null || at < to);
const minOf = (values: (string | null)[]) =>
  values.reduce<string | null>((m, v) => (v !== null && (m === null || v < m) ? v : m), null);
const maxOf = (values: (string | null)[]) =>
  values.reduce<string | null>((m, v) => (v !== null && (m === null || v > m) ? v : m), null);

/** Facts for every centre of the round, or only `centreId`. Centres are ordered by pseudonym. */
export async function loadCycleFacts(
  d1: D1Database,
  p: UserPrincipal,
  round: RoundRow,
  centreId?: string,
): Promise<CycleFacts[]> {
  const only = centreId ?? null;
  /** Centres of this round (or the one asked for): three bound values. */
  const ofRound = (column: string) =>
    `${column} IN (SELECT centre_id FROM round_centres WHERE round_id = ?) AND (? IS NULL OR ${column} = ?)`;
  const scope = [round.id, only, only];
  const q = (sql: string, ...values: unknown[]) => d1.prepare(sql).bind(...values);
  const [centres, nextRounds, meetings, seminars, workshops, plans] = await d1.batch([
    q(
      `SELECT c.id AS centre_id, c.name, c.pseudonym FROM centres c WHERE ${ofRound("c.id")} ORDER BY c.pseudonym`,
      ...scope,
    ),
    q(
      `SELECT rc.centre_id, ${roundColumns} FROM rounds r JOIN round_centres rc ON rc.round_id = r.id
       WHERE r.network_id = ? AND r.opens_on > ? AND ${ofRound("rc.centre_id")}
       ORDER BY r.opens_on`,
      round.network_id,
      round.opens_on,
      ...scope,
    ),
    q(
      `SELECT centre_id, round_id, MIN(held_on) AS held_on FROM results_meetings
       WHERE ${ofRound("centre_id")} GROUP BY centre_id, round_id`,
      ...scope,
    ),
    // Taking part, as the seminars list counts it: listed by the coordinator, or having recorded
    // anything.
    q(
      `SELECT x.centre_id, s.id, s.starts_on
       FROM (SELECT seminar_id, centre_id FROM seminar_contributions
             UNION SELECT seminar_id, centre_id FROM seminar_centres) x
       JOIN seminars s ON s.id = x.seminar_id
       WHERE s.network_id = ? AND s.starts_on >= ? AND ${ofRound("x.centre_id")}
       GROUP BY x.centre_id, s.id`,
      round.network_id,
      round.opens_on,
      ...scope,
    ),
    q(
      `SELECT w.id, w.centre_id, w.round_id, w.stage, w.created_at,
         (SELECT COUNT(*) FROM statements st WHERE st.workshop_id = w.id) AS statements,
         (SELECT MIN(st.created_at) FROM statements st WHERE st.workshop_id = w.id) AS first_statement_at,
         (SELECT MAX(COALESCE(v.closed_at, v.created_at)) FROM voting_sessions v
            WHERE v.workshop_id = w.id AND v.status = 'closed') AS voting_closed_at
       FROM workshops w
       WHERE ${ofRound("w.centre_id")} AND (w.round_id = ? OR (w.round_id IS NULL AND w.created_at >= ?))`,
      ...scope,
      round.id,
      round.opens_on,
    ),
    q(
      `SELECT ap.id, ap.centre_id, ap.workshop_id, ap.baseline_round_id, ap.priority, ap.created_at FROM action_plans ap
       WHERE ${ofRound("ap.centre_id")}
         AND (ap.baseline_round_id = ? OR ap.workshop_id IN (SELECT id FROM workshops WHERE round_id = ?)
              OR ap.created_at >= ?)`,
      ...scope,
      round.id,
      round.id,
      round.opens_on,
    ),
  ]);
  const nextByCentre = groupBy(nextRounds.results as (RoundRow & { centre_id: string })[]);
  const meetingsByCentre = groupBy(
    meetings.results as { centre_id: string; round_id: string; held_on: string }[],
  );
  const seminarsByCentre = groupBy(seminars.results as { centre_id: string; starts_on: string }[]);
  const workshopsByCentre = groupBy(
    workshops.results as {
      id: string;
      centre_id: string;
      round_id: string | null;
      stage: string;
      created_at: string;
      statements: number;
      first_statement_at: string | null;
      voting_closed_at: string | null;
    }[],
  );
  const plansByCentre = groupBy(
    plans.results as {
      id: string;
      centre_id: string;
      workshop_id: string | null;
      baseline_round_id: string | null;
      priority: number | null;
      created_at: string;
    }[],
  );

  return (centres.results as { centre_id: string; name: string; pseudonym: string }[]).map((centre) => {
    const nextRound = nextByCentre.get(centre.centre_id)?.[0] ?? null;
    const until = nextRound?.opens_on ?? null;
    const meetingOn = (roundId: string | undefined) =>
      meetingsByCentre.get(centre.centre_id)?.find((m) => m.round_id === roundId)?.held_on ?? null;
    const cycleWorkshops = (workshopsByCentre.get(centre.centre_id) ?? []).filter(
      (w) => w.round_id === round.id || inWindow(w.created_at, round.opens_on, until),
    );
    const ids = new Set(cycleWorkshops.map((w) => w.id));
    const withStatements = cycleWorkshops.filter((w) => w.statements > 0);
    // Prioritised: a closed voting session, or the workshop has moved on to planning.
    const prioritised = cycleWorkshops.filter(
      (w) => w.voting_closed_at !== null || w.stage === "plan" || w.stage === "follow-up",
    );
    const cyclePlans = (plansByCentre.get(centre.centre_id) ?? []).filter((pl) =>
      pl.baseline_round_id
        ? pl.baseline_round_id === round.id
        : pl.workshop_id
          ? ids.has(pl.workshop_id)
          : inWindow(pl.created_at, round.opens_on, until),
    );
    const seminar = (seminarsByCentre.get(centre.centre_id) ?? []).filter((s) =>
      inWindow(s.starts_on, round.opens_on, until),
    );
    const facts = { id: centre.centre_id, name: centre.name, pseudonym: centre.pseudonym };
    return {
      networkId: round.network_id,
      centre: centreRef(p, round.network_id, facts) ?? { id: facts.id, name: null, pseudonym: null },
      round: toRound(round),
      nextRound: nextRound ? toRound(nextRound) : null,
      meetingOn: meetingOn(round.id),
      nextMeetingOn: nextRound ? meetingOn(nextRound.id) : null,
      seminarOn: minOf(seminar.map((s) => s.starts_on)),
      workshopsWithStatements: withStatements.length,
      firstStatementAt: minOf(withStatements.map((w) => w.first_statement_at)),
      workshopsPrioritised: prioritised.length,
      prioritisedAt: maxOf(prioritised.map((w) => w.voting_closed_at)),
      plans: cyclePlans.length,
      planPriorities: cyclePlans.map((pl) => pl.priority),
      firstPlanAt: minOf(cyclePlans.map((pl) => pl.created_at)),
    };
  });
}
