/**
 * Reading and checking action plans: who may, what they refer to, and which actions are overdue.
 */
import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
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
import {
  actionItems,
  actionPlans,
  centres,
  roundCentres,
  statements,
  teams,
  workshops,
} from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { assertCentreAccess, type UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId, nowIso } from "../../lib/ids.ts";
import { type FieldError, notFound, Problem } from "../../lib/problem.ts";

type ItemRow = typeof actionItems.$inferSelect;
type PlanRowWithText = typeof actionPlans.$inferSelect & { statementText: string | null };

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

const isOverdue = (r: ItemRow, day: string) =>
  r.dueOn !== null && r.dueOn < day && r.status !== "done" && r.status !== "dropped";

export const toItem = (r: ItemRow, day = todayIso()): ActionItem => ({
  id: r.id,
  planId: r.planId,
  text: r.text,
  owner: r.owner ?? null,
  dueOn: r.dueOn ?? null,
  status: r.status,
  position: r.position,
  overdue: isOverdue(r, day),
});

function toPlan(r: PlanRowWithText, items: ActionItem[]): ActionPlan {
  return {
    id: r.id,
    centreId: r.centreId,
    teamId: r.teamId ?? null,
    workshopId: r.workshopId ?? null,
    statementId: r.statementId ?? null,
    statementText: r.statementText ?? null,
    title: r.title,
    goal: r.goal ?? null,
    priority: r.priority ?? null,
    scaleKey: r.scaleKey ?? null,
    themeKey: r.themeKey ?? null,
    notes: r.notes ?? null,
    status: r.status,
    baselineRoundId: r.baselineRoundId ?? null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt ?? null,
    items,
    overdueItems: items.filter((i) => i.overdue).length,
  };
}

/** A plan with the wording of the statement it takes up. */
const selectPlans = (d1: D1Database) =>
  getDb(d1)
    .select({ ...getTableColumns(actionPlans), statementText: statements.text })
    .from(actionPlans)
    .leftJoin(statements, eq(statements.id, actionPlans.statementId));

/** Actions in their order; rowid breaks ties as the order they were added. */
const itemOrder = [asc(actionItems.position), asc(sql`${actionItems}.rowid`)];

export async function listPlans(
  d1: D1Database,
  centreId: string,
  filter: { teamId?: string; workshopId?: string; status?: ActionPlan["status"] },
): Promise<ActionPlan[]> {
  const db = getDb(d1);
  const [plans, items] = await db.batch([
    selectPlans(d1)
      .where(
        and(
          eq(actionPlans.centreId, centreId),
          filter.teamId === undefined ? undefined : eq(actionPlans.teamId, filter.teamId),
          filter.workshopId === undefined ? undefined : eq(actionPlans.workshopId, filter.workshopId),
          filter.status === undefined ? undefined : eq(actionPlans.status, filter.status),
        ),
      )
      // Prioritised plans first, in priority order; the rest as they were made.
      .orderBy(
        asc(sql`${actionPlans.priority} IS NULL`),
        asc(actionPlans.priority),
        asc(actionPlans.createdAt),
        asc(actionPlans.id),
      ),
    db
      .select(getTableColumns(actionItems))
      .from(actionItems)
      .innerJoin(actionPlans, eq(actionPlans.id, actionItems.planId))
      .where(eq(actionPlans.centreId, centreId))
      .orderBy(...itemOrder),
  ]);
  const day = todayIso();
  const byPlan = new Map<string, ActionItem[]>();
  for (const r of items) {
    const list = byPlan.get(r.planId) ?? [];
    list.push(toItem(r, day));
    byPlan.set(r.planId, list);
  }
  return plans.map((r) => toPlan(r, byPlan.get(r.id) ?? []));
}

export async function getPlan(d1: D1Database, planId: string): Promise<ActionPlan> {
  const db = getDb(d1);
  const [plan, items] = await db.batch([
    selectPlans(d1).where(eq(actionPlans.id, planId)),
    db
      .select()
      .from(actionItems)
      .where(eq(actionItems.planId, planId))
      .orderBy(...itemOrder),
  ]);
  const r = plan[0];
  if (!r) throw notFound("Action plan");
  const day = todayIso();
  return toPlan(
    r,
    items.map((i) => toItem(i, day)),
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
  const r = await getDb(d1).select().from(actionItems).where(eq(actionItems.id, itemId)).get();
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
  const db = getDb(d1);
  // A reference not given is looked up as NULL, which matches nothing: four reads, one batch.
  const [team, workshop, statement, round] = await db.batch([
    db
      .select({ ok: sql<number>`1` })
      .from(teams)
      .where(and(eq(teams.id, sql`${refs.teamId ?? null}`), eq(teams.centreId, centreId))),
    db
      .select({ roundId: workshops.roundId })
      .from(workshops)
      .where(and(eq(workshops.id, sql`${refs.workshopId ?? null}`), eq(workshops.centreId, centreId))),
    db
      .select({ workshopId: statements.workshopId, roundId: workshops.roundId })
      .from(statements)
      .innerJoin(workshops, eq(workshops.id, statements.workshopId))
      .where(and(eq(statements.id, sql`${refs.statementId ?? null}`), eq(workshops.centreId, centreId))),
    db
      .select({ ok: sql<number>`1` })
      .from(roundCentres)
      .where(
        and(
          eq(roundCentres.roundId, sql`${refs.baselineRoundId ?? null}`),
          eq(roundCentres.centreId, centreId),
        ),
      ),
  ]);
  const errors: FieldError[] = [];
  if (refs.teamId && !team[0])
    errors.push({ code: "unknown", path: "teamId", message: "Not a team of this centre." });
  if (refs.workshopId && !workshop[0])
    errors.push({ code: "unknown", path: "workshopId", message: "Not a workshop of this centre." });
  const statementWorkshop = statement[0]?.workshopId ?? null;
  if (refs.statementId && !statementWorkshop)
    errors.push({
      code: "unknown",
      path: "statementId",
      message: "Not a statement of this centre's workshops.",
    });
  else if (refs.statementId && refs.workshopId && statementWorkshop !== refs.workshopId)
    errors.push({ code: "unknown", path: "statementId", message: "Not a statement of that workshop." });
  if (refs.baselineRoundId && !round[0])
    errors.push({ code: "unknown", path: "baselineRoundId", message: "Not a round of this centre." });
  if (errors.length) throw new Problem(422, "The plan refers to things outside its centre.", errors);
  return {
    statementWorkshop,
    workshopRound: (refs.workshopId ? workshop[0]?.roundId : statement[0]?.roundId) ?? null,
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
