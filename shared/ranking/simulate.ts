/**
 * Pairs to show and ballots to simulate. The participant's page shows the pairs of a session in
 * a random order; demo seeds and tests draw ballots from "true" strengths (Plackett–Luce for
 * rankings, Bradley–Terry for pairs) with a seeded PRNG, so the same seed gives the same ballots.
 */
import { type Rng, shuffle } from "./prng.ts";
import type { PairwiseBallot, RankBallot } from "./types.ts";

/** Every pair of the statements once, in random order, each side at random. */
export function shuffledPairs(rng: Rng, ids: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++)
      pairs.push(rng() < 0.5 ? [ids[i] as string, ids[j] as string] : [ids[j] as string, ids[i] as string]);
  return shuffle(rng, pairs);
}

/** A ranking drawn from strengths (Plackett–Luce): place by place, the next pick is proportional to strength. */
export function simulateRankBallot(
  rng: Rng,
  strengths: Readonly<Record<string, number>>,
  places = Object.keys(strengths).length,
): RankBallot {
  const left = Object.keys(strengths);
  const ranking: string[] = [];
  while (ranking.length < places && left.length > 0) {
    const total = left.reduce((sum, id) => sum + (strengths[id] as number), 0);
    let x = rng() * total;
    let pick = left.length - 1;
    for (let i = 0; i < left.length; i++) {
      x -= strengths[left[i] as string] as number;
      if (x < 0) {
        pick = i;
        break;
      }
    }
    ranking.push(left.splice(pick, 1)[0] as string);
  }
  return { kind: "rank", ranking };
}

/** Every pair shown once; each skipped with chance `skip`, else won with chance π_i / (π_i + π_j). */
export function simulatePairwiseBallot(
  rng: Rng,
  strengths: Readonly<Record<string, number>>,
  skip = 0,
): PairwiseBallot {
  const comparisons = shuffledPairs(rng, Object.keys(strengths)).flatMap(([a, b]) => {
    if (rng() < skip) return [];
    const pa = strengths[a] as number;
    const pb = strengths[b] as number;
    return rng() * (pa + pb) < pa ? [{ winner: a, loser: b }] : [{ winner: b, loser: a }];
  });
  return { kind: "pairwise", comparisons };
}
