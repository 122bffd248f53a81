/**
 * What a phone's join code reaches: reads by code for the participant routes. A workshop's code
 * adds statements while it collects; a session's code shows that session and takes its ballots.
 */
import type { WorkshopStage } from "../../../shared/schemas/workshop.ts";
import { countHit, type Limit } from "../../lib/rate-limit.ts";
import { insertCollected } from "./statements.service.ts";

export interface CodeTarget {
  type: "collect" | "vote" | "wait";
  code: string;
  stage: WorkshopStage | null;
}

/**
 * A session's own code opens it; the workshop's code opens what the workshop does now: its
 * collecting, its newest open session, or a wait (the phone asks again).
 */
export function codeTarget(d1: D1Database, k: string): Promise<CodeTarget | null> {
  return d1
    .prepare(
      `SELECT 'vote' AS type, code, NULL AS stage FROM voting_sessions WHERE code = ?1
           UNION ALL
           SELECT CASE WHEN w.stage = 'collect' THEN 'collect'
                       WHEN v.code IS NOT NULL THEN 'vote' ELSE 'wait' END,
                  COALESCE(CASE WHEN w.stage = 'collect' THEN NULL ELSE v.code END, w.join_code), w.stage
           FROM workshops w
           LEFT JOIN voting_sessions v ON v.id = (SELECT id FROM voting_sessions
             WHERE workshop_id = w.id AND status = 'open' ORDER BY created_at DESC, id DESC LIMIT 1)
           WHERE w.join_code = ?1 LIMIT 1`,
    )
    .bind(k)
    .first<CodeTarget>();
}

/** The workshop of a join code, whatever its stage: a late phone hears what is happening now. */
export const byJoinCode = (d1: D1Database) => (code: string) =>
  d1
    .prepare("SELECT id, title, stage FROM workshops WHERE join_code = ?")
    .bind(code)
    .first<{ id: string; title: string; stage: WorkshopStage }>();

/** The workshop a phone's code belongs to: the workshop's own join code or one of its sessions'. */
export function workshopOfCode(d1: D1Database, k: string) {
  return d1
    .prepare(
      `SELECT id AS workshopId FROM workshops WHERE join_code = ?1
       UNION ALL SELECT workshop_id FROM voting_sessions WHERE code = ?1 LIMIT 1`,
    )
    .bind(k)
    .first<{ workshopId: string }>();
}

/**
 * A statement from a phone, taken only while the workshop collects under this code; the hit is
 * counted in the same batch. Returns whether it was stored (else collecting ended, or the
 * workshop is full).
 */
export async function collectFromPhone(
  d1: D1Database,
  workshopId: string,
  id: string,
  input: { text: string; kind: "gives" | "takes" },
  code: string,
  limit: Limit,
): Promise<boolean> {
  const [insert] = await d1.batch([
    insertCollected(d1, workshopId, id, input.text, input.kind, "participant", code),
    ...countHit(d1, [limit]),
  ]);
  return insert?.meta.changes === 1;
}
