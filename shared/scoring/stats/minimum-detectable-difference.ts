/**
 * The minimum detectable difference (MDD) of a change between two independent rounds: the
 * smallest true difference a two-sided test at α = 0.05 would find with 80 % power, given the two
 * rounds' n and standard deviations (normal approximation). Shown beside a change so that a
 * movement smaller than what this n could detect is not read as news.
 *
 *   MDD = (z₀.₉₇₅ + z₀.₈) × √(sd₁²/n₁ + sd₂²/n₂)
 */

/** z₀.₉₇₅: the two-sided 5 % critical value of the standard normal. */
export const Z_975 = 1.959963984540054;
/** z₀.₈: the standard normal quantile for 80 % power. */
export const Z_80 = 0.8416212335729143;

export interface SampleSpread {
  n: number;
  sd: number | null | undefined;
}

/** The MDD in scale points, or null where either round has no standard deviation (n < 2). */
export function minimumDetectableDifference(a: SampleSpread, b: SampleSpread): number | null {
  if (a.n < 2 || b.n < 2) return null;
  if (a.sd == null || b.sd == null || !Number.isFinite(a.sd) || !Number.isFinite(b.sd)) return null;
  return (Z_975 + Z_80) * Math.sqrt((a.sd * a.sd) / a.n + (b.sd * b.sd) / b.n);
}
