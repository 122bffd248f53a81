/**
 * Voting sessions: finding one by its code, taking a ballot exactly once, and the results.
 *
 * A ballot is one INSERT OR IGNORE, conditional on the session being open and not full, against
 * a unique index on (session, Idempotency-Key): a retry, even one racing the first attempt, finds
 * the first ballot and gets its receipt back; nothing is counted twice.
 */
import type { z } from "zod";
import { type Ballot, storedBallot } from "../../../shared/ranking/index.ts";
import {
  SHORT_LIST_MIN,
  type VotingMode,
  type VotingSession,
  type votingSessionCreateSchema,
} from "../../../shared/schemas/workshop.ts";
import type { BallotsRow, VotingSessionsRow } from "../../db/rows.ts";
import { assertCentreAccess, type UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId, nowIso } from "../../lib/ids.ts";
import { type FieldError, notFound, Problem } from "../../lib/problem.ts";
import { countHit, type Limit } from "../../lib/rate-limit.ts";
import { freshCode } from "./codes.ts";
import { WorkshopProblem } from "./workshop-problem.ts";
import {
  SESSION_COLUMNS,
  type SessionCoreRow,
  type SessionListRow,
  sessionCore,
  toSession,
} from "./workshops.service.ts";

/** Ballots one session takes at most: a room votes in tens, a flood stops here. */
export const MAX_BALLOTS_PER_SESSION = 2000;

/** Short-list wordings of the session's workshop, as [[id, text], …] JSON. */
export const TEXTS = `(SELECT json_group_array(json_array(s.id, s.text)) FROM statements s
  WHERE s.workshop_id = v.workshop_id AND s.short_list = 1) AS texts`;

export interface SessionByCode {
  id: string;
  workshopId: string;
  label: string | null;
  mode: VotingMode;
  topN: number | null;
  status: "open" | "closed";
  statementIds: string[];
  ballotsPerPhone: number;
  title: string;
  texts: Map<string, string>;
}

/** The {@link TEXTS} column (JSON text, or null when no row came) as a map from id to wording. */
export const textsOf = (json: string | null | undefined) =>
  new Map(JSON.parse(json ?? "[]") as [string, string][]);

export async function sessionByCode(d1: D1Database, code: string): Promise<SessionByCode | null> {
  const r = await d1
    .prepare(
      `SELECT v.id, v.workshop_id, v.label, v.mode, v.top_n, v.status, v.statement_ids, v.ballots_per_phone, w.title, ${TEXTS}
       FROM voting_sessions v JOIN workshops w ON w.id = v.workshop_id WHERE v.code = ?`,
    )
    .bind(code)
    .first<SessionCoreRow & { title: string; texts: string | null }>();
  if (!r) return null;
  return { ...sessionCore(r), title: r.title, texts: textsOf(r.texts) };
}

export interface Receipt {
  id: string;
  receivedAt: string;
  replayed: boolean;
}

/**
 * Takes a ballot once. `device` is the phone's own random id (no person): a phone sends at most
 * the session's ballots per phone; a client that names no phone (a script, the API tests) is not
 * limited per phone, only per session and code.
 */
export async function submitBallot(
  d1: D1Database,
  sessionId: string,
  idempotencyKey: string,
  ballot: Ballot,
  limit: Limit,
  device: string | null = null,
): Promise<Receipt> {
  const id = newId();
  const receivedAt = nowIso();
  const payload = storedBallot(ballot);
  const [insert] = await d1.batch([
    d1
      .prepare(
        `INSERT OR IGNORE INTO ballots (id, voting_session_id, idempotency_key, payload, created_at, device)
         SELECT ?1, ?2, ?3, ?4, ?5, ?7
         WHERE EXISTS (SELECT 1 FROM voting_sessions WHERE id = ?2 AND status = 'open')
           AND (SELECT COUNT(*) FROM ballots WHERE voting_session_id = ?2) < ?6
           AND (?7 IS NULL OR (SELECT COUNT(*) FROM ballots WHERE voting_session_id = ?2 AND device = ?7)
                < (SELECT ballots_per_phone FROM voting_sessions WHERE id = ?2))`,
      )
      .bind(id, sessionId, idempotencyKey, payload, receivedAt, MAX_BALLOTS_PER_SESSION, device),
    ...countHit(d1, [limit]),
  ]);
  if (insert?.meta.changes === 1) return { id, receivedAt, replayed: false };

  // One batch, one snapshot: the earlier ballot and the session's counts are read together.
  const [first, session] = await d1.batch([
    d1
      .prepare(
        "SELECT id, payload, created_at FROM ballots WHERE voting_session_id = ? AND idempotency_key = ?",
      )
      .bind(sessionId, idempotencyKey),
    d1
      .prepare(
        `SELECT status, ballots_per_phone,
           (SELECT COUNT(*) FROM ballots WHERE voting_session_id = ?1) AS ballots,
           (SELECT COUNT(*) FROM ballots WHERE voting_session_id = ?1 AND device = ?2) AS from_phone
         FROM voting_sessions WHERE id = ?1`,
      )
      .bind(sessionId, device),
  ]);
  // d1.batch() takes one row type for all its statements: each result is typed here.
  const earlier = first?.results[0] as Pick<BallotsRow, "id" | "payload" | "created_at"> | undefined;
  if (earlier) {
    if (earlier.payload !== payload)
      throw new WorkshopProblem(
        409,
        "key-reused",
        "This Idempotency-Key was already used for a different ballot.",
        [{ code: "key-reused", path: "header.idempotency-key", message: "Use a new key for a new ballot." }],
      );
    return { id: earlier.id, receivedAt: earlier.created_at, replayed: true };
  }
  const now = session?.results[0] as
    | (Pick<VotingSessionsRow, "status" | "ballots_per_phone"> & { ballots: number; from_phone: number })
    | undefined;
  if (now?.status !== "open")
    throw new WorkshopProblem(409, "session-closed", "Voting in this session is closed.");
  if (now.ballots < MAX_BALLOTS_PER_SESSION)
    throw new WorkshopProblem(
      409,
      "phone-limit",
      `This phone has sent the ${now.ballots_per_phone} ballot(s) a phone may send in this session.`,
    );
  throw new WorkshopProblem(
    409,
    "session-full",
    `The session has reached its limit of ${MAX_BALLOTS_PER_SESSION} ballots.`,
  );
}

export interface SessionAccess extends VotingSession {
  centreId: string;
  networkId: string;
}

/** A voting session, if the caller may work in its centre. */
export async function sessionFor(
  d1: D1Database,
  p: UserPrincipal,
  sessionId: string,
): Promise<SessionAccess> {
  const r = await d1
    .prepare(
      `SELECT ${SESSION_COLUMNS}, w.centre_id, c.network_id FROM voting_sessions v
     JOIN workshops w ON w.id = v.workshop_id JOIN centres c ON c.id = w.centre_id WHERE v.id = ?`,
    )
    .bind(sessionId)
    .first<SessionListRow & { centre_id: string; network_id: string }>();
  if (!r) throw notFound("Voting session");
  assertCentreAccess(p, r.network_id, r.centre_id, "Voting session");
  return { ...toSession(r), centreId: r.centre_id, networkId: r.network_id };
}

/**
 * A voting session on the workshop's short list (shown statements), or on the statements named
 * from it; 422 names a statement not on it, 409 when the short list is too short. Returns its id.
 */
export async function createSession(
  d1: D1Database,
  p: UserPrincipal,
  w: { id: string; networkId: string },
  input: z.infer<typeof votingSessionCreateSchema>,
): Promise<string> {
  const { results: shortList } = await d1
    .prepare(
      "SELECT id FROM statements WHERE workshop_id = ? AND short_list = 1 AND hidden = 0 ORDER BY position, created_at, id",
    )
    .bind(w.id)
    .all<{ id: string }>();
  let statementIds = shortList.map((s) => s.id);
  if (input.statementIds) {
    const onList = new Set(statementIds);
    const errors = input.statementIds.flatMap((id, i): FieldError[] =>
      !onList.has(id)
        ? [
            {
              code: "unknown",
              path: `statementIds.${i}`,
              message: "Not on this workshop's short list (or hidden).",
            },
          ]
        : input.statementIds?.indexOf(id) !== i
          ? [{ code: "duplicate", path: `statementIds.${i}`, message: "Listed twice." }]
          : [],
    );
    if (errors.length) throw new Problem(422, "Some statements cannot be voted on here.", errors);
    statementIds = input.statementIds;
  } else if (statementIds.length < SHORT_LIST_MIN) {
    throw new WorkshopProblem(
      409,
      "short-list-short",
      `The short list has ${statementIds.length} statements; a voting session needs ${SHORT_LIST_MIN} to 12.`,
    );
  }
  const topN = input.topN !== undefined && input.topN < statementIds.length ? input.topN : null;
  const id = newId();
  await d1.batch([
    d1
      .prepare(
        "INSERT INTO voting_sessions (id, workshop_id, mode, top_n, label, statement_ids, code, ballots_per_phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      )
      .bind(
        id,
        w.id,
        input.mode,
        topN,
        input.label ?? null,
        JSON.stringify(statementIds),
        await freshCode(d1),
        input.ballotsPerPhone ?? 1,
      ),
    auditStatement(d1, p, {
      action: "voting-session.create",
      networkId: w.networkId,
      targetType: "voting-session",
      targetId: id,
    }),
  ]);
  return id;
}

export async function getSession(d1: D1Database, id: string) {
  const r = await d1
    .prepare(`SELECT ${SESSION_COLUMNS} FROM voting_sessions v WHERE v.id = ?`)
    .bind(id)
    .first<SessionListRow>();
  if (!r) throw notFound("Voting session");
  return toSession(r);
}

/** Open ↔ closed; conditional on the status read, so two clicks at once cannot both succeed. */
export async function setSessionStatus(
  d1: D1Database,
  p: UserPrincipal,
  s: SessionAccess,
  to: "open" | "closed",
): Promise<void> {
  const from = to === "closed" ? "open" : "closed";
  if (s.status !== from) throw new Problem(409, `The session is already ${s.status}.`);
  const [update] = await d1.batch([
    d1
      .prepare("UPDATE voting_sessions SET status = ?, closed_at = ? WHERE id = ? AND status = ?")
      .bind(to, to === "closed" ? nowIso() : null, s.id, from),
    auditStatement(d1, p, {
      action: to === "closed" ? "voting-session.close" : "voting-session.reopen",
      networkId: s.networkId,
      targetType: "voting-session",
      targetId: s.id,
    }),
  ]);
  if (update?.meta.changes !== 1)
    throw new Problem(409, "The session changed meanwhile; reload and try again.");
}
