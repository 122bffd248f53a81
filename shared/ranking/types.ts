/**
 * Ballots and rankings of a workshop's voting sessions. Statements are known by id; a session
 * presents a fixed list of them (its short list) and every ballot refers to that list.
 */

/** A pair's ordering, most important first. May stop early (a top-N ballot). */
export interface RankBallot {
  kind: "rank";
  ranking: readonly string[];
}

export interface Comparison {
  winner: string;
  loser: string;
}

/** A pair's choices between two statements at a time; skipped pairs are simply absent. */
export interface PairwiseBallot {
  kind: "pairwise";
  comparisons: readonly Comparison[];
}

export type Ballot = RankBallot | PairwiseBallot;

/** One voting session: the statements it showed and the ballots it received. */
export interface SessionBallots {
  /** The session's ballot form; decides the method for a session without ballots yet. */
  mode?: "rank" | "pairwise";
  statementIds: readonly string[];
  ballots: readonly Ballot[];
}

/**
 * How scores were computed: Borda points where every ballot ranks; a Bradley–Terry fit where
 * some or all ballots compare pairs (rank ballots then count as the comparisons they imply).
 */
export type RankingMethod = "borda" | "bradley-terry";

export interface RankedStatement {
  id: string;
  /** 0–100. Borda: mean share of the points a ballot can give. Bradley–Terry: estimated chance to beat a random other statement. */
  score: number;
  /** 1 = most important; equal scores share a rank ("1, 2, 2, 4"). */
  rank: number;
  /** Whether another statement has the same score (and so the same rank). */
  tied: boolean;
  /** Share of bootstrap resamples in which the statement is among the top three (ties at the edge share the places). */
  pTop3: number;
  /** Copeland score, 0–100 (share of other statements it beats head to head; a draw counts half); null for Borda. */
  copeland: number | null;
  /** Ballots that had the statement on their list. */
  ballots: number;
}

export interface Ranking {
  method: RankingMethod;
  ballots: number;
  /** Ordered by rank, then by the order the statements were listed in. */
  statements: RankedStatement[];
  /** Share of resamples whose top three is the same as the observed one; null without ballots. */
  topThreeStability: number | null;
  resamples: number;
}
