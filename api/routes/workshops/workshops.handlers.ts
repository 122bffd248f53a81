import { SHORT_LIST_MAX } from "../../../shared/schemas/workshop.ts";
import { requireUser } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { type FieldError, Problem } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { notifyRoom } from "../../rooms/live.ts";
import { freshCode } from "./codes.ts";
import { deleteWorkshop } from "./workshop-delete.service.ts";
import { WorkshopProblem } from "./workshop-problem.ts";
import * as routes from "./workshops.routes.ts";
import {
  assertCentreRound,
  centreFor,
  getStatement,
  getWorkshop,
  getWorkshopDetail,
  listStatements,
  listWorkshops,
  statementFor,
  workshopFor,
} from "./workshops.service.ts";

/** Collected statements one workshop takes at most. */
export const MAX_COLLECTED = 1000;

export const workshopRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const { centreId } = await centreFor(c.env.DB, requireUser(c), c.req.valid("param").centreId);
    return c.json(await listWorkshops(c.env.DB, centreId), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { centreId, networkId } = await centreFor(c.env.DB, p, c.req.valid("param").centreId);
    const input = c.req.valid("json");
    const d1 = c.env.DB;
    if (input.roundId) await assertCentreRound(d1, centreId, input.roundId, "roundId");
    const id = newId();
    await d1.batch([
      d1
        .prepare(
          "INSERT INTO workshops (id, centre_id, round_id, title, stage, join_code) VALUES (?, ?, ?, ?, 'collect', ?)",
        )
        .bind(id, centreId, input.roundId ?? null, input.title, await freshCode(d1)),
      auditStatement(d1, p, { action: "workshop.create", networkId, targetType: "workshop", targetId: id }),
    ]);
    return c.json(await getWorkshop(d1, id), 201);
  })
  .openapi(routes.get, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    return c.json(await getWorkshopDetail(c.env.DB, w.id), 200);
  })
  .openapi(routes.update, async (c) => {
    const p = requireUser(c);
    const w = await workshopFor(c.env.DB, p, c.req.valid("param").workshopId);
    const input = c.req.valid("json");
    const d1 = c.env.DB;
    if (input.roundId) await assertCentreRound(d1, w.centreId, input.roundId, "roundId");
    const sets: string[] = [];
    const values: unknown[] = [];
    const set = (column: string, value: unknown) => {
      sets.push(`${column} = ?`);
      values.push(value);
    };
    if (input.title !== undefined) set("title", input.title);
    if (input.roundId !== undefined) set("round_id", input.roundId);
    if (input.stage !== undefined && input.stage !== w.stage) {
      set("stage", input.stage);
      // One code for the whole workshop: the phones in the room keep it from collecting to voting
      // and back. Only a workshop from before that rule (its code cleared) gets a new one.
      if (!w.joinCode) set("join_code", await freshCode(d1));
    }
    if (sets.length) {
      await d1.batch([
        d1.prepare(`UPDATE workshops SET ${sets.join(", ")} WHERE id = ?`).bind(...values, w.id),
        auditStatement(d1, p, {
          action: "workshop.update",
          networkId: w.networkId,
          targetType: "workshop",
          targetId: w.id,
          detail: input,
        }),
      ]);
      notifyRoom(c, w.id, "stage");
    }
    return c.json(await getWorkshop(d1, w.id), 200);
  })
  .openapi(routes.remove, async (c) => {
    const p = requireUser(c);
    const w = await workshopFor(c.env.DB, p, c.req.valid("param").workshopId);
    await deleteWorkshop(c.env.DB, p, w);
    return c.body(null, 204);
  })
  .openapi(routes.listStatements, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    c.header("cache-control", "no-store");
    return c.json(await listStatements(c.env.DB, w.id), 200);
  })
  .openapi(routes.createStatement, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    const input = c.req.valid("json");
    const d1 = c.env.DB;
    const id = newId();
    if (input.kind) {
      const [insert] = await d1.batch([insertCollected(d1, w.id, id, input.text, input.kind, "facilitator")]);
      if (insert?.meta.changes !== 1)
        throw new WorkshopProblem(
          409,
          "workshop-full",
          `The workshop already has ${MAX_COLLECTED} collected statements.`,
        );
      notifyRoom(c, w.id, "statements");
      return c.json({ id }, 201);
    }
    const merged = [...new Set(input.mergedFrom ?? [])];
    if (merged.length) {
      const { results } = await d1
        .prepare(
          "SELECT id FROM statements WHERE workshop_id = ? AND short_list = 0 AND hidden = 0 AND id IN (SELECT value FROM json_each(?))",
        )
        .bind(w.id, JSON.stringify(merged))
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
        .bind(id, w.id, input.text, SHORT_LIST_MAX),
      d1
        .prepare(
          `UPDATE statements SET merged_into = ?1
           WHERE workshop_id = ?2 AND short_list = 0 AND hidden = 0 AND id IN (SELECT value FROM json_each(?3))
             AND EXISTS (SELECT 1 FROM statements WHERE id = ?1)`,
        )
        .bind(id, w.id, JSON.stringify(merged)),
    ]);
    if (insert?.meta.changes !== 1)
      throw new WorkshopProblem(
        409,
        "short-list-full",
        `The short list already has ${SHORT_LIST_MAX} statements, the most it may have.`,
      );
    notifyRoom(c, w.id, "statements");
    return c.json({ id }, 201);
  })
  .openapi(routes.updateStatement, async (c) => {
    const p = requireUser(c);
    const s = await statementFor(c.env.DB, p, c.req.valid("param").statementId);
    const input = c.req.valid("json");
    const d1 = c.env.DB;
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
        .prepare(
          "SELECT 1 FROM statements WHERE id = ? AND workshop_id = ? AND short_list = 1 AND hidden = 0",
        )
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
    const writes = [
      d1.prepare(`UPDATE statements SET ${sets.join(", ")} WHERE id = ?`).bind(...values, s.id),
    ];
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
    notifyRoom(c, s.workshopId, "statements");
    return c.json(await getStatement(d1, s.id), 200);
  })
  .openapi(routes.deleteStatement, async (c) => {
    const p = requireUser(c);
    const s = await statementFor(c.env.DB, p, c.req.valid("param").statementId);
    const d1 = c.env.DB;
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
    notifyRoom(c, s.workshopId, "statements");
    return c.body(null, 204);
  });

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
