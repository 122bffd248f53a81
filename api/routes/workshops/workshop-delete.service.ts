/**
 * Deleting a workshop series: allowed while nothing in it is the centre's record yet.
 *
 * Ballots are the priorities a room of colleagues set; action plans are what the centre decided to
 * do about them. Both stay. Plans may exist without a workshop, but one written from a workshop
 * names the workshop's statement it works on and the priority that statement got, and the cycle
 * guide and the plan's baseline round go through the workshop: detaching it would quietly lose
 * what the plan is about. So a workshop with ballots or plans is refused (409), and the caller is
 * told which; a plan that should go is deleted on its own first.
 *
 * Otherwise everything that hangs on the workshop goes in one batch: the throttle counters of its
 * codes, its voting sessions (with their codes), its statements, the workshop itself (with its join
 * code) and an audit entry. Every statement of the batch repeats the refusal's condition, so a
 * ballot or plan that arrives between the check and the batch leaves everything as it was.
 */
import type { UserPrincipal } from "../../lib/access.ts";
import { CodedProblem, notFound } from "../../lib/problem.ts";
import { limits } from "./codes.ts";
import type { WorkshopRow } from "./workshops.service.ts";

export interface WorkshopRecord {
  /** Ballots cast in the workshop's voting sessions. */
  ballots: number;
  /** Action plans written from the workshop or on one of its statements. */
  plans: number;
}

/** Nothing of the workshop (`?1`) is the centre's record: no ballot and no plan hangs on it. */
const UNRECORDED = `NOT EXISTS (SELECT 1 FROM ballots b JOIN voting_sessions v ON v.id = b.voting_session_id
                                WHERE v.workshop_id = ?1)
  AND NOT EXISTS (SELECT 1 FROM action_plans ap
                  WHERE ap.workshop_id = ?1
                     OR ap.statement_id IN (SELECT id FROM statements WHERE workshop_id = ?1))`;

export async function workshopRecord(d1: D1Database, workshopId: string): Promise<WorkshopRecord> {
  const r = await d1
    .prepare(
      `SELECT (SELECT COUNT(*) FROM ballots b JOIN voting_sessions v ON v.id = b.voting_session_id
               WHERE v.workshop_id = ?1) AS ballots,
              (SELECT COUNT(*) FROM action_plans ap
               WHERE ap.workshop_id = ?1
                  OR ap.statement_id IN (SELECT id FROM statements WHERE workshop_id = ?1)) AS plans`,
    )
    .bind(workshopId)
    .first<WorkshopRecord>();
  return { ballots: r?.ballots ?? 0, plans: r?.plans ?? 0 };
}

/** Why the workshop may not be deleted, or null when it may. */
export function refusal(record: WorkshopRecord): string | null {
  const reasons = [
    record.ballots > 0 &&
      `${record.ballots} ${record.ballots === 1 ? "ballot was" : "ballots were"} cast in its voting sessions`,
    record.plans > 0 &&
      `${record.plans} action ${record.plans === 1 ? "plan was" : "plans were"} written from it`,
  ].filter(Boolean);
  if (reasons.length === 0) return null;
  return `The workshop cannot be deleted: ${reasons.join(" and ")}. The priorities and plans are the centre's record of what it chose and is doing, so they and the workshop stay.`;
}

/** Deletes the workshop and everything under it, or throws 409 (ballots or plans) or 404 (gone). */
export async function deleteWorkshop(d1: D1Database, p: UserPrincipal, w: WorkshopRow): Promise<void> {
  const refused = refusal(await workshopRecord(d1, w.id));
  if (refused) throw new CodedProblem(409, "workshop-has-record", refused);
  const guarded = (sql: string) => d1.prepare(`${sql} AND ${UNRECORDED}`).bind(w.id);
  const collectPrefix = limits.statements("").key;
  const votePrefix = limits.ballots("").key;
  const results = await d1.batch([
    // auditStatement's insert is unconditional; this one is written only if the deletion happens,
    // and keeps what is about to be gone (title, centre, how much was in it).
    d1
      .prepare(
        `INSERT INTO audit_log (user_id, network_id, action, target_type, target_id, detail)
         SELECT ?2, ?3, 'workshop.delete', 'workshop', w.id, json_object(
           'title', w.title, 'centreId', w.centre_id, 'stage', w.stage,
           'statements', (SELECT COUNT(*) FROM statements WHERE workshop_id = ?1),
           'votingSessions', (SELECT COUNT(*) FROM voting_sessions WHERE workshop_id = ?1))
         FROM workshops w WHERE w.id = ?1 AND ${UNRECORDED}`,
      )
      .bind(w.id, p.userId, w.networkId),
    d1
      .prepare(
        `DELETE FROM rate_limits
         WHERE (key = ?2 || (SELECT join_code FROM workshops WHERE id = ?1)
                OR key IN (SELECT ?3 || code FROM voting_sessions WHERE workshop_id = ?1))
           AND ${UNRECORDED}`,
      )
      .bind(w.id, collectPrefix, votePrefix),
    guarded("DELETE FROM voting_sessions WHERE workshop_id = ?1"),
    guarded("DELETE FROM statements WHERE workshop_id = ?1"),
    guarded("DELETE FROM workshops WHERE id = ?1"),
  ]);
  if (results.at(-1)?.meta.changes === 1) return;
  // Something came between the check and the batch, which changed nothing.
  const still = await d1.prepare("SELECT 1 FROM workshops WHERE id = ?").bind(w.id).first();
  if (!still) throw notFound("Workshop");
  throw new CodedProblem(
    409,
    "workshop-has-record",
    refusal(await workshopRecord(d1, w.id)) ?? "The workshop changed while it was being deleted.",
  );
}
