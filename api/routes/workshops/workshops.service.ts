/**
 * Reading workshops, statements and voting sessions, and who may. Rows are read with plain SQL
 * where counts come along (one query for a list), and shaped into the shared schemas.
 */
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type {
  Statement,
  VotingSession,
  Workshop,
  WorkshopDetail,
  workshopCreateSchema,
  workshopUpdateSchema,
} from "../../../shared/schemas/workshop.ts";
import { getDb } from "../../db/client.ts";
import type { StatementsRow, VotingSessionsRow, WorkshopsRow } from "../../db/rows.ts";
import { centres, statements, workshops } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { assertCentreAccess, type UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { freshCode } from "./codes.ts";

export interface WorkshopRow {
  id: string;
  centreId: string;
  networkId: string;
  roundId: string | null;
  title: string;
  stage: Workshop["stage"];
  joinCode: string | null;
}

const WORKSHOP_COLUMNS = `w.id, w.centre_id, w.round_id, w.title, w.stage, w.join_code, w.created_at,
  (SELECT COUNT(*) FROM statements s WHERE s.workshop_id = w.id AND s.short_list = 0) AS collected,
  (SELECT COUNT(*) FROM statements s WHERE s.workshop_id = w.id AND s.short_list = 1) AS short_list,
  (SELECT COUNT(*) FROM voting_sessions v WHERE v.workshop_id = w.id) AS sessions`;

/** A row of {@link WORKSHOP_COLUMNS}. */
type WorkshopListRow = WorkshopsRow & { collected: number; short_list: number; sessions: number };

const toWorkshop = (r: WorkshopListRow): Workshop => ({
  id: r.id,
  centreId: r.centre_id,
  roundId: r.round_id ?? null,
  title: r.title,
  stage: r.stage,
  joinCode: r.join_code ?? null,
  collected: r.collected,
  shortList: r.short_list,
  votingSessions: r.sessions,
  createdAt: r.created_at,
});

export const toStatement = (r: StatementsRow): Statement => ({
  id: r.id,
  workshopId: r.workshop_id,
  text: r.text,
  kind: r.kind ?? null,
  source: r.source,
  shortList: Boolean(r.short_list),
  mergedInto: r.merged_into ?? null,
  position: r.position,
  hidden: Boolean(r.hidden),
  createdAt: r.created_at,
});

// Ballots per phone: only phones that sent more than one are listed (shared phones), as counts.
export const SESSION_COLUMNS = `v.id, v.workshop_id, v.label, v.mode, v.top_n, v.code, v.status, v.statement_ids,
  v.ballots_per_phone, v.created_at, v.closed_at,
  (SELECT COUNT(*) FROM ballots b WHERE b.voting_session_id = v.id) AS ballots,
  (SELECT COUNT(DISTINCT b.device) FROM ballots b WHERE b.voting_session_id = v.id) AS phones,
  (SELECT json_group_array(n) FROM (SELECT COUNT(*) AS n FROM ballots b
     WHERE b.voting_session_id = v.id AND b.device IS NOT NULL
     GROUP BY b.device HAVING COUNT(*) > 1 ORDER BY n DESC)) AS shared_phones`;

/** A row of {@link SESSION_COLUMNS}: `shared_phones` is a JSON array of counts. */
export type SessionListRow = VotingSessionsRow & {
  ballots: number;
  phones: number;
  shared_phones: string | null;
};

/** The columns of a voting session that both the facilitator's view and a voter's phone read. */
export type SessionCoreRow = Pick<
  VotingSessionsRow,
  "id" | "workshop_id" | "label" | "mode" | "top_n" | "status" | "statement_ids" | "ballots_per_phone"
>;

export const sessionCore = (r: SessionCoreRow) => ({
  id: r.id,
  workshopId: r.workshop_id,
  label: r.label ?? null,
  mode: r.mode,
  topN: r.top_n ?? null,
  status: r.status,
  statementIds: JSON.parse(r.statement_ids) as string[],
  ballotsPerPhone: r.ballots_per_phone,
});

export const toSession = (r: SessionListRow): VotingSession => ({
  ...sessionCore(r),
  code: r.code,
  ballots: r.ballots,
  phones: r.phones,
  sharedPhones: JSON.parse(r.shared_phones ?? "[]") as number[],
  createdAt: r.created_at,
  closedAt: r.closed_at ?? null,
});

/** The workshop, if the caller may work in its centre: else 404 (other centre) or 403 (researcher). */
export async function workshopFor(
  d1: D1Database,
  p: UserPrincipal,
  workshopId: string,
): Promise<WorkshopRow> {
  const r = await getDb(d1)
    .select({
      id: workshops.id,
      centreId: workshops.centreId,
      networkId: centres.networkId,
      roundId: workshops.roundId,
      title: workshops.title,
      stage: workshops.stage,
      joinCode: workshops.joinCode,
    })
    .from(workshops)
    .innerJoin(centres, eq(centres.id, workshops.centreId))
    .where(eq(workshops.id, workshopId))
    .get();
  if (!r) throw notFound("Workshop");
  assertCentreAccess(p, r.networkId, r.centreId, "Workshop");
  return r;
}

/** A centre the caller may work in, with its network. */
export async function centreFor(
  d1: D1Database,
  p: UserPrincipal,
  centreId: string,
): Promise<{ centreId: string; networkId: string }> {
  const r = await getDb(d1)
    .select({ centreId: centres.id, networkId: centres.networkId })
    .from(centres)
    .where(eq(centres.id, centreId))
    .get();
  if (!r) throw notFound("Centre");
  assertCentreAccess(p, r.networkId, r.centreId);
  return r;
}

export async function listWorkshops(d1: D1Database, centreId: string): Promise<Workshop[]> {
  const { results } = await d1
    .prepare(
      `SELECT ${WORKSHOP_COLUMNS} FROM workshops w WHERE w.centre_id = ? ORDER BY w.created_at DESC, w.id`,
    )
    .bind(centreId)
    .all<WorkshopListRow>();
  return results.map(toWorkshop);
}

export async function getWorkshop(d1: D1Database, workshopId: string): Promise<Workshop> {
  const r = await d1
    .prepare(`SELECT ${WORKSHOP_COLUMNS} FROM workshops w WHERE w.id = ?`)
    .bind(workshopId)
    .first<WorkshopListRow>();
  if (!r) throw notFound("Workshop");
  return toWorkshop(r);
}

export async function listStatements(d1: D1Database, workshopId: string): Promise<Statement[]> {
  const { results } = await d1
    .prepare(
      "SELECT * FROM statements WHERE workshop_id = ? ORDER BY short_list DESC, position, created_at, id",
    )
    .bind(workshopId)
    .all<StatementsRow>();
  return results.map(toStatement);
}

export async function listSessions(d1: D1Database, workshopId: string): Promise<VotingSession[]> {
  const { results } = await d1
    .prepare(
      `SELECT ${SESSION_COLUMNS} FROM voting_sessions v WHERE v.workshop_id = ? ORDER BY v.created_at, v.id`,
    )
    .bind(workshopId)
    .all<SessionListRow>();
  return results.map(toSession);
}

export async function getWorkshopDetail(d1: D1Database, workshopId: string): Promise<WorkshopDetail> {
  const [workshop, statements, sessions] = await Promise.all([
    getWorkshop(d1, workshopId),
    listStatements(d1, workshopId),
    listSessions(d1, workshopId),
  ]);
  return { ...workshop, statements, sessions };
}

export interface StatementRow extends Statement {
  centreId: string;
  networkId: string;
}

/** A statement, if the caller may work in its workshop's centre. */
export async function statementFor(
  d1: D1Database,
  p: UserPrincipal,
  statementId: string,
): Promise<StatementRow> {
  const r = await getDb(d1)
    .select({ statement: statements, centreId: workshops.centreId, networkId: centres.networkId })
    .from(statements)
    .innerJoin(workshops, eq(workshops.id, statements.workshopId))
    .innerJoin(centres, eq(centres.id, workshops.centreId))
    .where(eq(statements.id, statementId))
    .get();
  if (!r) throw notFound("Statement");
  assertCentreAccess(p, r.networkId, r.centreId, "Statement");
  return { ...r.statement, centreId: r.centreId, networkId: r.networkId };
}

export async function getStatement(d1: D1Database, statementId: string): Promise<Statement> {
  const r = await d1
    .prepare("SELECT * FROM statements WHERE id = ?")
    .bind(statementId)
    .first<StatementsRow>();
  if (!r) throw notFound("Statement");
  return toStatement(r);
}

/** A round of the centre's network that the centre takes part in; else 422 on `path`. */
export async function assertCentreRound(d1: D1Database, centreId: string, roundId: string, path: string) {
  const r = await d1
    .prepare("SELECT 1 FROM round_centres WHERE round_id = ? AND centre_id = ?")
    .bind(roundId, centreId)
    .first();
  if (!r)
    throw new Problem(422, "The centre takes no part in that round.", [
      { code: "unknown", path, message: "Not a round of this centre." },
    ]);
}

/** A workshop of the centre, collecting, with its join code. Returns its id. */
export async function createWorkshop(
  d1: D1Database,
  p: UserPrincipal,
  centre: { centreId: string; networkId: string },
  input: z.infer<typeof workshopCreateSchema>,
): Promise<string> {
  if (input.roundId) await assertCentreRound(d1, centre.centreId, input.roundId, "roundId");
  const id = newId();
  await d1.batch([
    statement(
      d1,
      getDb(d1)
        .insert(workshops)
        .values({
          id,
          centreId: centre.centreId,
          roundId: input.roundId ?? null,
          title: input.title,
          stage: "collect",
          joinCode: await freshCode(d1),
        }),
    ),
    auditStatement(d1, p, {
      action: "workshop.create",
      networkId: centre.networkId,
      targetType: "workshop",
      targetId: id,
    }),
  ]);
  return id;
}

/** Title, round and stage. Returns whether anything changed (then the room hears of it). */
export async function updateWorkshop(
  d1: D1Database,
  p: UserPrincipal,
  w: WorkshopRow,
  input: z.infer<typeof workshopUpdateSchema>,
): Promise<boolean> {
  if (input.roundId) await assertCentreRound(d1, w.centreId, input.roundId, "roundId");
  const changes: Partial<typeof workshops.$inferInsert> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.roundId !== undefined) changes.roundId = input.roundId;
  if (input.stage !== undefined && input.stage !== w.stage) {
    changes.stage = input.stage;
    // One code for the whole workshop: the phones in the room keep it from collecting to voting
    // and back. Only a workshop from before that rule (its code cleared) gets a new one.
    if (!w.joinCode) changes.joinCode = await freshCode(d1);
  }
  if (Object.keys(changes).length === 0) return false;
  await d1.batch([
    statement(d1, getDb(d1).update(workshops).set(changes).where(eq(workshops.id, w.id))),
    auditStatement(d1, p, {
      action: "workshop.update",
      networkId: w.networkId,
      targetType: "workshop",
      targetId: w.id,
      detail: input,
    }),
  ]);
  return true;
}
