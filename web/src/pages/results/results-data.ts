/**
 * What the results screens read from the API, as router queries (cached per argument). The
 * response schemas mirror `api/routes/reports/reports.routes.ts` and are checked against the
 * shared report types below, so a change to the report's shape breaks the SPA's typecheck rather
 * than its charts.
 */
import { query } from "@solidjs/router";
import { z } from "zod";
import { domainSchema, localizedTextSchema } from "../../../../shared/instrument/schema.ts";
import { roundSchema } from "../../../../shared/schemas/round.ts";
import type { CentreReport } from "../../../../shared/scoring/report.ts";
import { api } from "../../lib/api.ts";

const enc = encodeURIComponent;

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
const polarity = z.enum(["higher-better", "higher-worse"]);
const light = z.enum(["green", "yellow", "red"]);
const roundInfo = z.object({ id: z.string(), label: z.string(), date: z.string() });

export const reportSchema = z.object({
  round: roundInfo,
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
      polarity,
      centre: figure.nullable(),
      network,
      reference: z.object({ mean: z.number(), sd: z.number().nullable(), source: z.string() }).nullable(),
      distance: z.number().nullable(),
      light: light.nullable(),
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

export type Report = z.infer<typeof reportSchema>;
export type ScaleRow = Report["scales"][number];
export type ValueMostRow = Report["valueMost"][number];
export type Light = z.infer<typeof light>;
export type Polarity = z.infer<typeof polarity>;
export type Figure = z.infer<typeof figure>;

// The API builds its answer as a shared `CentreReport`; it must fit what the SPA parses.
const _fits = (r: CentreReport): Report => r;
void _fits;

const group = z.object({
  id: z.string(),
  name: z.string(),
  respondents: z.number(),
  scales: z.record(z.string(), figure.nullable()),
  valueMost: z.record(z.string(), z.number().nullable()),
});

export const overviewSchema = z.object({
  round: roundInfo,
  minGroupSize: z.number(),
  scales: z.array(z.object({ key: z.string(), domain: z.string(), label, polarity, network })),
  valueMost: z.array(z.object({ key: z.string(), label, network })),
  centres: z.array(group.extend({ teams: z.array(group) })),
});
export type Overview = z.infer<typeof overviewSchema>;

/** The part of an instrument definition the reports need: the domains' names and the question. */
const instrumentSchema = z.object({
  domains: z.array(domainSchema),
  multipleChoice: z.object({ text: localizedTextSchema, maxChoices: z.number() }),
});
export type InstrumentLabels = z.infer<typeof instrumentSchema>;

export const getReport = query(
  (roundId: string, centreId: string, teamId?: string) =>
    api.get(
      reportSchema,
      `/api/v1/rounds/${enc(roundId)}/report?centre=${enc(centreId)}${teamId ? `&team=${enc(teamId)}` : ""}`,
    ),
  "results.report",
);

export const getOverview = query(
  (roundId: string, teams: boolean) =>
    api.get(overviewSchema, `/api/v1/rounds/${enc(roundId)}/overview${teams ? "?teams=true" : ""}`),
  "results.overview",
);

export const getRound = query(
  (roundId: string) => api.get(roundSchema, `/api/v1/rounds/${enc(roundId)}`),
  "results.round",
);

export const getInstrumentLabels = query(
  (instrumentId: string) => api.get(instrumentSchema, `/api/v1/instruments/${enc(instrumentId)}`),
  "results.instrument",
);
