import type { Prepared } from "./prepare.ts";

/** Score given to a statement no ballot has listed yet: the middle of the scale. */
export const NO_INFORMATION = 50;

/**
 * Borda scores, 0–100: per statement, the mean over the ballots that listed it of the share of
 * the most points a ballot can give. 100 = ranked first by every ballot, 0 = last by every ballot.
 * `weights` (per ballot, for the bootstrap) counts ballots more than once or not at all.
 */
export function bordaScores(p: Prepared, weights?: ArrayLike<number>, out?: Float64Array): Float64Array {
  const { k, n, points, listed } = p;
  const sum = new Float64Array(k);
  const count = new Float64Array(k);
  for (let b = 0; b < n; b++) {
    const w = weights ? (weights[b] as number) : 1;
    if (w === 0) continue;
    const base = b * k;
    for (let i = 0; i < k; i++) {
      if (listed[base + i]) {
        sum[i] += w * (points[base + i] as number);
        count[i] += w;
      }
    }
  }
  const scores = out ?? new Float64Array(k);
  for (let i = 0; i < k; i++)
    scores[i] = count[i] ? (100 * (sum[i] as number)) / (count[i] as number) : NO_INFORMATION;
  return scores;
}
