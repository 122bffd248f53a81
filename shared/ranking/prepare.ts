/**
 * Ballots of one or several sessions compiled into flat arrays over one list of statements (the
 * union of the sessions' lists, in the order first listed), so that the bootstrap can recount
 * them many times without touching strings.
 */
import type { Ballot, SessionBallots } from "./types.ts";

export interface Prepared {
  ids: string[];
  /** Number of statements. */
  k: number;
  /** Number of ballots. */
  n: number;
  /** Ballot indices of each session: the bootstrap resamples within sessions. */
  strata: number[][];
  /** Per ballot × statement: the ballot's Borda points as a share of the most it can give (0–1); 0 where not listed. */
  points: Float64Array;
  /** Per ballot × statement: 1 where the statement was on the ballot's list. */
  listed: Uint8Array;
  /** Per ballot: the comparisons it states or implies, as flat [winner, loser, …] statement indices. */
  comparisons: Int32Array[];
  /** All ballots' comparisons as win-matrix cells (winner · k + loser); ballot b's run from `cellStart[b]` to `cellStart[b + 1]`. */
  cells: Int32Array;
  cellStart: Int32Array;
  /** Whether every ballot is a ranking (then Borda applies). */
  allRank: boolean;
}

export function prepare(sessions: readonly SessionBallots[]): Prepared {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const s of sessions)
    for (const id of s.statementIds) if (!index.has(id)) index.set(id, ids.push(id) - 1);
  const k = ids.length;
  const n = sessions.reduce((sum, s) => sum + s.ballots.length, 0);
  const points = new Float64Array(n * k);
  const listed = new Uint8Array(n * k);
  const comparisons: Int32Array[] = [];
  const strata: number[][] = [];
  let allRank = true;
  let b = 0;
  for (const s of sessions) {
    const list = s.statementIds.map((id) => index.get(id) as number);
    const stratum: number[] = [];
    for (const ballot of s.ballots) {
      for (const i of list) listed[b * k + i] = 1;
      if (ballot.kind === "rank") addRank(ballot.ranking, list, index, points.subarray(b * k, (b + 1) * k));
      else allRank = false;
      comparisons.push(comparisonsOf(ballot, list, index));
      stratum.push(b++);
    }
    strata.push(stratum);
  }
  const cellStart = new Int32Array(n + 1);
  comparisons.forEach((c, i) => {
    cellStart[i + 1] = (cellStart[i] as number) + c.length / 2;
  });
  const cells = new Int32Array(cellStart[n] as number);
  comparisons.forEach((c, i) => {
    for (let q = 0; q < c.length; q += 2)
      cells[(cellStart[i] as number) + q / 2] = (c[q] as number) * k + (c[q + 1] as number);
  });
  return { ids, k, n, strata, points, listed, comparisons, cells, cellStart, allRank };
}

/**
 * Borda points for a possibly partial ranking of a list of `m` statements: the statement in
 * place p (0-based) gets m − 1 − p; the unranked share the points of the places left equally.
 * Stored as a share of m − 1, so that ballots over lists of different lengths weigh the same.
 */
function addRank(ranking: readonly string[], list: number[], index: Map<string, number>, out: Float64Array) {
  const m = list.length;
  if (m < 2) return;
  const ranked = new Set<number>();
  ranking.forEach((id, p) => {
    const i = index.get(id) as number;
    ranked.add(i);
    out[i] = (m - 1 - p) / (m - 1);
  });
  const rest = (m - 1 - ranking.length) / 2 / (m - 1);
  for (const i of list) if (!ranked.has(i)) out[i] = rest;
}

/** A ranking implies: each ranked statement beats those ranked below it and every unranked one. */
function comparisonsOf(ballot: Ballot, list: number[], index: Map<string, number>): Int32Array {
  if (ballot.kind === "pairwise") {
    const out = new Int32Array(ballot.comparisons.length * 2);
    ballot.comparisons.forEach((c, q) => {
      out[2 * q] = index.get(c.winner) as number;
      out[2 * q + 1] = index.get(c.loser) as number;
    });
    return out;
  }
  const ranked = ballot.ranking.map((id) => index.get(id) as number);
  const rankedSet = new Set(ranked);
  const unranked = list.filter((i) => !rankedSet.has(i));
  const out: number[] = [];
  ranked.forEach((w, p) => {
    for (const l of ranked.slice(p + 1)) out.push(w, l);
    for (const l of unranked) out.push(w, l);
  });
  return Int32Array.from(out);
}
