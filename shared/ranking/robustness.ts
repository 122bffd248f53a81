/**
 * How sure a ranking is, said honestly. The bootstrap's chance of being in the top three is
 * noisy with few ballots (8 ballots can give "100 %") and not always falling with rank (rank 5 at
 * 3 %, rank 6 at 4 %). Here: below {@link MIN_BALLOTS_FOR_ROBUSTNESS} nothing is said but that;
 * the chances are made non-increasing with rank (pooled where they cross); and the ends are
 * words, not percentages ("almost certainly", "hardly"), because a resample of a handful of
 * ballots cannot tell 97 % from 100 %.
 */

/** Ballots needed before a chance is shown at all. */
export const MIN_BALLOTS_FOR_ROBUSTNESS = 10;
/** Above this, "almost certainly"; below 1 − this, "hardly". */
export const ALMOST_CERTAIN = 0.95;

export type Robustness =
  | { kind: "too-few"; needed: number }
  | { kind: "almost-certain" }
  | { kind: "hardly" }
  | { kind: "percent"; percent: number };

/**
 * Non-increasing values for rows already in rank order (pool adjacent violators: where a lower
 * row has the larger value, both get their mean). Rows sharing a rank share their pooled value.
 */
export function monotoneByRank(values: readonly number[]): number[] {
  const blocks: { sum: number; n: number }[] = [];
  for (const v of values) {
    blocks.push({ sum: v, n: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as { sum: number; n: number };
      const before = blocks[blocks.length - 2] as { sum: number; n: number };
      if (before.sum / before.n >= last.sum / last.n) break;
      blocks.pop();
      before.sum += last.sum;
      before.n += last.n;
    }
  }
  return blocks.flatMap((b) => Array<number>(b.n).fill(b.sum / b.n));
}

/** What may be said of one statement's chance of being in the top three. */
export function robustnessOf(chance: number, ballots: number): Robustness {
  if (ballots < MIN_BALLOTS_FOR_ROBUSTNESS) return { kind: "too-few", needed: MIN_BALLOTS_FOR_ROBUSTNESS };
  if (chance >= ALMOST_CERTAIN) return { kind: "almost-certain" };
  if (chance <= 1 - ALMOST_CERTAIN) return { kind: "hardly" };
  // Whole percent, kept inside the range the words do not cover.
  return { kind: "percent", percent: Math.min(94, Math.max(6, Math.round(chance * 100))) };
}
