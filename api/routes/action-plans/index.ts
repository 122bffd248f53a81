/**
 * Action plans of a centre: for the top statements of its workshops (per team), actions with owner,
 * due date and status, the survey scale that should move, and its follow-up at the next round.
 */
import type { ActionPlanDetail } from "../../../shared/schemas/action-plan.ts";
import { MAX_ITEMS_PER_PLAN } from "../../../shared/schemas/action-plan.ts";
import { requireUser } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId, nowIso } from "../../lib/ids.ts";
import { Problem } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { centreFor } from "../workshops/workshops.service.ts";
import * as routes from "./action-plans.routes.ts";
import {
  checkRefs,
  getItem,
  getPlan,
  itemFor,
  latestPublishedRound,
  listPlans,
  planFor,
} from "./action-plans.service.ts";
import { followUp } from "./follow-up.service.ts";

async function detail(d1: D1Database, planId: string, networkId: string): Promise<ActionPlanDetail> {
  const plan = await getPlan(d1, planId);
  return { ...plan, followUp: await followUp(d1, { ...plan, networkId }) };
}

function insertItem(
  d1: D1Database,
  planId: string,
  item: { text: string; owner?: string; dueOn?: string; status?: string },
  id = newId(),
): D1PreparedStatement {
  // The position comes after the plan's last action; refused (no change) past the most a plan holds.
  return d1
    .prepare(
      `INSERT INTO action_items (id, plan_id, text, owner, due_on, status, position)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, (SELECT COALESCE(MAX(position) + 1, 0) FROM action_items WHERE plan_id = ?2)
       WHERE (SELECT COUNT(*) FROM action_items WHERE plan_id = ?2) < ?7`,
    )
    .bind(
      id,
      planId,
      item.text,
      item.owner ?? null,
      item.dueOn ?? null,
      item.status ?? "planned",
      MAX_ITEMS_PER_PLAN,
    );
}

const PLAN_COLUMNS = {
  title: "title",
  goal: "goal",
  priority: "priority",
  teamId: "team_id",
  workshopId: "workshop_id",
  statementId: "statement_id",
  scaleKey: "scale_key",
  themeKey: "theme_key",
  notes: "notes",
  status: "status",
  baselineRoundId: "baseline_round_id",
} as const;

export const actionPlansRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const { centreId } = await centreFor(c.env.DB, requireUser(c), c.req.valid("param").centreId);
    return c.json(await listPlans(c.env.DB, centreId, c.req.valid("query")), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { centreId, networkId } = await centreFor(c.env.DB, p, c.req.valid("param").centreId);
    const { items = [], ...input } = c.req.valid("json");
    const d1 = c.env.DB;
    const refs = await checkRefs(d1, centreId, input);
    const workshopId = input.workshopId ?? refs.statementWorkshop;
    const baselineRoundId =
      input.baselineRoundId ?? refs.workshopRound ?? (await latestPublishedRound(d1, centreId));
    const id = newId();
    const values = { ...input, workshopId, baselineRoundId };
    const columns = Object.entries(PLAN_COLUMNS).filter(
      ([k]) => values[k as keyof typeof values] !== undefined,
    );
    await d1.batch([
      d1
        .prepare(
          `INSERT INTO action_plans (id, centre_id, ${columns.map(([, col]) => col).join(", ")})
           VALUES (?, ?, ${columns.map(() => "?").join(", ")})`,
        )
        .bind(id, centreId, ...columns.map(([k]) => values[k as keyof typeof values] ?? null)),
      ...items.map((item) => insertItem(d1, id, item)),
      auditStatement(d1, p, {
        action: "action-plan.create",
        networkId,
        targetType: "action-plan",
        targetId: id,
      }),
    ]);
    return c.json(await detail(d1, id, networkId), 201);
  })
  .openapi(routes.get, async (c) => {
    const plan = await planFor(c.env.DB, requireUser(c), c.req.valid("param").planId);
    return c.json(await detail(c.env.DB, plan.id, plan.networkId), 200);
  })
  .openapi(routes.update, async (c) => {
    const p = requireUser(c);
    const plan = await planFor(c.env.DB, p, c.req.valid("param").planId);
    const input = c.req.valid("json");
    const d1 = c.env.DB;
    await checkRefs(d1, plan.centreId, {
      teamId: input.teamId,
      workshopId: input.workshopId,
      statementId: input.statementId,
      baselineRoundId: input.baselineRoundId,
    });
    if (input.statementId && input.workshopId === undefined && plan.workshopId) {
      // A statement from another of the centre's workshops must come with that workshop.
      const same = await d1
        .prepare("SELECT 1 FROM statements WHERE id = ? AND workshop_id = ?")
        .bind(input.statementId, plan.workshopId)
        .first();
      if (!same)
        throw new Problem(422, "The statement is not of the plan's workshop.", [
          { code: "unknown", path: "statementId", message: "Not a statement of the plan's workshop." },
        ]);
    }
    const columns = Object.entries(PLAN_COLUMNS).filter(
      ([k]) => input[k as keyof typeof input] !== undefined,
    );
    await d1.batch([
      d1
        .prepare(
          `UPDATE action_plans SET ${columns.map(([, col]) => `${col} = ?`).join(", ")}, updated_at = ? WHERE id = ?`,
        )
        .bind(...columns.map(([k]) => input[k as keyof typeof input] ?? null), nowIso(), plan.id),
      auditStatement(d1, p, {
        action: "action-plan.update",
        networkId: plan.networkId,
        targetType: "action-plan",
        targetId: plan.id,
        detail: input,
      }),
    ]);
    return c.json(await detail(d1, plan.id, plan.networkId), 200);
  })
  .openapi(routes.remove, async (c) => {
    const p = requireUser(c);
    const plan = await planFor(c.env.DB, p, c.req.valid("param").planId);
    const d1 = c.env.DB;
    await d1.batch([
      d1.prepare("DELETE FROM action_items WHERE plan_id = ?").bind(plan.id),
      d1.prepare("DELETE FROM action_plans WHERE id = ?").bind(plan.id),
      auditStatement(d1, p, {
        action: "action-plan.delete",
        networkId: plan.networkId,
        targetType: "action-plan",
        targetId: plan.id,
      }),
    ]);
    return c.body(null, 204);
  })
  .openapi(routes.createItem, async (c) => {
    const plan = await planFor(c.env.DB, requireUser(c), c.req.valid("param").planId);
    const d1 = c.env.DB;
    const id = newId();
    const [insert] = await d1.batch([
      insertItem(d1, plan.id, c.req.valid("json"), id),
      d1.prepare("UPDATE action_plans SET updated_at = ? WHERE id = ?").bind(nowIso(), plan.id),
    ]);
    if (insert?.meta.changes !== 1)
      throw new Problem(409, `The plan already has ${MAX_ITEMS_PER_PLAN} actions, the most it may have.`);
    return c.json(await getItem(d1, id), 201);
  })
  .openapi(routes.updateItem, async (c) => {
    const { itemId, planId } = await itemFor(c.env.DB, requireUser(c), c.req.valid("param").itemId);
    const input = c.req.valid("json");
    const d1 = c.env.DB;
    const columns = (
      [
        ["text", input.text],
        ["owner", input.owner],
        ["due_on", input.dueOn],
        ["status", input.status],
        ["position", input.position],
      ] as const
    ).filter(([, v]) => v !== undefined);
    await d1.batch([
      d1
        .prepare(`UPDATE action_items SET ${columns.map(([col]) => `${col} = ?`).join(", ")} WHERE id = ?`)
        .bind(...columns.map(([, v]) => v ?? null), itemId),
      d1.prepare("UPDATE action_plans SET updated_at = ? WHERE id = ?").bind(nowIso(), planId),
    ]);
    return c.json(await getItem(d1, itemId), 200);
  })
  .openapi(routes.removeItem, async (c) => {
    const { itemId, planId } = await itemFor(c.env.DB, requireUser(c), c.req.valid("param").itemId);
    const d1 = c.env.DB;
    await d1.batch([
      d1.prepare("DELETE FROM action_items WHERE id = ?").bind(itemId),
      d1.prepare("UPDATE action_plans SET updated_at = ? WHERE id = ?").bind(nowIso(), planId),
    ]);
    return c.body(null, 204);
  });
