/**
 * One stored aggregate of a closed round: a group (the network, a centre or a team) × a key.
 * `metric: "scale"` rows hold scale scores (0–100); `"choice"` rows hold the percentage of the
 * group's respondents who answered the multiple-choice question and chose the option;
 * `"count"` rows (key `"respondents"`) hold the number of responses in the group, with no mean.
 *
 * Rows are raw: they include groups under the minimum group size, and the network row counts
 * every respondent. They must pass through the anonymity rules (see `anonymity.ts`) before any
 * figure leaves the API; the report and overview builders do that.
 */
export interface AggregateRow {
  level: AggregateLevel;
  centre: string | null;
  team: string | null;
  metric: AggregateMetric;
  key: string;
  n: number;
  mean: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export type AggregateLevel = "network" | "centre" | "team";
export type AggregateMetric = "scale" | "choice" | "count";

export const RESPONDENTS_KEY = "respondents";
