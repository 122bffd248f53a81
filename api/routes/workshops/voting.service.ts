/**
 * Voting sessions: finding one by its code, taking a ballot exactly once, and the results.
 *
 * A ballot is one INSERT OR IGNORE, conditional on the session being open and not full, against
 * a unique index on (session, Idempotency-Key): a retry, even one racing the first attempt, finds
 * the first ballot and gets its receipt back; nothing is counted twice.
 */
import type { Context } from "hono";
import {
  type Ballot,
  parseStoredBallot,
  type Ranking,
  rankBallots,
  type SessionBallots,
  storedBallot,
} from "../../../shared/ranking/index.ts";
import type { Results, VotingMode, VotingSession } from "../../../shared/schemas/workshop.ts";
import type { AppEnv } from "../../env.ts";
import { assertCentreAccess, requireUser } from "../../lib/access.ts";
import { newId, nowIso } from "../../lib/ids.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { countHit, type Limit } from "../../lib/rate-limit.ts";
import { SESSION_COLUMNS, toSession } from "./workshops.service.ts";

type Row = Record<string, unknown>;

/** Ballots one session takes at most: a room votes in tens, a flood stops here. */
export const MAX_BALLOTS_PER_SESSION = 2000;

/** Short-list wordings of the session's workshop, as [[id, text], …] JSON. */
const TEXTS = `(SELECT json_group_array(json_array(s.id, s.text)) FROM statements s
  WHERE s.workshop_id = v.workshop_id AND s.short_list = 1) AS texts`;

export interface SessionByCode {
  id: string;
  label: string | null;
  mode: VotingMode;
  topN: number | null;
  status: "open" | "closed";
  statementIds: string[];
  title: string;
  texts: Map<string, string>;
}

const textsOf = (json: unknown) => new Map(JSON.parse((json as string) ?? "[]") as [string, string][]);

export async function sessionByCode(d1: D1Database, code: string): Promise<SessionByCode | null> {
  const r = await d1
    .prepare(
      `SELECT v.id, v.label, v.mode, v.top_n, v.status, v.statement_ids, w.title, ${TEXTS}
       FROM voting_sessions v JOIN workshops w ON w.id = v.workshop_id WHERE v.code = ?`,
    )
    .bind(code)
    .first<Row>();
  if (!r) return null;
  return {
    id: r.id as string,
    label: (r.label as string | null) ?? null,
    mode: r.mode as VotingMode,
    topN: (r.top_n as number | null) ?? null,
    status: r.status as "open" | "closed",
    statementIds: JSON.parse(r.statement_ids as string),
    title: r.title as string,
    texts: textsOf(r.texts),
  };
}

export interface Receipt {
  id: string;
  receivedAt: string;
  replayed: boolean;
}

export async function submitBallot(
  d1: D1Database,
  sessionId: string,
  idempotencyKey: string,
  ballot: Ballot,
  limit: Limit,
): Promise<Receipt> {
  const id = newId();
  const receivedAt = nowIso();
  const payload = storedBallot(ballot);
  const [insert] = await d1.batch([
    d1
      .prepare(
        `INSERT OR IGNORE INTO ballots (id, voting_session_id, idempotency_key, payload, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5
         WHERE EXISTS (SELECT 1 FROM voting_sessions WHERE id = ?2 AND status = 'open')
           AND (SELECT COUNT(*) FROM ballots WHERE voting_session_id = ?2) < ?6`,
      )
      .bind(id, sessionId, idempotencyKey, payload, receivedAt, MAX_BALLOTS_PER_SESSION),
    ...countHit(d1, [limit]),
  ]);
  if (insert?.meta.changes === 1) return { id, receivedAt, replayed: false };

  const [first, session] = await d1.batch<Row>([
    d1
      .prepare(
        "SELECT id, payload, created_at FROM ballots WHERE voting_session_id = ? AND idempotency_key = ?",
      )
      .bind(sessionId, idempotencyKey),
    d1.prepare("SELECT status FROM voting_sessions WHERE id = ?").bind(sessionId),
  ]);
  const earlier = first?.results[0];
  if (earlier) {
    if (earlier.payload !== payload)
      throw new Problem(409, "This Idempotency-Key was already used for a different ballot.", [
        { path: "header.idempotency-key", message: "Use a new key for a new ballot." },
      ]);
    return { id: earlier.id as string, receivedAt: earlier.created_at as string, replayed: true };
  }
  if (session?.results[0]?.status !== "open") throw new Problem(409, "Voting in this session is closed.");
  throw new Problem(409, `The session has reached its limit of ${MAX_BALLOTS_PER_SESSION} ballots.`);
}

// Results.

interface SessionFigures {
  session: Pick<VotingSession, "id" | "label" | "mode" | "status" | "statementIds" | "ballots">;
  /** Highest ballot rowid: with the count, tells whether the ballots changed since last time. */
  last: number | null;
}

export interface SessionAccess extends VotingSession {
  centreId: string;
  networkId: string;
}

/** A voting session, if the caller may work in its centre. */
export async function sessionFor(c: Context<AppEnv>, sessionId: string): Promise<SessionAccess> {
  const p = requireUser(c);
  const r = await c.env.DB.prepare(
    `SELECT ${SESSION_COLUMNS}, w.centre_id, c.network_id FROM voting_sessions v
     JOIN workshops w ON w.id = v.workshop_id JOIN centres c ON c.id = w.centre_id WHERE v.id = ?`,
  )
    .bind(sessionId)
    .first<Row>();
  if (!r) throw notFound("Voting session");
  assertCentreAccess(p, r.network_id as string, r.centre_id as string, "Voting session");
  return { ...toSession(r), centreId: r.centre_id as string, networkId: r.network_id as string };
}

const FIGURE_COLUMNS = `v.id, v.workshop_id, v.label, v.mode, v.status, v.statement_ids,
  (SELECT COUNT(*) FROM ballots b WHERE b.voting_session_id = v.id) AS ballots,
  (SELECT MAX(rowid) FROM ballots b WHERE b.voting_session_id = v.id) AS last`;

function toFigures(r: Row): SessionFigures {
  return {
    session: {
      id: r.id as string,
      label: (r.label as string | null) ?? null,
      mode: r.mode as VotingMode,
      status: r.status as "open" | "closed",
      statementIds: JSON.parse(r.statement_ids as string),
      ballots: r.ballots as number,
    },
    last: (r.last as number | null) ?? null,
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
export async function sessionScope(c: Context<AppEnv>, sessionId: string): Promise<ResultsScope> {
  const p = requireUser(c);
  const r = await c.env.DB.prepare(
    `SELECT ${FIGURE_COLUMNS}, w.centre_id, c.network_id, ${TEXTS} FROM voting_sessions v
     JOIN workshops w ON w.id = v.workshop_id JOIN centres c ON c.id = w.centre_id WHERE v.id = ?`,
  )
    .bind(sessionId)
    .first<Row>();
  if (!r) throw notFound("Voting session");
  assertCentreAccess(p, r.network_id as string, r.centre_id as string, "Voting session");
  return {
    centreId: r.centre_id as string,
    networkId: r.network_id as string,
    workshopId: r.workshop_id as string,
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
  const [sessions, texts] = await d1.batch<Row>([
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
  const all = (sessions?.results ?? []).map(toFigures);
  if (only) {
    const unknown = only.flatMap((id, i) =>
      all.some((s) => s.session.id === id)
        ? []
        : [{ path: `query.sessions.${i}`, message: "Not a session of this workshop." }],
    );
    if (unknown.length) throw new Problem(400, "Some sessions are not of this workshop.", unknown);
  }
  return {
    centreId: workshop.centreId,
    networkId: workshop.networkId,
    workshopId: workshop.id,
    sessions: only ? all.filter((s) => only.includes(s.session.id)) : all,
    texts: textsOf(texts?.results[0]?.texts),
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
