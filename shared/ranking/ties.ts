/**
 * Ranks from scores, with ties kept as ties. Scores closer than {@link TIE_EPSILON} (on the 0–100
 * scale) are equal: floating-point noise must not split what the ballots leave level.
 */
export const TIE_EPSILON = 1e-7;

export interface Ranks {
  /** Statement indices, best first; ties keep the listed order. */
  order: number[];
  /** Per statement index: competition rank ("1, 2, 2, 4"). */
  rank: number[];
  /** Per statement index: whether it shares its rank. */
  tied: boolean[];
}

export function ranksOf(scores: ArrayLike<number>): Ranks {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const d = (scores[b] as number) - (scores[a] as number);
    return Math.abs(d) <= TIE_EPSILON ? a - b : d;
  });
  const rank = new Array<number>(n).fill(0);
  const tied = new Array<boolean>(n).fill(false);
  for (let pos = 0; pos < n; ) {
    let end = pos + 1;
    const top = scores[order[pos] as number] as number;
    while (end < n && Math.abs(top - (scores[order[end] as number] as number)) <= TIE_EPSILON) end++;
    for (let q = pos; q < end; q++) {
      rank[order[q] as number] = pos + 1;
      tied[order[q] as number] = end - pos > 1;
    }
    pos = end;
  }
  return { order, rank, tied };
}

/**
 * Each statement's share of the top `places` (3): 1 inside, 0 outside, and where a tie straddles
 * the edge the tied statements share the remaining places equally. The shares add up to
 * min(places, n).
 */
export function topShares(scores: ArrayLike<number>, places = 3, out?: Float64Array): Float64Array {
  const n = scores.length;
  const share = out ?? new Float64Array(n);
  share.fill(0);
  const { order } = ranksOf(scores);
  for (let pos = 0; pos < n && pos < places; ) {
    let end = pos + 1;
    const top = scores[order[pos] as number] as number;
    while (end < n && Math.abs(top - (scores[order[end] as number] as number)) <= TIE_EPSILON) end++;
    const each = Math.min(end, places) - pos;
    for (let q = pos; q < end; q++) share[order[q] as number] = each / (end - pos);
    pos = end;
  }
  return share;
}
