/**
 * Rows of the raw SQL reads, one interface per table, in the database's own column names.
 *
 * Most reads go through the drizzle builder and get their types from schema.ts. A few stay raw SQL
 * because the builder would make them worse: the workshop and voting-session lists bring their
 * counts along as correlated subqueries (one query per list), the ballot insert reads its limits in
 * the INSERT itself, and `json_group_array` hands back the short list's wording in the same query.
 * Their rows are typed here, next to the schema they mirror, instead of `Record<string, unknown>`
 * with a cast per field. Booleans are stored as 0/1 and JSON columns as text: raw SQL sees them so.
 */

/** `workshops`, see schema.ts. */
export interface WorkshopsRow {
  id: string;
  centre_id: string;
  round_id: string | null;
  title: string;
  stage: "collect" | "condense" | "prioritise" | "plan" | "follow-up";
  join_code: string | null;
  created_at: string;
}

/** `statements`, see schema.ts. */
export interface StatementsRow {
  id: string;
  workshop_id: string;
  text: string;
  kind: "gives" | "takes" | null;
  source: "participant" | "facilitator";
  /** 0 or 1. */
  short_list: number;
  merged_into: string | null;
  position: number;
  /** 0 or 1. */
  hidden: number;
  created_at: string;
}

/** `voting_sessions`, see schema.ts. */
export interface VotingSessionsRow {
  id: string;
  workshop_id: string;
  mode: "rank" | "pairwise";
  top_n: number | null;
  label: string | null;
  /** JSON text: the statement ids, in order. */
  statement_ids: string;
  code: string;
  status: "open" | "closed";
  ballots_per_phone: number;
  closed_at: string | null;
  created_at: string;
}

/** `ballots`, see schema.ts. */
export interface BallotsRow {
  id: string;
  voting_session_id: string;
  idempotency_key: string;
  /** JSON text: the stored ballot. */
  payload: string;
  device: string | null;
  created_at: string;
}
