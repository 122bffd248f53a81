/**
 * What the results screens read from the API, as router queries (cached per argument). The
 * response schemas are the API's own (shared/scoring/report-schema.ts).
 */
import { query } from "@solidjs/router";
import type { z } from "zod";
import type { LocalizedText } from "../../../../shared/instrument/schema.ts";
import { roundSchema } from "../../../../shared/schemas/round.ts";
import { participationSchema } from "../../../../shared/schemas/survey.ts";
import type { CentreReport } from "../../../../shared/scoring/report.ts";
import type { ReportHistoryPoint } from "../../../../shared/scoring/report-history.ts";
import {
  centreReportResponseSchema,
  learnFromBestSchema,
  overviewResponseSchema,
} from "../../../../shared/scoring/report-schema.ts";
import { api } from "../../lib/api.ts";

const enc = encodeURIComponent;

/** The API's own response schema (shared with the OpenAPI document). */
export const reportSchema = centreReportResponseSchema;
export type Report = z.infer<typeof reportSchema>;
export type ScaleRow = Report["scales"][number];
export type ValueMostRow = Report["valueMost"][number];
export type { Polarity } from "../../../../shared/instrument/schema.ts";
export type { Light } from "../../../../shared/scoring/benchmark.ts";
export type Figure = NonNullable<ScaleRow["centre"]>;

// The API builds its answer around a shared `CentreReport`; it must fit what the SPA parses.
const _fits = (r: CentreReport): Pick<Report, keyof CentreReport> => r;
void _fits;

/** The API's own response schema: the overview with what its page shows beside it. */
export type Overview = z.infer<typeof overviewResponseSchema>;

/** One round of the trend over rounds: an earlier round's point, or the report itself. */
export type HistoryPoint = ReportHistoryPoint;
export type LearnFromBest = z.infer<typeof learnFromBestSchema>;

/**
 * The instrument's words the report shows (the domains' names, the "value most" question): they
 * come with the report itself (issue 14: no second request before the first table).
 */
export interface InstrumentLabels {
  domains: { key: string; label: LocalizedText }[];
  multipleChoice: { text: LocalizedText };
}
export const instrumentLabels = (report: Report): InstrumentLabels => ({
  domains: report.domains,
  multipleChoice: { text: report.valueMostQuestion },
});

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
    api.get(overviewResponseSchema, `/api/v1/rounds/${enc(roundId)}/overview${teams ? "?teams=true" : ""}`),
  "results.overview",
);

export const getRound = query(
  (roundId: string) => api.get(roundSchema, `/api/v1/rounds/${enc(roundId)}`),
  "results.round",
);

/** Learn from the best for a centre's attention points (read fresh: consent may change). */
export const getLearnFromBest = query(
  (roundId: string, centreId: string) =>
    api.get(
      learnFromBestSchema,
      `/api/v1/rounds/${enc(roundId)}/report/learn-from-best?centre=${enc(centreId)}`,
    ),
  "results.learnFromBest",
);

/** Invited and answered per centre: the report's response rate beside its count. */
export const getParticipation = query(
  (roundId: string) => api.get(participationSchema, `/api/v1/rounds/${enc(roundId)}/participation`),
  "results.participation",
);
