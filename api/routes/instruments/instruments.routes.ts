import { createRoute, z } from "@hono/zod-openapi";
import { instrumentDefinitionSchema } from "../../../shared/instrument/index.ts";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  instrumentSummarySchema,
  referenceSetActivateSchema,
  referenceSetCreateSchema,
  referenceSetSchema,
} from "../../../shared/schemas/instrument.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const networkParams = z.object({ networkId: idParam });

export const list = createRoute({
  method: "get",
  path: "/networks/{networkId}/instruments",
  tags: ["instruments"],
  summary: "Instruments the network may use: the built-in one and versions it uploaded",
  request: { params: networkParams },
  responses: { 200: jsonResponse(z.array(instrumentSummarySchema), "Instruments"), ...problems(401, 404) },
});

export const create = createRoute({
  method: "post",
  path: "/networks/{networkId}/instruments",
  tags: ["instruments"],
  summary: "Add an instrument version (coordinator); validated in full, immutable once a round uses it",
  request: { params: networkParams, ...jsonBody(instrumentDefinitionSchema, "An instrument definition") },
  responses: { 201: jsonResponse(instrumentSummarySchema, "Created"), ...problems(401, 403, 404, 409, 422) },
});

export const get = createRoute({
  method: "get",
  path: "/instruments/{instrumentId}",
  tags: ["instruments"],
  summary: "An instrument's full definition",
  request: { params: z.object({ instrumentId: idParam }) },
  responses: { 200: jsonResponse(instrumentDefinitionSchema, "The definition"), ...problems(401, 404) },
});

export const listReferenceSets = createRoute({
  method: "get",
  path: "/networks/{networkId}/reference-sets",
  tags: ["instruments"],
  summary: "Reference sets the network can compare with, and which one is active per instrument",
  request: { params: networkParams },
  responses: { 200: jsonResponse(z.array(referenceSetSchema), "Reference sets"), ...problems(401, 404) },
});

export const createReferenceSet = createRoute({
  method: "post",
  path: "/networks/{networkId}/reference-sets",
  tags: ["instruments"],
  summary: "Upload a reference set (JSON; scale key → mean, SD) with its source (coordinator)",
  request: { params: networkParams, ...jsonBody(referenceSetCreateSchema) },
  responses: { 201: jsonResponse(referenceSetSchema, "Created"), ...problems(401, 403, 404, 422) },
});

export const activateReferenceSet = createRoute({
  method: "put",
  path: "/networks/{networkId}/reference-sets/active",
  tags: ["instruments"],
  summary: "Choose the network's reference set for that set's instrument (coordinator)",
  request: { params: networkParams, ...jsonBody(referenceSetActivateSchema) },
  responses: { 200: jsonResponse(referenceSetSchema, "Active"), ...problems(401, 403, 404, 422) },
});

export const importReferenceSet = createRoute({
  method: "post",
  path: "/networks/{networkId}/reference-sets/import",
  tags: ["instruments"],
  summary: "Upload a reference set as CSV with columns scale, mean, sd, source (coordinator)",
  request: {
    params: networkParams,
    query: z.object({
      instrumentId: z.string().min(1),
      name: z.string().trim().min(1).max(200),
      activate: z.enum(["true", "false"]).optional(),
    }),
    body: { required: true, content: { "text/csv": { schema: z.string() } } },
  },
  responses: { 201: jsonResponse(referenceSetSchema, "Created"), ...problems(400, 401, 403, 404, 422) },
});
