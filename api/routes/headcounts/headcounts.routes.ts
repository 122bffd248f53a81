import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { headcountsSchema, headcountsUpdateSchema } from "../../../shared/schemas/headcount.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const roundParams = z.object({ roundId: idParam });

export const get = createRoute({
  method: "get",
  path: "/rounds/{roundId}/headcounts",
  tags: ["participation"],
  summary:
    "Headcount per centre and team of the round, with the places taken (codes not revoked plus imported answers); coordinator: every centre, facilitator: their own",
  request: { params: roundParams },
  responses: { 200: jsonResponse(headcountsSchema, "Headcounts"), ...problems(401, 403, 404) },
});

export const update = createRoute({
  method: "patch",
  path: "/rounds/{roundId}/headcounts",
  tags: ["participation"],
  summary:
    "Set the headcounts of the centres (and teams) listed (coordinator; draft or open rounds); null clears one",
  description:
    "A headcount caps the codes issued plus answers imported for its group, and is the denominator of the participation rate. It cannot go below the places already taken (409 `headcount-below-taken`), a centre's teams cannot add up to more than the centre (422 `teams-over-centre`), and a closed or published round keeps its headcounts (409 `round-not-open`). Each change is in the audit the centre's facilitator reads.",
  request: { params: roundParams, ...jsonBody(headcountsUpdateSchema) },
  responses: {
    200: jsonResponse(headcountsSchema, "The headcounts now"),
    ...problems(401, 403, 404, 409, 422),
  },
});
