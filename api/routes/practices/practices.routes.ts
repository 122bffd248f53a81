import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  practiceCreateSchema,
  practiceListQuerySchema,
  practicePlanDraftSchema,
  practiceSchema,
  practiceUpdateSchema,
} from "../../../shared/schemas/practice.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const tags = ["practices"];
const networkParams = z.object({ networkId: idParam });
const practiceParams = z.object({ practiceId: idParam });

export const list = createRoute({
  method: "get",
  path: "/networks/{networkId}/practices",
  tags,
  summary:
    "The practice library: good practices of the network, searchable (q, full text), by theme, scale, centre or seminar. Best matches first when searching, else newest first.",
  request: { params: networkParams, query: practiceListQuerySchema },
  responses: { 200: jsonResponse(z.array(practiceSchema), "Practices"), ...problems(400, 401, 404) },
});

export const create = createRoute({
  method: "post",
  path: "/networks/{networkId}/practices",
  tags,
  summary:
    'Add a practice ("how we did it"): a facilitator for their own centre, the coordinator for any centre or the network',
  request: { params: networkParams, ...jsonBody(practiceCreateSchema) },
  responses: { 201: jsonResponse(practiceSchema, "Added"), ...problems(401, 403, 404, 422) },
});

export const get = createRoute({
  method: "get",
  path: "/practices/{practiceId}",
  tags,
  summary: "One practice; its centre is named to others only if the centre agreed",
  request: { params: practiceParams },
  responses: { 200: jsonResponse(practiceSchema, "The practice"), ...problems(401, 404) },
});

export const update = createRoute({
  method: "patch",
  path: "/practices/{practiceId}",
  tags,
  summary:
    "Change a practice, or whether other centres may see its centre's name (its centre's facilitator, or the coordinator)",
  request: { params: practiceParams, ...jsonBody(practiceUpdateSchema) },
  responses: { 200: jsonResponse(practiceSchema, "Updated"), ...problems(401, 403, 404, 422) },
});

export const remove = createRoute({
  method: "delete",
  path: "/practices/{practiceId}",
  tags,
  summary:
    "Delete a practice (its centre's facilitator, or the coordinator); refused while an action plan cites it",
  request: { params: practiceParams },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404, 409) },
});

export const planDraft = createRoute({
  method: "get",
  path: "/practices/{practiceId}/plan-draft",
  tags,
  summary:
    "An action plan filled in from the practice (title, theme, scale, actions from its bullet lines, the text), for a facilitator to edit and save through the action-plan routes",
  request: { params: practiceParams },
  responses: { 200: jsonResponse(practicePlanDraftSchema, "The draft"), ...problems(401, 403, 404) },
});
