import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { jsonResponse, problems } from "../../lib/router.ts";

const figure = z.object({
  n: z.number(),
  mean: z.number(),
  sd: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]),
});
const network = z.object({
  mean: z.number().nullable(),
  highest: z.number().nullable(),
  lowest: z.number().nullable(),
  centres: z.number(),
});
const label = z.object({ da: z.string(), en: z.string() });

export const centreReportSchema = z.object({
  round: z.object({ id: z.string(), label: z.string(), date: z.string() }),
  centre: z.object({ id: z.string(), name: z.string() }),
  team: z.object({ id: z.string(), respondents: z.number() }).nullable(),
  minGroupSize: z.number(),
  threshold: z.number(),
  comparison: z.enum(["network", "reference"]),
  respondents: z.number(),
  scales: z.array(
    z.object({
      key: z.string(),
      domain: z.string(),
      label,
      polarity: z.enum(["higher-better", "higher-worse"]),
      centre: figure.nullable(),
      network,
      reference: z.object({ mean: z.number(), sd: z.number().nullable(), source: z.string() }).nullable(),
      distance: z.number().nullable(),
      light: z.enum(["green", "yellow", "red"]).nullable(),
      change: z
        .object({
          previousRoundId: z.string(),
          previousMean: z.number(),
          diff: z.number(),
          p: z.number().nullable(),
          d: z.number().nullable(),
          test: z.enum(["welch", "paired"]),
          pairs: z.number().nullable(),
        })
        .nullable(),
    }),
  ),
  valueMost: z.array(z.object({ key: z.string(), label, centre: z.number().nullable(), network })),
  attention: z.array(z.string()),
  strengths: z.array(z.string()),
});

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

const group = z.object({
  id: z.string(),
  name: z.string(),
  respondents: z.number(),
  scales: z.record(z.string(), figure.nullable()),
  valueMost: z.record(z.string(), z.number().nullable()),
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
    200: jsonResponse(
      z.object({
        round: z.object({ id: z.string(), label: z.string(), date: z.string() }),
        minGroupSize: z.number(),
        scales: z.array(
          z.object({ key: z.string(), domain: z.string(), label, polarity: z.string(), network }),
        ),
        valueMost: z.array(z.object({ key: z.string(), label, network })),
        centres: z.array(group.extend({ teams: z.array(group) })),
      }),
      "The overview",
    ),
    ...problems(400, 401, 403, 404, 409),
  },
});
