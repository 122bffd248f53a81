import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  createdSchema,
  statementCreateSchema,
  statementSchema,
  statementUpdateSchema,
  workshopCreateSchema,
  workshopDetailSchema,
  workshopRoomSchema,
  workshopSchema,
  workshopUpdateSchema,
} from "../../../shared/schemas/workshop.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const centreParams = z.object({ centreId: idParam });
const workshopParams = z.object({ workshopId: idParam });
const statementParams = z.object({ statementId: idParam });

export const list = createRoute({
  method: "get",
  path: "/centres/{centreId}/workshops",
  tags: ["workshops"],
  summary: "Workshop series of a centre, newest first",
  request: { params: centreParams },
  responses: { 200: jsonResponse(z.array(workshopSchema), "Workshops"), ...problems(401, 403, 404) },
});

export const create = createRoute({
  method: "post",
  path: "/centres/{centreId}/workshops",
  tags: ["workshops"],
  summary: "Start a workshop series (stage collect, with a join code for participants)",
  request: { params: centreParams, ...jsonBody(workshopCreateSchema) },
  responses: { 201: jsonResponse(workshopSchema, "Created"), ...problems(401, 403, 404, 422) },
});

export const get = createRoute({
  method: "get",
  path: "/workshops/{workshopId}",
  tags: ["workshops"],
  summary: "A workshop with its statements (collected and short list) and voting sessions",
  request: { params: workshopParams },
  responses: { 200: jsonResponse(workshopDetailSchema, "The workshop"), ...problems(401, 403, 404) },
});

export const room = createRoute({
  method: "get",
  path: "/workshops/{workshopId}/room",
  tags: ["workshops"],
  summary:
    "How many phones follow the workshop live now (open WebSockets to its room), for the presenter; a count only",
  request: { params: workshopParams },
  responses: { 200: jsonResponse(workshopRoomSchema, "The room"), ...problems(401, 403, 404) },
});

export const update = createRoute({
  method: "patch",
  path: "/workshops/{workshopId}",
  tags: ["workshops"],
  summary:
    "Rename, tie to a round, or move to another stage (collect → condense → prioritise → plan → follow-up)",
  request: { params: workshopParams, ...jsonBody(workshopUpdateSchema) },
  responses: { 200: jsonResponse(workshopSchema, "Updated"), ...problems(401, 403, 404, 422) },
});

export const remove = createRoute({
  method: "delete",
  path: "/workshops/{workshopId}",
  tags: ["workshops"],
  summary:
    "Delete a workshop series with its statements, voting sessions and codes; refused (409) once ballots are cast or action plans written from it",
  request: { params: workshopParams },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404, 409) },
});

export const listStatements = createRoute({
  method: "get",
  path: "/workshops/{workshopId}/statements",
  tags: ["workshops"],
  summary: "Statements of a workshop, short list first (the facilitator's live view polls this)",
  request: { params: workshopParams },
  responses: { 200: jsonResponse(z.array(statementSchema), "Statements"), ...problems(401, 403, 404) },
});

export const createStatement = createRoute({
  method: "post",
  path: "/workshops/{workshopId}/statements",
  tags: ["workshops"],
  summary:
    "Add a statement: without `kind` to the short list (optionally condensing collected ones, `mergedFrom`), with `kind` as a collected one",
  request: {
    params: workshopParams,
    ...jsonBody(statementCreateSchema.openapi({ not: { required: ["kind", "mergedFrom"] } })),
  },
  responses: { 201: jsonResponse(createdSchema, "Created"), ...problems(401, 403, 404, 409, 422) },
});

export const updateStatement = createRoute({
  method: "patch",
  path: "/statements/{statementId}",
  tags: ["workshops"],
  summary: "Edit a statement's wording, order or kind, or group a collected statement under a short-list one",
  request: { params: statementParams, ...jsonBody(statementUpdateSchema) },
  responses: { 200: jsonResponse(statementSchema, "Updated"), ...problems(401, 403, 404, 422) },
});

export const deleteStatement = createRoute({
  method: "delete",
  path: "/statements/{statementId}",
  tags: ["workshops"],
  summary:
    "Remove a statement (not one a voting session or action plan uses); statements grouped under it are ungrouped",
  request: { params: statementParams },
  responses: { 204: { description: "Removed" }, ...problems(401, 403, 404, 409) },
});
