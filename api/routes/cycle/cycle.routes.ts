import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { centreCycleSchema, networkCycleSchema } from "../../../shared/schemas/cycle.ts";
import { jsonResponse, problems } from "../../lib/router.ts";

const tags = ["cycle"];
const roundQuery = z.object({
  /** Which round's cycle; by default the latest round that has opened. */
  roundId: z.string().min(1).max(64).optional(),
});

export const centreCycle = createRoute({
  method: "get",
  path: "/centres/{centreId}/cycle",
  tags,
  summary:
    "The facilitator's guide for a centre and round: the six steps, which checks the data shows done, and the next thing to do",
  request: { params: z.object({ centreId: idParam }), query: roundQuery },
  responses: { 200: jsonResponse(centreCycleSchema, "The centre's cycle"), ...problems(400, 401, 403, 404) },
});

export const networkCycle = createRoute({
  method: "get",
  path: "/networks/{networkId}/cycle",
  tags,
  summary: "Every centre's progress through the cycle of a round, in one table (coordinator)",
  request: { params: z.object({ networkId: idParam }), query: roundQuery },
  responses: {
    200: jsonResponse(networkCycleSchema, "The network's cycle"),
    ...problems(400, 401, 403, 404),
  },
});
