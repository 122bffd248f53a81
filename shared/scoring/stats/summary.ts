import { tCritical95 } from "./t-distribution.ts";

/** A group's figure on one scale; null where the statistic is undefined (sd and CI need n ≥ 2). */
export interface Summary {
  n: number;
  mean: number | null;
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/**
 * Summary from accumulated moments of values shifted by `shift` (sum of x − shift and of its
 * square). Shifting by the middle of the 0–100 range keeps the one-pass variance free of the
 * cancellation that raw sums of squares suffer at n in the tens of thousands.
 */
export function summaryFromMoments(n: number, shiftedSum: number, shiftedSumSq: number, shift = 0): Summary {
  if (n === 0) return { n, mean: null, sd: null, ciLow: null, ciHigh: null };
  const meanShifted = shiftedSum / n;
  const mean = meanShifted + shift;
  if (n === 1) return { n, mean, sd: null, ciLow: null, ciHigh: null };
  const raw = (shiftedSumSq - shiftedSum * meanShifted) / (n - 1);
  // What is left of the subtraction when every value is equal is rounding, of the order of
  // ε·Σx²; its square root would show as a spurious SD (2e-7 for three scores of 66.7). Scores
  // differ by far more than that, so anything within the rounding is no spread at all.
  const variance = raw > (8 * Number.EPSILON * shiftedSumSq) / (n - 1) ? raw : 0;
  const sd = Math.sqrt(variance);
  const half = (tCritical95(n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, ciLow: mean - half, ciHigh: mean + half };
}

/** n, mean, sample SD (n − 1) and t-based 95% CI of the non-NaN values. */
export function summarize(values: ArrayLike<number>): Summary {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) {
      n++;
      sum += v;
    }
  }
  if (n === 0) return summaryFromMoments(0, 0, 0);
  // Two passes: the data are at hand, so centre on the exact mean.
  const mean = sum / n;
  let sumSq = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) sumSq += (v - mean) * (v - mean);
  }
  return summaryFromMoments(n, 0, sumSq, mean);
}
