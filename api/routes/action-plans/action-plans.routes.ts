import { createRoute, z } from "@hono/zod-openapi";
import {
  actionItemCreateSchema,
  actionItemSchema,
  actionItemUpdateSchema,
  actionPlanCreateSchema,
  actionPlanDetailSchema,
  actionPlanQuerySchema,
  actionPlanSchema,
  actionPlanUpdateSchema,
} from "../../../shared/schemas/action-plan.ts";
import { idParam } from "../../../shared/schemas/common.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const centreParams = z.object({ centreId: idParam });
const planParams = z.object({ planId: idParam });
const itemParams = z.object({ itemId: idParam });
const tags = ["action plans"];

export const list = createRoute({
  method: "get",
  path: "/centres/{centreId}/action-plans",
  tags,
  summary: "Action plans of a centre, by priority, with their actions and overdue flags",
  request: { params: centreParams, query: actionPlanQuerySchema },
  responses: { 200: jsonResponse(z.array(actionPlanSchema), "Plans"), ...problems(400, 401, 403, 404) },
});

export const create = createRoute({
  method: "post",
  path: "/centres/{centreId}/action-plans",
  tags,
  summary: "Write an action plan (optionally with its actions) for a team or the centre",
  request: { params: centreParams, ...jsonBody(actionPlanCreateSchema) },
  responses: { 201: jsonResponse(actionPlanDetailSchema, "Created"), ...problems(401, 403, 404, 422) },
});

export const get = createRoute({
  method: "get",
  path: "/action-plans/{planId}",
  tags,
  summary:
    "One plan with its follow-up: the scale's figure at the baseline round and the next published round, for the team or (under the minimum group size) the centre",
  request: { params: planParams },
  responses: { 200: jsonResponse(actionPlanDetailSchema, "The plan"), ...problems(401, 403, 404) },
});

export const update = createRoute({
  method: "patch",
  path: "/action-plans/{planId}",
  tags,
  summary: "Change a plan",
  request: { params: planParams, ...jsonBody(actionPlanUpdateSchema) },
  responses: { 200: jsonResponse(actionPlanDetailSchema, "Updated"), ...problems(401, 403, 404, 422) },
});

export const remove = createRoute({
  method: "delete",
  path: "/action-plans/{planId}",
  tags,
  summary: "Delete a plan and its actions (to keep it on record, set its status to dropped instead)",
  request: { params: planParams },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
});

export const createItem = createRoute({
  method: "post",
  path: "/action-plans/{planId}/items",
  tags,
  summary: "Add an action (owner, due date, status)",
  request: { params: planParams, ...jsonBody(actionItemCreateSchema) },
  responses: { 201: jsonResponse(actionItemSchema, "Created"), ...problems(401, 403, 404, 409, 422) },
});

export const updateItem = createRoute({
  method: "patch",
  path: "/action-items/{itemId}",
  tags,
  summary: "Change an action",
  request: { params: itemParams, ...jsonBody(actionItemUpdateSchema) },
  responses: { 200: jsonResponse(actionItemSchema, "Updated"), ...problems(401, 403, 404, 422) },
});

export const removeItem = createRoute({
  method: "delete",
  path: "/action-items/{itemId}",
  tags,
  summary: "Delete an action",
  request: { params: itemParams },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
});
