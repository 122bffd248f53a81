import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  resultsSchema,
  votingSessionCreateSchema,
  votingSessionSchema,
} from "../../../shared/schemas/workshop.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const workshopParams = z.object({ workshopId: idParam });
const sessionParams = z.object({ sessionId: idParam });

export const list = createRoute({
  method: "get",
  path: "/workshops/{workshopId}/voting-sessions",
  tags: ["voting"],
  summary: "Voting sessions of a workshop, oldest first, with their ballot counts",
  request: { params: workshopParams },
  responses: { 200: jsonResponse(z.array(votingSessionSchema), "Sessions"), ...problems(401, 403, 404) },
});

export const create = createRoute({
  method: "post",
  path: "/workshops/{workshopId}/voting-sessions",
  tags: ["voting"],
  summary: "Open a voting session on the short list (3 to 12 statements), with its own join code",
  request: { params: workshopParams, ...jsonBody(votingSessionCreateSchema) },
  responses: { 201: jsonResponse(votingSessionSchema, "Created"), ...problems(401, 403, 404, 409, 422) },
});

export const get = createRoute({
  method: "get",
  path: "/voting-sessions/{sessionId}",
  tags: ["voting"],
  summary: "One voting session",
  request: { params: sessionParams },
  responses: { 200: jsonResponse(votingSessionSchema, "The session"), ...problems(401, 403, 404) },
});

export const close = createRoute({
  method: "post",
  path: "/voting-sessions/{sessionId}/close",
  tags: ["voting"],
  summary: "Close a session: further ballots are refused with 409",
  request: { params: sessionParams },
  responses: { 200: jsonResponse(votingSessionSchema, "Closed"), ...problems(401, 403, 404, 409) },
});

export const reopen = createRoute({
  method: "post",
  path: "/voting-sessions/{sessionId}/reopen",
  tags: ["voting"],
  summary: "Reopen a closed session",
  request: { params: sessionParams },
  responses: { 200: jsonResponse(votingSessionSchema, "Open again"), ...problems(401, 403, 404, 409) },
});

export const sessionResults = createRoute({
  method: "get",
  path: "/voting-sessions/{sessionId}/results",
  tags: ["voting"],
  summary:
    "Ranking of one session, ordered by rank: score 0–100 (Borda for rankings, Bradley–Terry for pairs), ties, and each statement's bootstrap probability of a top-three place",
  request: { params: sessionParams },
  responses: { 200: jsonResponse(resultsSchema, "Results"), ...problems(401, 403, 404) },
});

export const workshopResults = createRoute({
  method: "get",
  path: "/workshops/{workshopId}/results",
  tags: ["voting"],
  summary:
    "One ranking pooled over several sessions of the workshop (all by default); sessions of mixed forms are pooled with Bradley–Terry",
  request: {
    params: workshopParams,
    query: z.object({
      sessions: z
        .string()
        .max(2000)
        .optional()
        .openapi({ description: "Comma-separated session ids", example: "a1b2,c3d4" }),
    }),
  },
  responses: { 200: jsonResponse(resultsSchema, "Pooled results"), ...problems(400, 401, 403, 404) },
});
