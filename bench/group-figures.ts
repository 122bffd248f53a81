import { summaryFromMoments } from "../shared/scoring/stats/summary.ts";

/**
 * The competitors' result in one comparable form: group → key → figure. Groups are "network",
 * "centre:<index>" and "team:<index>"; keys are "scale:<index>", "choice:<index>" and "respondents".
 */
export type GroupFigures = Map<string, { n: number; mean: number | null; sd: number | null; ciLow: number | null }>;

/** Finishes a group's figure from n, mean and sum of squares, as the competitors return them. */
export function figureFromSums(n: number, mean: number, sumSq: number) {
  // summaryFromMoments wants moments about a shift; shifting by the mean makes the sum zero.
  const s = summaryFromMoments(n, 0, Math.max(0, sumSq - n * mean * mean), mean);
  return { n, mean: s.mean, sd: s.sd, ciLow: s.ciLow };
}

export function groupName(level: string, centre: number | null, team: number | null): string {
  if (level === "network") return "network";
  return level === "centre" ? `centre:${centre}` : `team:${team}`;
}
