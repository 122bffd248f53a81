import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  contributionCreateSchema,
  contributionSchema,
  contributionUpdateSchema,
  seminarCreateSchema,
  seminarDetailSchema,
  seminarSchema,
  seminarUpdateSchema,
} from "../../../shared/schemas/seminar.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const networkParams = z.object({ networkId: idParam });
const seminarParams = z.object({ seminarId: idParam });
const contributionParams = z.object({ seminarId: idParam, contributionId: idParam });
const tags = ["seminars"];

export const list = createRoute({
  method: "get",
  path: "/networks/{networkId}/seminars",
  tags,
  summary:
    "Benchmark seminars of the network, oldest first, with the participating centres the caller may see",
  request: { params: networkParams },
  responses: { 200: jsonResponse(z.array(seminarSchema), "Seminars"), ...problems(401, 404) },
});

export const create = createRoute({
  method: "post",
  path: "/networks/{networkId}/seminars",
  tags,
  summary: "Plan a benchmark seminar (coordinator)",
  request: { params: networkParams, ...jsonBody(seminarCreateSchema) },
  responses: { 201: jsonResponse(seminarDetailSchema, "Created"), ...problems(401, 403, 404, 422) },
});

export const get = createRoute({
  method: "get",
  path: "/seminars/{seminarId}",
  tags,
  summary:
    "One seminar with what each centre presented, was asked for and took home; other centres stay unnamed to a facilitator",
  request: { params: seminarParams },
  responses: { 200: jsonResponse(seminarDetailSchema, "The seminar"), ...problems(401, 404) },
});

export const update = createRoute({
  method: "patch",
  path: "/seminars/{seminarId}",
  tags,
  summary: "Change a seminar's title, dates, place, purpose or agenda (coordinator)",
  request: { params: seminarParams, ...jsonBody(seminarUpdateSchema) },
  responses: { 200: jsonResponse(seminarDetailSchema, "Updated"), ...problems(401, 403, 404, 422) },
});

export const remove = createRoute({
  method: "delete",
  path: "/seminars/{seminarId}",
  tags,
  summary:
    "Delete a seminar and its contributions (coordinator); practices from it stay in the library, unlinked",
  request: { params: seminarParams },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
});

export const createContribution = createRoute({
  method: "post",
  path: "/seminars/{seminarId}/contributions",
  tags,
  summary:
    "Record what a centre presented, was asked for or took home (the coordinator for any centre, a facilitator for their own)",
  request: { params: seminarParams, ...jsonBody(contributionCreateSchema) },
  responses: { 201: jsonResponse(contributionSchema, "Recorded"), ...problems(401, 403, 404, 422) },
});

export const updateContribution = createRoute({
  method: "patch",
  path: "/seminars/{seminarId}/contributions/{contributionId}",
  tags,
  summary: "Change a contribution (the coordinator, or the centre's facilitator)",
  request: { params: contributionParams, ...jsonBody(contributionUpdateSchema) },
  responses: { 200: jsonResponse(contributionSchema, "Updated"), ...problems(401, 403, 404, 422) },
});

export const deleteContribution = createRoute({
  method: "delete",
  path: "/seminars/{seminarId}/contributions/{contributionId}",
  tags,
  summary: "Delete a contribution (the coordinator, or the centre's facilitator)",
  request: { params: contributionParams },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
});
