/**
 * Action plans of a centre: for the top statements of its workshops (per team), actions with owner,
 * due date and status, the survey scale that should move, and its follow-up at the next round.
 */
import type { ActionPlanDetail } from "../../../shared/schemas/action-plan.ts";
import { requireUser } from "../../lib/access.ts";
import { createRouter } from "../../lib/router.ts";
import { centreFor } from "../workshops/workshops.service.ts";
import * as routes from "./action-plans.routes.ts";
import {
  addItem,
  assertStatementOfWorkshop,
  checkRefs,
  createPlan,
  deleteItem,
  deletePlan,
  getItem,
  getPlan,
  itemFor,
  latestPublishedRound,
  listPlans,
  planFor,
  updateItem,
  updatePlan,
} from "./action-plans.service.ts";
import { followUp } from "./follow-up.service.ts";

async function detail(d1: D1Database, planId: string, networkId: string): Promise<ActionPlanDetail> {
  const plan = await getPlan(d1, planId);
  return { ...plan, followUp: await followUp(d1, { ...plan, networkId }) };
}

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
    const id = await createPlan(
      d1,
      p,
      { centreId, networkId },
      { ...input, workshopId, baselineRoundId },
      items,
    );
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
    // A statement from another of the centre's workshops must come with that workshop.
    if (input.statementId && input.workshopId === undefined && plan.workshopId)
      await assertStatementOfWorkshop(d1, input.statementId, plan.workshopId);
    await updatePlan(d1, p, plan, input);
    return c.json(await detail(d1, plan.id, plan.networkId), 200);
  })
  .openapi(routes.remove, async (c) => {
    const p = requireUser(c);
    const plan = await planFor(c.env.DB, p, c.req.valid("param").planId);
    await deletePlan(c.env.DB, p, plan);
    return c.body(null, 204);
  })
  .openapi(routes.createItem, async (c) => {
    const plan = await planFor(c.env.DB, requireUser(c), c.req.valid("param").planId);
    const d1 = c.env.DB;
    const id = await addItem(d1, plan.id, c.req.valid("json"));
    return c.json(await getItem(d1, id), 201);
  })
  .openapi(routes.updateItem, async (c) => {
    const { itemId, planId } = await itemFor(c.env.DB, requireUser(c), c.req.valid("param").itemId);
    const d1 = c.env.DB;
    await updateItem(d1, { itemId, planId }, c.req.valid("json"));
    return c.json(await getItem(d1, itemId), 200);
  })
  .openapi(routes.removeItem, async (c) => {
    const { itemId, planId } = await itemFor(c.env.DB, requireUser(c), c.req.valid("param").itemId);
    await deleteItem(c.env.DB, { itemId, planId });
    return c.body(null, 204);
  });
