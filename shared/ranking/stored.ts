/**
 * How a ballot is stored (the `payload` column of `ballots`): a rank ballot as its list of statement
 * ids, most important first; a pairwise ballot as its list of `{winner, loser}`. The session's mode
 * says which. Seeds that write ballots directly use the same two functions as the API.
 */
import type { Ballot } from "./types.ts";

export function storedBallot(ballot: Ballot): string {
  return JSON.stringify(
    ballot.kind === "rank"
      ? ballot.ranking
      : ballot.comparisons.map((c) => ({ winner: c.winner, loser: c.loser })),
  );
}

export function parseStoredBallot(mode: "rank" | "pairwise", payload: string): Ballot {
  const parsed = JSON.parse(payload);
  return mode === "rank" ? { kind: "rank", ranking: parsed } : { kind: "pairwise", comparisons: parsed };
}
