import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  fieldworkAuditQuerySchema,
  fieldworkAuditSchema,
  slipRequestSchema,
} from "../../../shared/schemas/fieldwork-audit.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const roundParams = z.object({ roundId: idParam });

export const list = createRoute({
  method: "get",
  path: "/rounds/{roundId}/audit",
  tags: ["participation"],
  summary:
    "The round's fieldwork audit, newest first: codes issued and revoked, answers imported, headcounts set and slips asked for, per centre and team (coordinator: every centre; facilitator: their own)",
  description:
    "So the role that holds the codes is watched too: every code issue and import the coordinator makes for a centre is listed here for that centre's facilitator, with who, when and how many. Never the codes, never an answer.",
  request: { params: roundParams, query: fieldworkAuditQuerySchema },
  responses: { 200: jsonResponse(fieldworkAuditSchema, "Entries"), ...problems(400, 401, 403, 404) },
});

export const requestSlips = createRoute({
  method: "post",
  path: "/rounds/{roundId}/slip-requests",
  tags: ["invitations"],
  summary:
    "Ask the coordinator for code slips for a centre or one of its teams (the centre's facilitator, or the coordinator noting a request); the round must be a draft or open",
  description:
    "Facilitators do not make codes. The request is an entry of the round's audit: the coordinator sees it on the invitations page, the centre's facilitator in the centre's audit.",
  request: { params: roundParams, ...jsonBody(slipRequestSchema) },
  responses: {
    201: jsonResponse(z.object({ count: z.number().int() }), "Requested"),
    ...problems(401, 403, 404, 409, 422),
  },
});
