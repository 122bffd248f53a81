import { z } from "zod";
import { localizedTextSchema, polaritySchema } from "../instrument/schema.ts";

// Response schemas of the report and overview, for the API's validator and OpenAPI document.
// tests/unit/report-schema.test.ts checks that they describe what report.ts and overview.ts build.

const figureCellSchema = z.object({
  n: z.int(),
  mean: z.number(),
  sd: z.number(),
  ci95: z.tuple([z.number(), z.number()]),
});

const networkFiguresSchema = z.object({
  mean: z.number().nullable(),
  highest: z.number().nullable(),
  lowest: z.number().nullable(),
  centres: z.int(),
  missing: z.enum(["too-few-centres"]).nullable(),
});

const heldSchema = z.enum(["too-few-new-responses"]).nullable();

const roundInfoSchema = z.object({ id: z.string(), label: z.string(), date: z.string() });

export const referenceValueSchema = z.object({
  mean: z.number(),
  sd: z.number().nullable(),
  source: localizedTextSchema,
});

export const centreReportSchema = z.object({
  round: roundInfoSchema,
  centre: z.object({ id: z.string(), name: z.string() }),
  team: z.object({ id: z.string(), respondents: z.int() }).nullable(),
  minGroupSize: z.int(),
  held: heldSchema,
  threshold: z.number(),
  comparison: z.enum(["network", "reference"]),
  respondents: z.int(),
  scales: z.array(
    z.object({
      key: z.string(),
      domain: z.string(),
      label: localizedTextSchema,
      polarity: polaritySchema,
      centre: figureCellSchema.nullable(),
      network: networkFiguresSchema,
      reference: referenceValueSchema.nullable(),
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
          pairs: z.int().nullable(),
          mdd: z.number().nullable(),
        })
        .nullable(),
    }),
  ),
  valueMost: z.array(
    z.object({
      key: z.string(),
      label: localizedTextSchema,
      centre: z.number().nullable(),
      network: networkFiguresSchema,
    }),
  ),
  attention: z.array(z.string()),
  strengths: z.array(z.string()),
});

const overviewGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  respondents: z.int(),
  scales: z.record(z.string(), figureCellSchema.nullable()),
  valueMost: z.record(z.string(), z.number().nullable()),
});

export const overviewSchema = z.object({
  round: roundInfoSchema,
  minGroupSize: z.int(),
  scales: z.array(
    z.object({
      key: z.string(),
      domain: z.string(),
      label: localizedTextSchema,
      polarity: polaritySchema,
      network: networkFiguresSchema,
    }),
  ),
  valueMost: z.array(
    z.object({ key: z.string(), label: localizedTextSchema, network: networkFiguresSchema }),
  ),
  centres: z.array(overviewGroupSchema.extend({ held: heldSchema, teams: z.array(overviewGroupSchema) })),
});

export const aggregateRowSchema = z.object({
  level: z.enum(["network", "centre", "team"]),
  centre: z.string().nullable(),
  team: z.string().nullable(),
  metric: z.enum(["scale", "choice", "count"]),
  key: z.string(),
  n: z.int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
});

/**
 * An earlier round of the centre's report as that round's own report shows it: per scale the
 * centre's and the network's average, null wherever that report shows none (the trend needs no more).
 */
export const reportHistoryPointSchema = z.object({
  round: roundInfoSchema,
  scales: z.array(
    z.object({
      key: z.string(),
      centre: z.object({ mean: z.number() }).nullable(),
      network: z.object({ mean: z.number().nullable() }),
    }),
  ),
});

/**
 * What GET /rounds/{roundId}/report answers: the report and what its page needs beside it, so that
 * the page's first table waits for this one request (issue 14, "fast to open").
 */
export const centreReportResponseSchema = centreReportSchema.extend({
  networkId: z.string(),
  /** The instrument's domains in its order, with their names: the benchmark tables' headings. */
  domains: z.array(z.object({ key: z.string(), label: localizedTextSchema })),
  /** The instrument's "value most" question, the heading of its section. */
  valueMostQuestion: localizedTextSchema,
  /**
   * The rounds of the centre whose report the caller may open (published; closed ones too for the
   * coordinator), oldest first: the round switcher. Empty for a team's report.
   */
  rounds: z.array(roundInfoSchema),
  /** The earlier of those rounds on the same instrument, oldest first. Empty for a team's report. */
  history: z.array(reportHistoryPointSchema),
});

/**
 * "Learn from the best" for a centre's report: per attention point the network's best centre on the
 * scale this round and the one that improved most since the network's previous round, each named
 * only beside practices it agreed to be named on, and never with a figure.
 */
const exemplarSchema = z.object({
  centre: z.object({ id: z.string(), name: z.string() }).nullable(),
  practices: z.array(z.object({ title: z.string(), body: z.string(), themeKey: z.string().nullable() })),
});

export const learnFromBestSchema = z.object({
  items: z.array(
    z.object({ scale: z.string(), best: exemplarSchema.nullable(), improved: exemplarSchema.nullable() }),
  ),
});

/**
 * What GET /rounds/{roundId}/overview answers: the overview and what its page needs beside it (the
 * domains' names for the heatmap's grouping, the threshold of its lights, the rounds to switch to),
 * so that the page's first table waits for this one request (issue 14, "fast to open").
 */
export const overviewResponseSchema = overviewSchema.extend({
  networkId: z.string(),
  /** The network's meaningful difference: a centre this far from the network's mean is red or green. */
  threshold: z.number(),
  /** The instrument's domains in its order, with their names: the heatmap's column groups. */
  domains: z.array(z.object({ key: z.string(), label: localizedTextSchema })),
  /** The network's rounds with results for the coordinator (published or closed), oldest first. */
  rounds: z.array(roundInfoSchema),
});
