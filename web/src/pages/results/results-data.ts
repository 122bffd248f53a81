/**
 * What the results screens read from the API, as router queries (cached per argument). The
 * response schemas are the API's own (shared/scoring/report-schema.ts).
 */
import { query } from "@solidjs/router";
import { z } from "zod";
import { domainSchema, localizedTextSchema } from "../../../../shared/instrument/schema.ts";
import { roundSchema } from "../../../../shared/schemas/round.ts";
import { participationSchema } from "../../../../shared/schemas/survey.ts";
import type { CentreReport } from "../../../../shared/scoring/report.ts";
import { centreReportSchema, overviewSchema } from "../../../../shared/scoring/report-schema.ts";
import { api } from "../../lib/api.ts";

const enc = encodeURIComponent;

const light = z.enum(["green", "yellow", "red"]);
const polarity = z.enum(["higher-better", "higher-worse"]);

/** The API's own response schema (shared with the OpenAPI document). */
export const reportSchema = centreReportSchema;
export type Report = z.infer<typeof reportSchema>;
export type ScaleRow = Report["scales"][number];
export type ValueMostRow = Report["valueMost"][number];
export type Light = z.infer<typeof light>;
export type Polarity = z.infer<typeof polarity>;
export type Figure = NonNullable<ScaleRow["centre"]>;

// The API builds its answer as a shared `CentreReport`; it must fit what the SPA parses.
const _fits = (r: CentreReport): Report => r;
void _fits;

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

/** Invited and answered per centre: the report's response rate beside its count. */
export const getParticipation = query(
  (roundId: string) => api.get(participationSchema, `/api/v1/rounds/${enc(roundId)}/participation`),
  "results.participation",
);
