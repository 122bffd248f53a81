/**
 * Reading and checking action plans: who may, what they refer to, and which actions are overdue.
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { todayIso } from "../../../shared/dates.ts";
import {
  type ActionItem,
  type ActionPlan,
  type actionItemCreateSchema,
  type actionItemUpdateSchema,
  type actionPlanCreateSchema,
  type actionPlanUpdateSchema,
  MAX_ITEMS_PER_PLAN,
} from "../../../shared/schemas/action-plan.ts";
import { getDb } from "../../db/client.ts";
import { actionItems, actionPlans, centres, statements } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { assertCentreAccess, type UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId, nowIso } from "../../lib/ids.ts";
import { type FieldError, notFound, Problem } from "../../lib/problem.ts";

type Row = Record<string, unknown>;

export interface PlanRow {
  id: string;
  centreId: string;
  networkId: string;
  teamId: string | null;
  workshopId: string | null;
  statementId: string | null;
  scaleKey: string | null;
  baselineRoundId: string | null;
}

const isOverdue = (r: Row, day: string) =>
  r.due_on !== null && (r.due_on as string) < day && r.status !== "done" && r.status !== "dropped";

export const toItem = (r: Row, day = todayIso()): ActionItem => ({
  id: r.id as string,
  planId: r.plan_id as string,
  text: r.text as string,
  owner: (r.owner as string | null) ?? null,
  dueOn: (r.due_on as string | null) ?? null,
  status: r.status as ActionItem["status"],
  position: r.position as number,
  overdue: isOverdue(r, day),
});

function toPlan(r: Row, items: ActionItem[]): ActionPlan {
  return {
    id: r.id as string,
    centreId: r.centre_id as string,
    teamId: (r.team_id as string | null) ?? null,
    workshopId: (r.workshop_id as string | null) ?? null,
    statementId: (r.statement_id as string | null) ?? null,
    statementText: (r.statement_text as string | null) ?? null,
    title: r.title as string,
    goal: (r.goal as string | null) ?? null,
    priority: (r.priority as number | null) ?? null,
    scaleKey: (r.scale_key as string | null) ?? null,
    themeKey: (r.theme_key as string | null) ?? null,
    notes: (r.notes as string | null) ?? null,
    status: r.status as ActionPlan["status"],
    baselineRoundId: (r.baseline_round_id as string | null) ?? null,
    createdAt: r.created_at as string,
    updatedAt: (r.updated_at as string | null) ?? null,
    items,
    overdueItems: items.filter((i) => i.overdue).length,
  };
}

const PLAN_SELECT = `SELECT ap.*, s.text AS statement_text FROM action_plans ap
  LEFT JOIN statements s ON s.id = ap.statement_id`;

export async function listPlans(
  d1: D1Database,
  centreId: string,
  filter: { teamId?: string; workshopId?: string; status?: string },
): Promise<ActionPlan[]> {
  const where = ["ap.centre_id = ?"];
  const values: unknown[] = [centreId];
  for (const [column, value] of [
    ["team_id", filter.teamId],
    ["workshop_id", filter.workshopId],
    ["status", filter.status],
  ] as const) {
    if (value === undefined) continue;
    where.push(`ap.${column} = ?`);
    values.push(value);
  }
  const [plans, items] = await d1.batch<Row>([
    d1
      .prepare(
        `${PLAN_SELECT} WHERE ${where.join(" AND ")}
         ORDER BY ap.priority IS NULL, ap.priority, ap.created_at, ap.id`,
      )
      .bind(...values),
    d1
      .prepare(
        `SELECT i.* FROM action_items i JOIN action_plans ap ON ap.id = i.plan_id
         WHERE ap.centre_id = ? ORDER BY i.position, i.rowid`,
      )
      .bind(centreId),
  ]);
  const day = todayIso();
  const byPlan = new Map<string, ActionItem[]>();
  for (const r of items?.results ?? []) {
    const list = byPlan.get(r.plan_id as string) ?? [];
    list.push(toItem(r, day));
    byPlan.set(r.plan_id as string, list);
  }
  return (plans?.results ?? []).map((r) => toPlan(r, byPlan.get(r.id as string) ?? []));
}

export async function getPlan(d1: D1Database, planId: string): Promise<ActionPlan> {
  const [plan, items] = await d1.batch<Row>([
    d1.prepare(`${PLAN_SELECT} WHERE ap.id = ?`).bind(planId),
    d1.prepare("SELECT * FROM action_items WHERE plan_id = ? ORDER BY position, rowid").bind(planId),
  ]);
  const r = plan?.results[0];
  if (!r) throw notFound("Action plan");
  const day = todayIso();
  return toPlan(
    r,
    (items?.results ?? []).map((i) => toItem(i, day)),
  );
}

/** The plan, if the caller may work in its centre (else 404, or 403 for a researcher). */
export async function planFor(d1: D1Database, p: UserPrincipal, planId: string): Promise<PlanRow> {
  const r = await getDb(d1)
    .select({
      id: actionPlans.id,
      centreId: actionPlans.centreId,
      networkId: centres.networkId,
      teamId: actionPlans.teamId,
      workshopId: actionPlans.workshopId,
      statementId: actionPlans.statementId,
      scaleKey: actionPlans.scaleKey,
      baselineRoundId: actionPlans.baselineRoundId,
    })
    .from(actionPlans)
    .innerJoin(centres, eq(centres.id, actionPlans.centreId))
    .where(eq(actionPlans.id, planId))
    .get();
  if (!r) throw notFound("Action plan");
  assertCentreAccess(p, r.networkId, r.centreId, "Action plan");
  return r;
}

/** An action, with its plan's centre, if the caller may work there. */
export async function itemFor(
  d1: D1Database,
  p: UserPrincipal,
  itemId: string,
): Promise<{ itemId: string; planId: string; networkId: string }> {
  const r = await getDb(d1)
    .select({
      itemId: actionItems.id,
      planId: actionItems.planId,
      centreId: actionPlans.centreId,
      networkId: centres.networkId,
    })
    .from(actionItems)
    .innerJoin(actionPlans, eq(actionPlans.id, actionItems.planId))
    .innerJoin(centres, eq(centres.id, actionPlans.centreId))
    .where(eq(actionItems.id, itemId))
    .get();
  if (!r) throw notFound("Action");
  assertCentreAccess(p, r.networkId, r.centreId, "Action");
  return { itemId: r.itemId, planId: r.planId, networkId: r.networkId };
}

export async function getItem(d1: D1Database, itemId: string): Promise<ActionItem> {
  const r = await d1.prepare("SELECT * FROM action_items WHERE id = ?").bind(itemId).first<Row>();
  if (!r) throw notFound("Action");
  return toItem(r);
}

export interface PlanRefs {
  teamId?: string | null;
  workshopId?: string | null;
  statementId?: string | null;
  baselineRoundId?: string | null;
}

/**
 * Team, workshop, statement and baseline round must belong to the plan's centre (422 naming the
 * field). Returns the statement's workshop, and the round of the plan's workshop (given, or the
 * statement's), for defaults.
 */
export async function checkRefs(
  d1: D1Database,
  centreId: string,
  refs: PlanRefs,
): Promise<{ statementWorkshop: string | null; workshopRound: string | null }> {
  const [team, workshop, statement, round] = await d1.batch<Row>([
    d1
      .prepare("SELECT 1 AS ok FROM teams WHERE id = ? AND centre_id = ?")
      .bind(refs.teamId ?? null, centreId),
    d1
      .prepare("SELECT round_id FROM workshops WHERE id = ? AND centre_id = ?")
      .bind(refs.workshopId ?? null, centreId),
    d1
      .prepare(
        "SELECT s.workshop_id, w.round_id FROM statements s JOIN workshops w ON w.id = s.workshop_id WHERE s.id = ? AND w.centre_id = ?",
      )
      .bind(refs.statementId ?? null, centreId),
    d1
      .prepare("SELECT 1 AS ok FROM round_centres WHERE round_id = ? AND centre_id = ?")
      .bind(refs.baselineRoundId ?? null, centreId),
  ]);
  const errors: FieldError[] = [];
  if (refs.teamId && !team?.results[0])
    errors.push({ code: "unknown", path: "teamId", message: "Not a team of this centre." });
  if (refs.workshopId && !workshop?.results[0])
    errors.push({ code: "unknown", path: "workshopId", message: "Not a workshop of this centre." });
  const statementWorkshop = (statement?.results[0]?.workshop_id as string | undefined) ?? null;
  if (refs.statementId && !statementWorkshop)
    errors.push({
      code: "unknown",
      path: "statementId",
      message: "Not a statement of this centre's workshops.",
    });
  else if (refs.statementId && refs.workshopId && statementWorkshop !== refs.workshopId)
    errors.push({ code: "unknown", path: "statementId", message: "Not a statement of that workshop." });
  if (refs.baselineRoundId && !round?.results[0])
    errors.push({ code: "unknown", path: "baselineRoundId", message: "Not a round of this centre." });
  if (errors.length) throw new Problem(422, "The plan refers to things outside its centre.", errors);
  return {
    statementWorkshop,
    workshopRound:
      ((refs.workshopId ? workshop?.results[0]?.round_id : statement?.results[0]?.round_id) as
        | string
        | null) ?? null,
  };
}

/** The centre's latest published round: where a new plan's baseline is by default. */
export async function latestPublishedRound(d1: D1Database, centreId: string): Promise<string | null> {
  const r = await d1
    .prepare(
      `SELECT r.id FROM rounds r JOIN round_centres rc ON rc.round_id = r.id
       WHERE rc.centre_id = ? AND r.status = 'published' ORDER BY r.opens_on DESC LIMIT 1`,
    )
    .bind(centreId)
    .first<{ id: string }>();
  return r?.id ?? null;
}

/** A new plan's fields; workshop and baseline may be found empty (null) when not given. */
type PlanFields = Omit<z.infer<typeof actionPlanCreateSchema>, "items" | "workshopId" | "baselineRoundId"> & {
  workshopId: string | null;
  baselineRoundId: string | null;
};
type PlanChanges = z.infer<typeof actionPlanUpdateSchema>;
type NewItem = z.infer<typeof actionItemCreateSchema>;
type ItemChanges = z.infer<typeof actionItemUpdateSchema>;

/**
 * An action after the plan's last one, refused (no change) once the plan holds
 * {@link MAX_ITEMS_PER_PLAN}. Raw SQL: the position and the limit are read in the INSERT itself, so
 * two actions added at once can neither share a position nor pass the limit together.
 */
function insertItem(d1: D1Database, planId: string, item: NewItem, id = newId()): D1PreparedStatement {
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

const touchPlan = (d1: D1Database, planId: string) =>
  statement(d1, getDb(d1).update(actionPlans).set({ updatedAt: nowIso() }).where(eq(actionPlans.id, planId)));

/** A new plan with its first actions and its audit entry, in one batch. Returns its id. */
export async function createPlan(
  d1: D1Database,
  p: UserPrincipal,
  centre: { centreId: string; networkId: string },
  fields: PlanFields,
  items: NewItem[],
): Promise<string> {
  const id = newId();
  await d1.batch([
    statement(
      d1,
      getDb(d1)
        .insert(actionPlans)
        .values({ ...fields, id, centreId: centre.centreId }),
    ),
    ...items.map((item) => insertItem(d1, id, item)),
    auditStatement(d1, p, {
      action: "action-plan.create",
      networkId: centre.networkId,
      targetType: "action-plan",
      targetId: id,
    }),
  ]);
  return id;
}

/** A statement from another of the centre's workshops must come with that workshop (else 422). */
export async function assertStatementOfWorkshop(d1: D1Database, statementId: string, workshopId: string) {
  const same = await getDb(d1)
    .select({ id: statements.id })
    .from(statements)
    .where(and(eq(statements.id, statementId), eq(statements.workshopId, workshopId)))
    .get();
  if (!same)
    throw new Problem(422, "The statement is not of the plan's workshop.", [
      { code: "unknown", path: "statementId", message: "Not a statement of the plan's workshop." },
    ]);
}

export async function updatePlan(d1: D1Database, p: UserPrincipal, plan: PlanRow, changes: PlanChanges) {
  await d1.batch([
    statement(
      d1,
      getDb(d1)
        .update(actionPlans)
        .set({ ...changes, updatedAt: nowIso() })
        .where(eq(actionPlans.id, plan.id)),
    ),
    auditStatement(d1, p, {
      action: "action-plan.update",
      networkId: plan.networkId,
      targetType: "action-plan",
      targetId: plan.id,
      detail: changes,
    }),
  ]);
}

export async function deletePlan(d1: D1Database, p: UserPrincipal, plan: PlanRow) {
  const db = getDb(d1);
  await d1.batch([
    statement(d1, db.delete(actionItems).where(eq(actionItems.planId, plan.id))),
    statement(d1, db.delete(actionPlans).where(eq(actionPlans.id, plan.id))),
    auditStatement(d1, p, {
      action: "action-plan.delete",
      networkId: plan.networkId,
      targetType: "action-plan",
      targetId: plan.id,
    }),
  ]);
}

/** Adds an action (409 when the plan is full). Returns its id. */
export async function addItem(d1: D1Database, planId: string, item: NewItem): Promise<string> {
  const id = newId();
  const [insert] = await d1.batch([insertItem(d1, planId, item, id), touchPlan(d1, planId)]);
  if (insert?.meta.changes !== 1)
    throw new Problem(409, `The plan already has ${MAX_ITEMS_PER_PLAN} actions, the most it may have.`);
  return id;
}

export async function updateItem(
  d1: D1Database,
  item: { itemId: string; planId: string },
  changes: ItemChanges,
) {
  await d1.batch([
    statement(d1, getDb(d1).update(actionItems).set(changes).where(eq(actionItems.id, item.itemId))),
    touchPlan(d1, item.planId),
  ]);
}

export async function deleteItem(d1: D1Database, item: { itemId: string; planId: string }) {
  await d1.batch([
    statement(d1, getDb(d1).delete(actionItems).where(eq(actionItems.id, item.itemId))),
    touchPlan(d1, item.planId),
  ]);
}
