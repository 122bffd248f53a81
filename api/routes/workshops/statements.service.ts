/**
 * Statements of a workshop: collected ones (from phones or the facilitator) and the short list
 * condensed from them. The inserts that must respect a limit read it in the INSERT itself (raw
 * SQL), so that two phones at once can neither pass the limit together nor share a position.
 */
import type { z } from "zod";
import {
  SHORT_LIST_MAX,
  type statementCreateSchema,
  type statementUpdateSchema,
} from "../../../shared/schemas/workshop.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { type FieldError, Problem } from "../../lib/problem.ts";
import { WorkshopProblem } from "./workshop-problem.ts";
import type { StatementRow } from "./workshops.service.ts";

/** Collected statements one workshop takes at most. */
export const MAX_COLLECTED = 1000;

/**
 * A facilitator's statement: a collected one (with a kind), or one on the short list, condensing
 * the collected statements named in `mergedFrom`. Returns its id.
 */
export async function addStatement(
  d1: D1Database,
  workshopId: string,
  input: z.infer<typeof statementCreateSchema>,
): Promise<string> {
  const id = newId();
  if (input.kind) {
    const [insert] = await d1.batch([
      insertCollected(d1, workshopId, id, input.text, input.kind, "facilitator"),
    ]);
    if (insert?.meta.changes !== 1)
      throw new WorkshopProblem(
        409,
        "workshop-full",
        `The workshop already has ${MAX_COLLECTED} collected statements.`,
      );
    return id;
  }
  const merged = [...new Set(input.mergedFrom ?? [])];
  if (merged.length) {
    const { results } = await d1
      .prepare(
        "SELECT id FROM statements WHERE workshop_id = ? AND short_list = 0 AND hidden = 0 AND id IN (SELECT value FROM json_each(?))",
      )
      .bind(workshopId, JSON.stringify(merged))
      .all<{ id: string }>();
    const found = new Set(results.map((r) => r.id));
    const errors = (input.mergedFrom ?? []).flatMap((sid, i) =>
      found.has(sid)
        ? []
        : [
            {
              code: "unknown" as const,
              path: `mergedFrom.${i}`,
              message: "Not a collected (and shown) statement of this workshop.",
            },
          ],
    );
    if (errors.length) throw new Problem(422, "Some statements cannot be condensed into this one.", errors);
  }
  const [insert] = await d1.batch([
    d1
      .prepare(
        `INSERT INTO statements (id, workshop_id, text, kind, source, short_list, position)
           SELECT ?1, ?2, ?3, NULL, 'facilitator', 1,
             (SELECT COALESCE(MAX(position) + 1, 0) FROM statements WHERE workshop_id = ?2 AND short_list = 1)
           WHERE (SELECT COUNT(*) FROM statements WHERE workshop_id = ?2 AND short_list = 1) < ?4`,
      )
      .bind(id, workshopId, input.text, SHORT_LIST_MAX),
    d1
      .prepare(
        `UPDATE statements SET merged_into = ?1
           WHERE workshop_id = ?2 AND short_list = 0 AND hidden = 0 AND id IN (SELECT value FROM json_each(?3))
             AND EXISTS (SELECT 1 FROM statements WHERE id = ?1)`,
      )
      .bind(id, workshopId, JSON.stringify(merged)),
  ]);
  if (insert?.meta.changes !== 1)
    throw new WorkshopProblem(
      409,
      "short-list-full",
      `The short list already has ${SHORT_LIST_MAX} statements, the most it may have.`,
    );
  return id;
}

/** Changes a statement (422 naming the field for a change it cannot take, 409 when in use). */
export async function updateStatement(
  d1: D1Database,
  p: UserPrincipal,
  s: StatementRow,
  input: z.infer<typeof statementUpdateSchema>,
): Promise<void> {
  const errors: FieldError[] = [];
  if (s.shortList && input.kind !== undefined)
    errors.push({
      code: "invalid",
      path: "kind",
      message: "Short-list statements are neither gives nor takes.",
    });
  if (s.shortList && input.mergedInto !== undefined)
    errors.push({
      code: "invalid",
      path: "mergedInto",
      message: "A short-list statement is not grouped under another.",
    });
  if (input.hidden && s.shortList && (await statementUse(d1, s)).voted)
    throw new WorkshopProblem(
      409,
      "statement-in-use",
      "A voting session uses this statement; it cannot be hidden.",
    );
  if (!s.shortList && input.mergedInto && (input.hidden ?? s.hidden))
    errors.push({ code: "invalid", path: "mergedInto", message: "A hidden statement is not grouped." });
  if (!s.shortList && input.mergedInto) {
    const target = await d1
      .prepare("SELECT 1 FROM statements WHERE id = ? AND workshop_id = ? AND short_list = 1 AND hidden = 0")
      .bind(input.mergedInto, s.workshopId)
      .first();
    if (!target)
      errors.push({
        code: "unknown",
        path: "mergedInto",
        message: "Not a short-list statement of this workshop.",
      });
  }
  if (errors.length) throw new Problem(422, "The statement cannot change like that.", errors);
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const [column, value] of [
    ["text", input.text],
    ["kind", input.kind],
    ["position", input.position],
    ["merged_into", input.mergedInto],
    ["hidden", input.hidden === undefined ? undefined : input.hidden ? 1 : 0],
  ] as const) {
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    values.push(value);
  }
  const writes = [d1.prepare(`UPDATE statements SET ${sets.join(", ")} WHERE id = ?`).bind(...values, s.id)];
  if (input.hidden !== undefined && input.hidden !== s.hidden) {
    // Who hid what stays on record; a hidden short-list statement loses what was grouped under it.
    if (input.hidden && s.shortList)
      writes.push(d1.prepare("UPDATE statements SET merged_into = NULL WHERE merged_into = ?").bind(s.id));
    writes.push(
      auditStatement(d1, p, {
        action: input.hidden ? "statement.hide" : "statement.show",
        networkId: s.networkId,
        targetType: "statement",
        targetId: s.id,
        detail: { workshopId: s.workshopId },
      }),
    );
  }
  await d1.batch(writes);
}

/** Deletes a statement no session or plan uses (409 otherwise). */
export async function deleteStatement(d1: D1Database, p: UserPrincipal, s: StatementRow): Promise<void> {
  const used = await statementUse(d1, s);
  if (used.voted)
    throw new WorkshopProblem(409, "statement-in-use", "A voting session uses this statement; it stays.");
  if (used.planned)
    throw new WorkshopProblem(409, "statement-in-use", "An action plan works on this statement; it stays.");
  await d1.batch([
    d1.prepare("UPDATE statements SET merged_into = NULL WHERE merged_into = ?").bind(s.id),
    d1.prepare("DELETE FROM statements WHERE id = ?").bind(s.id),
    auditStatement(d1, p, {
      action: "statement.delete",
      networkId: s.networkId,
      targetType: "statement",
      targetId: s.id,
      detail: { workshopId: s.workshopId, shortList: s.shortList },
    }),
  ]);
}

/** Whether a voting session or an action plan uses the statement (then it stays, and shown). */
async function statementUse(d1: D1Database, s: { id: string; workshopId: string }) {
  const used = await d1
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM voting_sessions v, json_each(v.statement_ids) j
                      WHERE v.workshop_id = ?1 AND j.value = ?2) AS voted,
              EXISTS (SELECT 1 FROM action_plans WHERE statement_id = ?2) AS planned`,
    )
    .bind(s.workshopId, s.id)
    .first<{ voted: number; planned: number }>();
  return { voted: Boolean(used?.voted), planned: Boolean(used?.planned) };
}

/** A collected statement, refused (no change) once the workshop holds {@link MAX_COLLECTED}. */
export function insertCollected(
  d1: D1Database,
  workshopId: string,
  id: string,
  text: string,
  kind: "gives" | "takes",
  source: "participant" | "facilitator",
  whileCode?: string,
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO statements (id, workshop_id, text, kind, source, short_list, position)
       SELECT ?1, ?2, ?3, ?4, ?5, 0, (SELECT COUNT(*) FROM statements WHERE workshop_id = ?2 AND short_list = 0)
       WHERE (SELECT COUNT(*) FROM statements WHERE workshop_id = ?2 AND short_list = 0) < ?6
         AND (?7 IS NULL OR EXISTS (SELECT 1 FROM workshops WHERE id = ?2 AND join_code = ?7 AND stage = 'collect'))`,
    )
    .bind(id, workshopId, text, kind, source, MAX_COLLECTED, whileCode ?? null);
}
