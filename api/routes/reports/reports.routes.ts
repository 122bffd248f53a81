import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { centreReportSchema, overviewSchema } from "../../../shared/scoring/report-schema.ts";
import { jsonResponse, problems } from "../../lib/router.ts";

export const report = createRoute({
  method: "get",
  path: "/rounds/{roundId}/report",
  tags: ["reports"],
  summary:
    "A centre's (or one team's) benchmark report for a closed round: per scale its score, the network's average, highest and lowest, the reference, light and change. Figures from fewer respondents than the network's minimum group size are null. Facilitators read published rounds of their own centre.",
  request: {
    params: z.object({ roundId: idParam }),
    query: z.object({ centre: idParam, team: idParam.optional() }),
  },
  responses: { 200: jsonResponse(centreReportSchema, "The report"), ...problems(400, 401, 403, 404, 409) },
});

export const overview = createRoute({
  method: "get",
  path: "/rounds/{roundId}/overview",
  tags: ["reports"],
  summary:
    "Coordinator's table of a closed round: every centre (and with teams=true every team) by name × every scale",
  request: {
    params: z.object({ roundId: idParam }),
    query: z.object({ teams: z.enum(["true", "false"]).optional() }),
  },
  responses: {
    200: jsonResponse(overviewSchema, "The overview"),
    ...problems(400, 401, 403, 404, 409),
  },
});
