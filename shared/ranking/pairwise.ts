/**
 * Pairwise ballots: a win matrix, Copeland scores and a Bradley–Terry fit by the MM algorithm
 * (Hunter 2004, "MM algorithms for generalized Bradley–Terry models").
 */
import type { Prepared } from "./prepare.ts";

/** `wins[i * k + j]`: how often statement i was preferred to statement j. */
export function winMatrix(p: Prepared, weights?: ArrayLike<number>, out?: Float64Array): Float64Array {
  const { k, n, cells, cellStart } = p;
  const wins = out ?? new Float64Array(k * k);
  wins.fill(0);
  for (let b = 0; b < n; b++) {
    const w = weights ? (weights[b] as number) : 1;
    if (w === 0) continue;
    const end = cellStart[b + 1] as number;
    for (let q = cellStart[b] as number; q < end; q++) wins[cells[q] as number] += w;
  }
  return wins;
}

/**
 * Copeland, 0–100: the share of the other statements a statement beats head to head (more of
 * the comparisons between the two went its way). A draw, or a pair never compared, counts half.
 */
export function copelandScores(k: number, wins: Float64Array): Float64Array {
  const scores = new Float64Array(k);
  if (k < 2) return scores.fill(50);
  for (let i = 0; i < k; i++) {
    let points = 0;
    for (let j = 0; j < k; j++) {
      if (i === j) continue;
      const a = wins[i * k + j] as number;
      const b = wins[j * k + i] as number;
      points += a > b ? 1 : a === b ? 0.5 : 0;
    }
    scores[i] = (100 * points) / (k - 1);
  }
  return scores;
}

export interface FitOptions {
  /**
   * Virtual games added to every pair of statements, half won by each side (a symmetric prior, as
   * "add ½ to each cell"). It keeps a statement that won (or lost) every comparison at a finite
   * strength, and leaves statements never compared level. 0 gives the plain maximum-likelihood fit.
   */
  prior?: number;
  /** Starting strengths (a previous fit), to converge faster. */
  start?: Float64Array;
  tolerance?: number;
  maxIterations?: number;
}

/**
 * Bradley–Terry strengths π (P(i preferred to j) = π_i / (π_i + π_j)) by the MM update
 * π_i ← W_i / Σ_j n_ij / (π_i + π_j), applied in place one statement at a time, the strengths
 * rescaled to a geometric mean of 1 after each sweep, until no strength changes by more than
 * `tolerance` relatively. Wins include the prior's virtual games.
 */
export function fitBradleyTerry(k: number, wins: Float64Array, options: FitOptions = {}): Float64Array {
  const prior = options.prior ?? 1;
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 10_000;
  const w = prior > 0 ? Float64Array.from(wins, (v, q) => (q % (k + 1) === 0 ? v : v + prior / 2)) : wins;
  const pi = options.start ? Float64Array.from(options.start) : new Float64Array(k).fill(1);
  const won = new Float64Array(k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (i !== j) won[i] += w[i * k + j] as number;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let change = 0;
    for (let i = 0; i < k; i++) {
      const pii = pi[i] as number;
      let denominator = 0;
      for (let j = 0; j < k; j++) {
        if (j === i) continue;
        const games = (w[i * k + j] as number) + (w[j * k + i] as number);
        if (games > 0) denominator += games / (pii + (pi[j] as number));
      }
      if (denominator === 0) continue; // never compared and no prior: nothing to learn
      const next = (won[i] as number) / denominator;
      change = Math.max(change, Math.abs(next - pii) / Math.max(pii, 1e-300));
      pi[i] = next;
    }
    normalise(pi);
    if (change < tolerance) break;
  }
  return pi;
}

/** Geometric mean of the positive strengths to 1 (the plain fit is defined up to a factor). */
function normalise(pi: Float64Array) {
  let logSum = 0;
  let count = 0;
  for (const v of pi)
    if (v > 0) {
      logSum += Math.log(v);
      count++;
    }
  if (count === 0) return;
  const factor = Math.exp(-logSum / count);
  for (let i = 0; i < pi.length; i++) pi[i] = (pi[i] as number) * factor;
}

/** Score, 0–100: the fitted chance of being preferred to a statement drawn at random from the others. */
export function bradleyTerryScores(pi: Float64Array, out?: Float64Array): Float64Array {
  const k = pi.length;
  const scores = out ?? new Float64Array(k);
  if (k < 2) return scores.fill(50);
  for (let i = 0; i < k; i++) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      if (i === j) continue;
      const total = (pi[i] as number) + (pi[j] as number);
      sum += total > 0 ? (pi[i] as number) / total : 0.5;
    }
    scores[i] = (100 * sum) / (k - 1);
  }
  return scores;
}
