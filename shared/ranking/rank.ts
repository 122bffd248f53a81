/**
 * One ranking from the ballots of one or several voting sessions (pooling), with its robustness:
 * a bootstrap over ballots (resampled within each session, with a seeded PRNG) gives each
 * statement's probability of being among the top three.
 */
import { bordaScores } from "./borda.ts";
import { bradleyTerryScores, copelandScores, fitBradleyTerry, winMatrix } from "./pairwise.ts";
import { type Prepared, prepare } from "./prepare.ts";
import { hashSeed, mulberry32, randomIndex } from "./prng.ts";
import { monotoneByRank } from "./robustness.ts";
import { ranksOf, TIE_EPSILON, topShares } from "./ties.ts";
import type { Ranking, RankingMethod, SessionBallots } from "./types.ts";

export interface RankOptions {
  /** Bootstrap resamples; fewer are drawn when the ballots are many (see `workBudget`). */
  resamples?: number;
  /** Seed of the bootstrap; by default derived from the statements and the number of ballots. */
  seed?: number | string;
  /** Prior of the Bradley–Terry fit (virtual games against an average statement). */
  prior?: number;
  /** Top how many places `pTop3` counts. */
  places?: number;
  /** Rough number of elementary steps the bootstrap may take in all; bounds its time. */
  workBudget?: number;
  /** Force a method; by default Borda when every ballot ranks, Bradley–Terry otherwise. */
  method?: RankingMethod;
}

export const DEFAULT_RESAMPLES = 1000;
const MIN_RESAMPLES = 200;

/** The ranking, as shared by the API (stored ballots) and the facilitator's browser (live view). */
export function rankBallots(sessions: readonly SessionBallots[], options: RankOptions = {}): Ranking {
  const p = prepare(sessions);
  const method =
    options.method ?? (p.allRank && !sessions.some((s) => s.mode === "pairwise") ? "borda" : "bradley-terry");
  if (method === "borda" && !p.allRank) throw new Error("Borda needs rank ballots only");
  const places = options.places ?? 3;
  const scorer = makeScorer(p, method, options.prior ?? 1);
  const scores = scorer.score();
  const { order, rank, tied } = ranksOf(scores);
  const shares = topShares(scores, places);
  const copeland = method === "bradley-terry" ? copelandScores(p.k, winMatrix(p)) : null;

  const resamples = p.n === 0 ? 0 : resampleCount(p, method, options);
  const pTop = new Float64Array(p.k);
  let same = 0;
  if (resamples > 0) {
    const rng = mulberry32(
      typeof options.seed === "number" ? options.seed : hashSeed(`${options.seed ?? p.ids.join(",")}|${p.n}`),
    );
    const weights = new Float64Array(p.n);
    const shareBuf = new Float64Array(p.k);
    for (let r = 0; r < resamples; r++) {
      weights.fill(0);
      for (const stratum of p.strata)
        for (let d = 0; d < stratum.length; d++)
          weights[stratum[randomIndex(rng, stratum.length)] as number]++;
      const s = topShares(scorer.score(weights), places, shareBuf);
      let equal = true;
      for (let i = 0; i < p.k; i++) {
        pTop[i] += s[i] as number;
        if (Math.abs((s[i] as number) - (shares[i] as number)) > TIE_EPSILON) equal = false;
      }
      if (equal) same++;
    }
    for (let i = 0; i < p.k; i++) pTop[i] = (pTop[i] as number) / resamples;
  } else {
    pTop.set(shares);
  }

  // In rank order, the chance may not rise as the rank falls (bootstrap noise): pooled where it does.
  const chances = monotoneByRank(order.map((i) => pTop[i] as number));
  const listedBy = new Array<number>(p.k).fill(0);
  for (let b = 0; b < p.n; b++) for (let i = 0; i < p.k; i++) listedBy[i] += p.listed[b * p.k + i] as number;
  return {
    method,
    ballots: p.n,
    statements: order.map((i, at) => ({
      id: p.ids[i] as string,
      score: scores[i] as number,
      rank: rank[i] as number,
      tied: tied[i] as boolean,
      pTop3: chances[at] as number,
      copeland: copeland ? (copeland[i] as number) : null,
      ballots: listedBy[i] as number,
    })),
    topThreeStability: resamples > 0 ? same / resamples : null,
    resamples,
  };
}

interface Scorer {
  /** Scores (0–100) of every statement for ballots counted `weights` times (all once by default). */
  score(weights?: Float64Array): Float64Array;
}

function makeScorer(p: Prepared, method: RankingMethod, prior: number): Scorer {
  if (method === "borda") return { score: (w) => bordaScores(p, w) };
  const wins = new Float64Array(p.k * p.k);
  const full = fitBradleyTerry(p.k, winMatrix(p, undefined, wins), { prior });
  return {
    score: (w) =>
      w
        ? bradleyTerryScores(
            fitBradleyTerry(p.k, winMatrix(p, w, wins), {
              prior,
              start: full,
              tolerance: 1e-8,
              maxIterations: 2000,
            }),
          )
        : bradleyTerryScores(full),
  };
}

/** As many resamples as asked for, unless that would exceed the work budget (never fewer than 200). */
function resampleCount(p: Prepared, method: RankingMethod, options: RankOptions): number {
  const wanted = options.resamples ?? DEFAULT_RESAMPLES;
  const perResample = method === "borda" ? p.n * p.k : p.cells.length + 40 * p.k * p.k;
  const budget = options.workBudget ?? 5e6;
  return Math.min(wanted, Math.max(MIN_RESAMPLES, Math.floor(budget / Math.max(1, perResample))));
}
