import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { roundCreateSchema, roundSchema, roundUpdateSchema } from "../../../shared/schemas/round.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const networkParams = z.object({ networkId: idParam });
const roundParams = z.object({ roundId: idParam });

export const list = createRoute({
  method: "get",
  path: "/networks/{networkId}/rounds",
  tags: ["rounds"],
  summary: "Survey rounds of the network, oldest first",
  request: { params: networkParams },
  responses: { 200: jsonResponse(z.array(roundSchema), "Rounds"), ...problems(401, 404) },
});

export const create = createRoute({
  method: "post",
  path: "/networks/{networkId}/rounds",
  tags: ["rounds"],
  summary:
    "Plan a survey round (coordinator); starts as a draft; the built-in instrument unless instrumentId is given",
  request: { params: networkParams, ...jsonBody(roundCreateSchema) },
  responses: { 201: jsonResponse(roundSchema, "Created"), ...problems(401, 403, 404, 422) },
});

export const get = createRoute({
  method: "get",
  path: "/rounds/{roundId}",
  tags: ["rounds"],
  summary: "One round",
  request: { params: roundParams },
  responses: { 200: jsonResponse(roundSchema, "The round"), ...problems(401, 404) },
});

export const update = createRoute({
  method: "patch",
  path: "/rounds/{roundId}",
  tags: ["rounds"],
  summary: "Change a draft round; an open round may only change its label and closing date (coordinator)",
  request: { params: roundParams, ...jsonBody(roundUpdateSchema) },
  responses: { 200: jsonResponse(roundSchema, "Updated"), ...problems(401, 403, 404, 409, 422) },
});

export const open = createRoute({
  method: "post",
  path: "/rounds/{roundId}/open",
  tags: ["rounds"],
  summary: "Open a draft round for answers (coordinator); its instrument becomes immutable",
  request: { params: roundParams },
  responses: { 200: jsonResponse(roundSchema, "Opened"), ...problems(401, 403, 404, 409) },
});

export const close = createRoute({
  method: "post",
  path: "/rounds/{roundId}/close",
  tags: ["rounds"],
  summary: "Close an open round: score every response once and store the aggregates (coordinator)",
  request: { params: roundParams },
  responses: { 200: jsonResponse(roundSchema, "Closed"), ...problems(401, 403, 404, 409) },
});

export const publish = createRoute({
  method: "post",
  path: "/rounds/{roundId}/publish",
  tags: ["rounds"],
  summary: "Publish a closed round: its reports become visible to facilitators (coordinator)",
  request: { params: roundParams },
  responses: { 200: jsonResponse(roundSchema, "Published"), ...problems(401, 403, 404, 409) },
});

export const reopen = createRoute({
  method: "post",
  path: "/rounds/{roundId}/reopen",
  tags: ["rounds"],
  summary:
    "Reopen a closed, unpublished round for more answers (coordinator). Its stored figures are discarded and computed again at the next close.",
  request: { params: roundParams },
  responses: { 200: jsonResponse(roundSchema, "Open again"), ...problems(401, 403, 404, 409) },
});
