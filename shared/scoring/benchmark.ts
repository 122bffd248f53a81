import type { Polarity } from "../instrument/schema.ts";
import { meetsMinimum } from "./anonymity.ts";
import { shownDifference } from "./shown-figures.ts";
import { cohenD, welchTTest } from "./stats/hypothesis-tests.ts";
import { minimumDetectableDifference } from "./stats/minimum-detectable-difference.ts";

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
/** A difference under this prints as 0.0 at one decimal: not a difference anyone is shown. */
const SHOWN_AS_ZERO = 0.05;

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
 * Attention points and strengths, by rule (issue 14). Attention points are scales worse than the
 * comparison: the reds first, then the yellows on the worse side, each by distance, at most `max`,
 * and possibly none: a centre ahead everywhere has no attention point (listing its least good
 * strengths as "attention" told the 2008 meeting that 1.0 point better was a problem). Strengths
 * are the mirror image. A scale whose difference shows as 0.0 (under half a decimal) is neither:
 * the page would call it "the same".
 */
export function attentionAndStrengths(
  scales: readonly ScaleDistance[],
  max = 3,
): { attention: string[]; strengths: string[] } {
  const comparable = scales.filter((s): s is { key: string; distance: number } => s.distance !== null);
  // Farthest from the comparison first: every red is farther than any yellow (the threshold
  // divides them), so this is "red first, then yellow by distance".
  const farthest = (side: { key: string; distance: number }[]) =>
    [...side]
      .sort((a, b) => Math.abs(b.distance) - Math.abs(a.distance))
      .slice(0, max)
      .map((s) => s.key);
  return {
    attention: farthest(comparable.filter((s) => s.distance <= -SHOWN_AS_ZERO)),
    strengths: farthest(comparable.filter((s) => s.distance >= SHOWN_AS_ZERO)),
  };
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
  /**
   * The smallest difference these two rounds' n could have detected (80 % power, α = 0.05,
   * two-sided), from the same two cleared figures as the change itself; null without both SDs.
   */
  mdd: number | null;
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
    mdd: minimumDetectableDifference(a, b),
  };
}

export interface ChangeReading {
  /** The difference of the two figures as shown (one decimal each), so that the page adds up. */
  shown: number;
  /** Which way the score moved: the arrow. */
  direction: "up" | "down" | "flat";
  /** Whether that is good news, by the scale's polarity: the arrow's colour. */
  verdict: "better" | "worse" | "same";
  /** At least the network's threshold and significant (p < 0.05): both must agree. */
  meaningful: boolean;
}

/**
 * How a change since the last round reads on the page: an arrow up or down by the score, coloured
 * by whether that is better for the scale's polarity (a rise in stress is worse), and "meaningful"
 * only where the difference reaches the threshold and the test finds it significant.
 */
export function readChange(
  change: Pick<Change, "previousMean" | "p">,
  currentMean: number,
  polarity: Polarity,
  threshold: number,
): ChangeReading {
  const shown = shownDifference(currentMean, change.previousMean);
  const direction = shown > 0 ? "up" : shown < 0 ? "down" : "flat";
  const verdict =
    direction === "flat"
      ? "same"
      : (direction === "up") === (polarity === "higher-better")
        ? "better"
        : "worse";
  const meaningful =
    direction !== "flat" && Math.abs(shown) >= threshold - EPSILON && change.p !== null && change.p < 0.05;
  return { shown, direction, verdict, meaningful };
}
