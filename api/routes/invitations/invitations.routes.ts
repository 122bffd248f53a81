import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  invitationCodesSchema,
  invitationCreateSchema,
  invitationRevokeResultSchema,
  invitationRevokeSchema,
  invitationSummarySchema,
} from "../../../shared/schemas/survey.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const roundParams = z.object({ roundId: idParam });

export const create = createRoute({
  method: "post",
  path: "/rounds/{roundId}/invitations",
  tags: ["invitations"],
  summary:
    "Make single-use survey codes for a centre, optionally for one of its teams (coordinator only); the round must be a draft or open, and the group's headcount must have room",
  description:
    "The codes are in the answer this once; only their SHA-256 is stored. Each opens `/s/<code>`. Codes are upper-case letters and digits without 0/O/1/I/L; the survey accepts them with spaces or hyphens and in any case.\n\nA facilitator gets 403 (`code: coordinator-only`): the people who read a centre's figures do not mint its codes. Where the centre or team has a headcount, codes not revoked plus imported answers never exceed it: 409 `headcount-exceeded`. A round that is closed or published answers 409 `round-not-open`. Every issue is in the audit its centre's facilitator reads.",
  request: { params: roundParams, ...jsonBody(invitationCreateSchema) },
  responses: {
    201: jsonResponse(invitationCodesSchema, "The codes, shown once"),
    ...problems(401, 403, 404, 409, 422),
  },
});

export const list = createRoute({
  method: "get",
  path: "/rounds/{roundId}/invitations",
  tags: ["invitations"],
  summary:
    "How many codes were made, used, revoked and are still unused, per centre and team; never the codes (coordinator: every centre; facilitator: their own)",
  request: { params: roundParams },
  responses: { 200: jsonResponse(invitationSummarySchema, "Counts"), ...problems(401, 403, 404) },
});

export const revoke = createRoute({
  method: "post",
  path: "/rounds/{roundId}/invitations/revoke",
  tags: ["invitations"],
  summary:
    "Revoke unused codes of a centre: all of them, one team's, or the codes listed (coordinator only). Used codes stay as they are.",
  request: { params: roundParams, ...jsonBody(invitationRevokeSchema) },
  responses: {
    200: jsonResponse(invitationRevokeResultSchema, "How many codes were revoked"),
    ...problems(401, 403, 404, 422),
  },
});
