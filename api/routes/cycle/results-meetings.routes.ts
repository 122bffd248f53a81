import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  resultsMeetingCreateSchema,
  resultsMeetingSchema,
  resultsMeetingUpdateSchema,
} from "../../../shared/schemas/cycle.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const tags = ["results meetings"];
const centreParams = z.object({ centreId: idParam });
const meetingParams = z.object({ meetingId: idParam });

export const list = createRoute({
  method: "get",
  path: "/centres/{centreId}/results-meetings",
  tags,
  summary:
    "Notes from the centre's results meetings, newest first (the coordinator or the centre's facilitator)",
  request: { params: centreParams, query: z.object({ roundId: z.string().min(1).max(64).optional() }) },
  responses: {
    200: jsonResponse(z.array(resultsMeetingSchema), "Meetings"),
    ...problems(400, 401, 403, 404),
  },
});

export const create = createRoute({
  method: "post",
  path: "/centres/{centreId}/results-meetings",
  tags,
  summary:
    "Record a results meeting: date, how many attended, the attention points chosen (scale keys) and the decisions",
  request: { params: centreParams, ...jsonBody(resultsMeetingCreateSchema) },
  responses: {
    201: jsonResponse(resultsMeetingSchema, "Recorded"),
    ...problems(401, 403, 404, 409, 422),
  },
});

export const get = createRoute({
  method: "get",
  path: "/results-meetings/{meetingId}",
  tags,
  summary: "One results meeting",
  request: { params: meetingParams },
  responses: { 200: jsonResponse(resultsMeetingSchema, "The meeting"), ...problems(401, 403, 404) },
});

export const update = createRoute({
  method: "patch",
  path: "/results-meetings/{meetingId}",
  tags,
  summary: "Change the notes of a results meeting",
  request: { params: meetingParams, ...jsonBody(resultsMeetingUpdateSchema) },
  responses: { 200: jsonResponse(resultsMeetingSchema, "Updated"), ...problems(401, 403, 404, 422) },
});

export const remove = createRoute({
  method: "delete",
  path: "/results-meetings/{meetingId}",
  tags,
  summary: "Delete a results meeting's notes",
  request: { params: meetingParams },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
});
