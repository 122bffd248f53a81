import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  centreReportResponseSchema,
  learnFromBestSchema,
  overviewResponseSchema,
} from "../../../shared/scoring/report-schema.ts";
import { jsonResponse, problems } from "../../lib/router.ts";

export const report = createRoute({
  method: "get",
  path: "/rounds/{roundId}/report",
  tags: ["reports"],
  summary:
    "A centre's (or one team's) benchmark report for a closed round: per scale its score, the network's average, highest and lowest, the reference, light and change. Figures from fewer respondents than the network's minimum group size are null. Facilitators read published rounds of their own centre. Carries what the report's page shows beside it: the instrument's domain names, the rounds of the centre the caller may open, and the earlier ones' figures as their own reports show them.",
  request: {
    params: z.object({ roundId: idParam }),
    query: z.object({ centre: idParam, team: idParam.optional() }),
  },
  responses: {
    200: jsonResponse(centreReportResponseSchema, "The report"),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const learnFromBest = createRoute({
  method: "get",
  path: "/rounds/{roundId}/report/learn-from-best",
  tags: ["reports"],
  summary:
    "For each attention point of a centre's report: the network's best centre on the scale this round and the one that improved most since the previous round, with its practices for the scale's themes. A centre is named only beside practices it agreed to be named on in the practice library, otherwise it is another centre (no name, no id); no figure of it is given; only centres whose own figure is shown are chosen, never the centre asking.",
  request: {
    params: z.object({ roundId: idParam }),
    query: z.object({ centre: idParam }),
  },
  responses: {
    200: jsonResponse(learnFromBestSchema, "The suggestions, one item per attention point"),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const overview = createRoute({
  method: "get",
  path: "/rounds/{roundId}/overview",
  tags: ["reports"],
  summary:
    "Coordinator's table of a closed round: every centre (and with teams=true every team) by name × every scale, with the network's figures. Figures from fewer respondents than the network's minimum group size are null. Carries what the overview's page shows beside it: the instrument's domain names, the network's meaningful difference (the lights' threshold) and the network's rounds with results.",
  request: {
    params: z.object({ roundId: idParam }),
    query: z.object({ teams: z.enum(["true", "false"]).optional() }),
  },
  responses: {
    200: jsonResponse(overviewResponseSchema, "The overview"),
    ...problems(400, 401, 403, 404, 409),
  },
});
