/**
 * Results of one voting session, or of several pooled: the ranking (shared/ranking) of their
 * stored ballots. Cheap to poll: one query tells whether the ballots changed since the last
 * ranking, which is kept per isolate.
 */
import {
  parseStoredBallot,
  type Ranking,
  rankBallots,
  type SessionBallots,
} from "../../../shared/ranking/index.ts";
import type { Ballot } from "../../../shared/ranking/types.ts";
import type { Results, VotingSession } from "../../../shared/schemas/workshop.ts";
import type { VotingSessionsRow } from "../../db/rows.ts";
import { assertCentreAccess, type UserPrincipal } from "../../lib/access.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { TEXTS, textsOf } from "./voting.service.ts";

/** A row of {@link FIGURE_COLUMNS}. */
type FiguresRow = Pick<
  VotingSessionsRow,
  "id" | "workshop_id" | "label" | "mode" | "status" | "statement_ids"
> & {
  ballots: number;
  phones: number;
  last: number | null;
};

interface SessionFigures {
  session: Pick<VotingSession, "id" | "label" | "mode" | "status" | "statementIds" | "ballots" | "phones">;
  /** Highest ballot rowid: with the count, tells whether the ballots changed since last time. */
  last: number | null;
}

const FIGURE_COLUMNS = `v.id, v.workshop_id, v.label, v.mode, v.status, v.statement_ids,
  (SELECT COUNT(*) FROM ballots b WHERE b.voting_session_id = v.id) AS ballots,
  (SELECT COUNT(DISTINCT b.device) FROM ballots b WHERE b.voting_session_id = v.id) AS phones,
  (SELECT MAX(rowid) FROM ballots b WHERE b.voting_session_id = v.id) AS last`;

function toFigures(r: FiguresRow): SessionFigures {
  return {
    session: {
      id: r.id,
      label: r.label ?? null,
      mode: r.mode,
      status: r.status,
      statementIds: JSON.parse(r.statement_ids),
      ballots: r.ballots,
      phones: r.phones,
    },
    last: r.last ?? null,
  };
}

export interface ResultsScope {
  centreId: string;
  networkId: string;
  workshopId: string;
  sessions: SessionFigures[];
  texts: Map<string, string>;
}

/**
 * Everything but the ballots, in one query: the session, who may see it, its ballot count and
 * the wording of its statements. A live view polling an unchanged session stops here.
 */
export async function sessionScope(
  d1: D1Database,
  p: UserPrincipal,
  sessionId: string,
): Promise<ResultsScope> {
  const r = await d1
    .prepare(
      `SELECT ${FIGURE_COLUMNS}, w.centre_id, c.network_id, ${TEXTS} FROM voting_sessions v
     JOIN workshops w ON w.id = v.workshop_id JOIN centres c ON c.id = w.centre_id WHERE v.id = ?`,
    )
    .bind(sessionId)
    .first<FiguresRow & { centre_id: string; network_id: string; texts: string | null }>();
  if (!r) throw notFound("Voting session");
  assertCentreAccess(p, r.network_id, r.centre_id, "Voting session");
  return {
    centreId: r.centre_id,
    networkId: r.network_id,
    workshopId: r.workshop_id,
    sessions: [toFigures(r)],
    texts: textsOf(r.texts),
  };
}

/** The sessions of a workshop (all, or those named) with their counts and the short list's wording. */
export async function workshopScope(
  d1: D1Database,
  workshop: { id: string; centreId: string; networkId: string },
  only: string[] | null,
): Promise<ResultsScope> {
  const [sessions, texts] = await d1.batch([
    d1
      .prepare(
        `SELECT ${FIGURE_COLUMNS} FROM voting_sessions v WHERE v.workshop_id = ? ORDER BY v.created_at, v.id`,
      )
      .bind(workshop.id),
    d1
      .prepare(
        "SELECT json_group_array(json_array(id, text)) AS texts FROM statements WHERE workshop_id = ? AND short_list = 1",
      )
      .bind(workshop.id),
  ]);
  // d1.batch() takes one row type for all its statements: each result is typed here.
  const all = ((sessions?.results ?? []) as FiguresRow[]).map(toFigures);
  if (only) {
    const unknown = only.flatMap((id, i) =>
      all.some((s) => s.session.id === id)
        ? []
        : [
            {
              code: "unknown" as const,
              path: `query.sessions.${i}`,
              message: "Not a session of this workshop.",
            },
          ],
    );
    if (unknown.length) throw new Problem(400, "Some sessions are not of this workshop.", unknown);
  }
  return {
    centreId: workshop.centreId,
    networkId: workshop.networkId,
    workshopId: workshop.id,
    sessions: only ? all.filter((s) => only.includes(s.session.id)) : all,
    texts: textsOf((texts?.results[0] as { texts: string | null } | undefined)?.texts),
  };
}

// Rankings of unchanged ballots are kept per isolate: a room's screens poll every second or two.
const cache = new Map<string, Ranking>();
const CACHE_SIZE = 200;

export async function results(d1: D1Database, scope: ResultsScope): Promise<Results> {
  const key = scope.sessions.map((s) => `${s.session.id}:${s.session.ballots}:${s.last}`).join("|");
  let ranking = cache.get(key);
  if (ranking) {
    cache.delete(key);
  } else {
    ranking = rankBallots(await loadBallots(d1, scope), {
      seed: scope.sessions.map((s) => s.session.id).join(","),
    });
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, ranking);
  return shapeResults(ranking, scope);
}

async function loadBallots(d1: D1Database, scope: ResultsScope): Promise<SessionBallots[]> {
  const withBallots = scope.sessions.filter((s) => s.session.ballots > 0);
  // Only the ballots counted by the scope's query, so that counts and ranking agree (rowids only grow).
  const last = Math.max(0, ...withBallots.map((s) => s.last ?? 0));
  const modes = new Map(scope.sessions.map((s) => [s.session.id, s.session.mode]));
  const byId = new Map<string, Ballot[]>();
  // One query per ≤ 90 sessions (D1 binds at most 100 parameters).
  for (let i = 0; i < withBallots.length; i += 90) {
    const ids = withBallots.slice(i, i + 90).map((s) => s.session.id);
    const rows = await d1
      .prepare(
        `SELECT voting_session_id, payload FROM ballots
         WHERE voting_session_id IN (${ids.map(() => "?").join(", ")}) AND rowid <= ? ORDER BY rowid`,
      )
      .bind(...ids, last)
      .raw<[string, string]>();
    for (const [sessionId, payload] of rows) {
      const list = byId.get(sessionId) ?? [];
      list.push(parseStoredBallot(modes.get(sessionId) ?? "rank", payload));
      byId.set(sessionId, list);
    }
  }
  return scope.sessions.map((s) => ({
    mode: s.session.mode,
    statementIds: s.session.statementIds,
    ballots: byId.get(s.session.id) ?? [],
  }));
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function shapeResults(r: Ranking, scope: ResultsScope): Results {
  return {
    ballots: r.ballots,
    method: r.method,
    topThreeStability: r.topThreeStability === null ? null : round(r.topThreeStability, 4),
    resamples: r.resamples,
    sessions: scope.sessions.map(({ session: s }) => ({
      id: s.id,
      label: s.label,
      mode: s.mode,
      status: s.status,
      ballots: s.ballots,
      phones: s.phones,
    })),
    statements: r.statements.map((s) => ({
      id: s.id,
      text: scope.texts.get(s.id) ?? "",
      score: round(s.score, 2),
      rank: s.rank,
      tied: s.tied,
      pTop3: round(s.pTop3, 4),
      copeland: s.copeland === null ? null : round(s.copeland, 2),
      ballots: s.ballots,
    })),
  };
}
