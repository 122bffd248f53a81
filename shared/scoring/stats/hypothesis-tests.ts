import { tTwoSidedP } from "./t-distribution.ts";

export interface GroupStats {
  n: number;
  mean: number;
  sd: number;
}

export interface TTestResult {
  t: number;
  df: number;
  /** Two-sided p-value. */
  p: number;
}

/**
 * Welch's unequal-variance t-test of mean(a) − mean(b) from group summaries; null when it is
 * undefined (a group under 2, or both SDs zero).
 */
export function welchTTest(a: GroupStats, b: GroupStats): TTestResult | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const t = (a.mean - b.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { t, df, p: tTwoSidedP(t, df) };
}

/** Cohen's d of mean(a) − mean(b) with the pooled SD; null when the pooled SD is zero or undefined. */
export function cohenD(a: GroupStats, b: GroupStats): number | null {
  const dfSum = a.n + b.n - 2;
  if (a.n < 1 || b.n < 1 || dfSum < 1) return null;
  const pooled = Math.sqrt(((a.n - 1) * a.sd * a.sd + (b.n - 1) * b.sd * b.sd) / dfSum);
  return pooled > 0 ? (a.mean - b.mean) / pooled : null;
}

export interface PairedTTestResult extends TTestResult {
  n: number;
  meanDiff: number;
  /** Standardised mean difference of the pairs (mean / SD of the differences). */
  dz: number;
}

/** Paired t-test on differences (after − before); NaN entries are skipped. */
export function pairedTTest(diffs: ArrayLike<number>): PairedTTestResult | null {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < diffs.length; i++) {
    const d = diffs[i] as number;
    if (!Number.isNaN(d)) {
      n++;
      sum += d;
    }
  }
  if (n < 2) return null;
  const meanDiff = sum / n;
  let ss = 0;
  for (let i = 0; i < diffs.length; i++) {
    const d = diffs[i] as number;
    if (!Number.isNaN(d)) ss += (d - meanDiff) * (d - meanDiff);
  }
  const sd = Math.sqrt(ss / (n - 1));
  if (!(sd > 0)) return null;
  const t = meanDiff / (sd / Math.sqrt(n));
  return { n, meanDiff, t, df: n - 1, p: tTwoSidedP(t, n - 1), dz: meanDiff / sd };
}
