import type { Polarity } from "../instrument/schema.ts";
import { meetsMinimum } from "./anonymity.ts";
import { cohenD, welchTTest } from "./stats/hypothesis-tests.ts";

export interface GroupFigure {
  n: number;
  mean: number | null;
  sd?: number | null;
}

export interface NetworkBenchmark {
  /** Respondent-weighted mean over the qualifying centres. */
  mean: number;
  highest: number;
  lowest: number;
  /** Number of centres used. */
  centres: number;
}

/** The floor below which no network may set its minimum number of centres for a benchmark. */
export const MIN_CENTRES_FLOOR = 3;

/** The number of centres that reach the minimum group size for one key. */
export function qualifyingCentres(centreRows: readonly GroupFigure[], minGroupSize: number): number {
  return centreRows.filter((row) => row.mean !== null && meetsMinimum(row.n, minGroupSize)).length;
}

/**
 * The network's figures for one scale (or choice) in a round, from the centres' rows: only
 * centres whose n reaches the minimum group size count, so that a centre left out of the report
 * cannot be worked out from the network figures either. Null unless at least `minCentres`
 * (never fewer than {@link MIN_CENTRES_FLOOR}) centres qualify: with one, the "network" figures
 * are that centre's own; with two, a centre's figures and the mean give the other's.
 */
export function networkBenchmark(
  centreRows: readonly GroupFigure[],
  minGroupSize: number,
  minCentres: number = MIN_CENTRES_FLOOR,
): NetworkBenchmark | null {
  let weighted = 0;
  let n = 0;
  let highest = Number.NEGATIVE_INFINITY;
  let lowest = Number.POSITIVE_INFINITY;
  let centres = 0;
  for (const row of centreRows) {
    if (row.mean === null || !meetsMinimum(row.n, minGroupSize)) continue;
    weighted += row.mean * row.n;
    n += row.n;
    highest = Math.max(highest, row.mean);
    lowest = Math.min(lowest, row.mean);
    centres++;
  }
  return centres === 0 || centres < Math.max(minCentres, MIN_CENTRES_FLOOR)
    ? null
    : { mean: weighted / n, highest, lowest, centres };
}

export type Light = "green" | "yellow" | "red";

/** How much better than the comparison a score is, in scale points: positive is better. */
export function adjustedDistance(score: number, comparison: number, polarity: Polarity): number {
  return polarity === "higher-better" ? score - comparison : comparison - score;
}

// Scores are shown to one decimal; a difference that prints as exactly the threshold counts as
// reaching it, whatever the floating-point residue.
const EPSILON = 1e-9;

/**
 * The traffic light: green where the score is better than the comparison by at least the
 * threshold (by the scale's polarity), red where worse by at least the threshold, else yellow.
 */
export function light(score: number, comparison: number, polarity: Polarity, threshold: number): Light {
  const distance = adjustedDistance(score, comparison, polarity);
  if (distance >= threshold - EPSILON) return "green";
  if (distance <= -threshold + EPSILON) return "red";
  return "yellow";
}

export interface ScaleDistance {
  key: string;
  /** Polarity-adjusted distance to the comparison (positive is better); null if not comparable. */
  distance: number | null;
}

/**
 * Attention points and strengths. Strengths: the best scales ahead of the comparison by at least
 * the threshold, at most `max`. Attention: the weakest scales behind by at least the threshold, at
 * most `max`; where none is, the weakest scales that are not strengths, so that a centre doing well
 * everywhere still sees where it is least ahead (as AMICA's 2008 report named attention points in a
 * year with no reds). A scale is never both.
 */
export function attentionAndStrengths(
  scales: readonly ScaleDistance[],
  threshold: number,
  max = 3,
): { attention: string[]; strengths: string[] } {
  const ascending = scales
    .filter((s): s is { key: string; distance: number } => s.distance !== null)
    .sort((a, b) => a.distance - b.distance);
  const strengths = ascending
    .filter((s) => s.distance >= threshold - EPSILON)
    .reverse()
    .slice(0, max)
    .map((s) => s.key);
  const red = ascending.filter((s) => s.distance <= -threshold + EPSILON);
  const candidates = red.length > 0 ? red : ascending.filter((s) => !strengths.includes(s.key));
  return { attention: candidates.slice(0, max).map((s) => s.key), strengths };
}

export interface PairedComparison {
  /** Number of respondents linked by panel code who have a score in both rounds. */
  n: number;
  p: number;
  dz: number;
}

export interface Change {
  previousMean: number;
  diff: number;
  /** Two-sided p: Welch's test on the two rounds, or the paired test where panel codes link enough answers. */
  p: number | null;
  /** Cohen's d with the pooled SD of the two rounds. */
  d: number | null;
  test: "welch" | "paired";
  pairs: number | null;
}

/**
 * Change of a group's score since a previous round. Both figures must already be cleared for
 * display. A paired comparison, where given, replaces the Welch p-value; it is only used when it
 * links at least `minGroupSize` respondents.
 */
export function changeBetweenRounds(
  current: GroupFigure,
  previous: GroupFigure,
  minGroupSize: number,
  paired?: PairedComparison | null,
): Change | null {
  if (current.mean === null || previous.mean === null) return null;
  const a = { n: current.n, mean: current.mean, sd: current.sd ?? Number.NaN };
  const b = { n: previous.n, mean: previous.mean, sd: previous.sd ?? Number.NaN };
  const usePaired = paired != null && meetsMinimum(paired.n, minGroupSize);
  const welch = Number.isNaN(a.sd) || Number.isNaN(b.sd) ? null : welchTTest(a, b);
  const d = Number.isNaN(a.sd) || Number.isNaN(b.sd) ? null : cohenD(a, b);
  return {
    previousMean: previous.mean,
    diff: current.mean - previous.mean,
    p: usePaired ? paired.p : (welch?.p ?? null),
    d,
    test: usePaired ? "paired" : "welch",
    pairs: usePaired ? paired.n : null,
  };
}
