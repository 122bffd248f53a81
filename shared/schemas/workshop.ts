/**
 * Job-satisfaction workshops: statements collected from participants, condensed into a short list,
 * prioritised by pairs in voting sessions, and the ranking that comes out. The same schemas
 * validate requests on the server, describe them in the OpenAPI document and serve the SPA's forms.
 */
import { z } from "zod";
import { nameText, nonBlank, notEmpty, notEmptyMessage, uniqueItems } from "./common.ts";

/** A short list holds 3 to 12 statements (typically 7). */
export const SHORT_LIST_MIN = 3;
export const SHORT_LIST_MAX = 12;
/** The most ballots a facilitator lets one phone send in a session (pairs sharing a phone). */
export const MAX_BALLOTS_PER_PHONE = 6;

export const workshopStageSchema = z.enum(["collect", "condense", "prioritise", "plan", "follow-up"]);
export type WorkshopStage = z.infer<typeof workshopStageSchema>;

const ref = z.string().min(1).max(64);

export const workshopCreateSchema = z.object({
  title: nameText(200),
  /** The survey round whose results the series works on. */
  roundId: ref.optional(),
});

export const workshopUpdateSchema = z
  .object({
    title: nameText(200).optional(),
    roundId: ref.nullable().optional(),
    /** Moving away from "collect" retires the join code; moving back issues a new one. */
    stage: workshopStageSchema.optional(),
  })
  .refine(notEmpty, notEmptyMessage);

export const workshopSchema = z.object({
  id: z.string(),
  centreId: z.string(),
  roundId: z.string().nullable(),
  title: z.string(),
  stage: workshopStageSchema,
  /** Participants add statements with it while the stage is "collect"; null otherwise. */
  joinCode: z.string().nullable(),
  /** Statements collected (originals, not the short list). */
  collected: z.number().int(),
  shortList: z.number().int(),
  votingSessions: z.number().int(),
  createdAt: z.string(),
});
export type Workshop = z.infer<typeof workshopSchema>;

export const statementKindSchema = z.enum(["gives", "takes"]);

export const statementCreateSchema = z
  .object({
    text: nonBlank(300),
    /** Gives or takes job satisfaction: a collected statement. Without it: a short-list statement. */
    kind: statementKindSchema.optional(),
    /** For a short-list statement: the collected statements it condenses. */
    mergedFrom: z.array(ref).max(500).optional(),
  })
  // Both at once is refused even with an empty list, so the rule reads the same here and in the
  // OpenAPI document (`not: { required: [kind, mergedFrom] }`, declared with the route).
  .refine((s) => !(s.kind && s.mergedFrom !== undefined), {
    path: ["mergedFrom"],
    message: "Only a short-list statement (no kind) condenses others.",
    params: { code: "merge-short-list-only" },
  });

export const statementUpdateSchema = z
  .object({
    text: nonBlank(300).optional(),
    kind: statementKindSchema.optional(),
    position: z.int().min(0).max(10_000).optional(),
    /** For a collected statement: the short-list statement it is grouped under, or null to ungroup. */
    mergedInto: ref.nullable().optional(),
    /** Moderation: hidden statements are not projected, condensed or voted on; false restores. */
    hidden: z.boolean().optional(),
  })
  .refine(notEmpty, notEmptyMessage);

export const statementSchema = z.object({
  id: z.string(),
  workshopId: z.string(),
  text: z.string(),
  kind: statementKindSchema.nullable(),
  source: z.enum(["participant", "facilitator"]),
  shortList: z.boolean(),
  mergedInto: z.string().nullable(),
  position: z.number().int(),
  hidden: z.boolean(),
  createdAt: z.string(),
});
export type Statement = z.infer<typeof statementSchema>;

export const createdSchema = z.object({ id: z.string() });

export const votingModeSchema = z.enum(["rank", "pairwise"]);
export type VotingMode = z.infer<typeof votingModeSchema>;

export const votingSessionCreateSchema = z
  .object({
    mode: votingModeSchema,
    /** Rank mode only: pairs rank just the top N (e.g. 3); omit to rank all. */
    topN: z.int().min(1).max(SHORT_LIST_MAX).optional(),
    label: nameText(120).optional(),
    /** Short-list statements to vote on; by default the whole short list. */
    statementIds: z.array(ref).min(SHORT_LIST_MIN).max(SHORT_LIST_MAX).meta(uniqueItems).optional(),
    /** Ballots one phone may send: 1 (the default), more where pairs share a phone. */
    ballotsPerPhone: z.int().min(1).max(MAX_BALLOTS_PER_PHONE).optional(),
  })
  .refine((s) => s.mode === "rank" || s.topN === undefined, {
    path: ["topN"],
    message: "Only rank sessions take a top N.",
    params: { code: "top-n-rank-only" },
  });

export const votingSessionSchema = z.object({
  id: z.string(),
  workshopId: z.string(),
  label: z.string().nullable(),
  mode: votingModeSchema,
  topN: z.number().int().nullable(),
  /** The participants' join code (6 characters). */
  code: z.string(),
  status: z.enum(["open", "closed"]),
  statementIds: z.array(z.string()),
  ballots: z.number().int(),
  ballotsPerPhone: z.number().int(),
  /** Phones that sent ballots (those that say which phone they are). */
  phones: z.number().int(),
  /** Ballots of each phone that sent more than one, most first: the facilitator sees shared phones. */
  sharedPhones: z.array(z.number().int()),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type VotingSession = z.infer<typeof votingSessionSchema>;

export const workshopDetailSchema = workshopSchema.extend({
  statements: z.array(statementSchema),
  sessions: z.array(votingSessionSchema),
});
export type WorkshopDetail = z.infer<typeof workshopDetailSchema>;

// Participants (no account, a join code).

export const joinSchema = z.object({
  /**
   * What the code opens now: adding statements to a workshop, voting in a session (`code` is then
   * the session's), or waiting (the workshop's code between collecting and voting; `stage` says
   * where the workshop is).
   */
  type: z.enum(["collect", "vote", "wait"]),
  code: z.string(),
  stage: workshopStageSchema.optional(),
});

export const collectViewSchema = z.object({ code: z.string(), title: z.string() });

export const participantStatementSchema = z.object({
  text: nonBlank(300),
  kind: statementKindSchema,
});

export const voteViewSchema = z.object({
  code: z.string(),
  title: z.string(),
  label: z.string().nullable(),
  mode: votingModeSchema,
  topN: z.number().int().nullable(),
  /** Rank mode: how many statements a ballot orders. */
  places: z.number().int(),
  status: z.enum(["open", "closed"]),
  /** Ballots one phone may send in this session. */
  ballotsPerPhone: z.number().int(),
  statements: z.array(z.object({ id: z.string(), text: z.string() })),
});
export type VoteView = z.infer<typeof voteViewSchema>;

export const comparisonSchema = z.object({ winner: ref, loser: ref });

/**
 * One pair's ballot: `ranking` (rank sessions; the first is the most important) or `comparisons`
 * (pairwise sessions; skipped pairs left out). Whether it fits the session is checked against the
 * session (`validateBallot` in shared/ranking).
 */
export const ballotSchema = z.object({
  ranking: z.array(ref).min(1).max(SHORT_LIST_MAX).meta(uniqueItems).optional(),
  comparisons: z
    .array(comparisonSchema)
    .max((SHORT_LIST_MAX * (SHORT_LIST_MAX - 1)) / 2)
    .optional(),
});
export type BallotBody = z.infer<typeof ballotSchema>;

export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, "1 to 200 visible ASCII characters, unique per ballot.");

export const ballotReceiptSchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  /** True when this answers a retry: the ballot was counted the first time only. */
  replayed: z.boolean(),
});

// Results.

export const rankedStatementSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** 0–100: Borda share for rank ballots; Bradley–Terry chance to beat a random other statement for pairs. */
  score: z.number(),
  rank: z.number().int(),
  tied: z.boolean(),
  /** Share of bootstrap resamples with the statement in the top three (0–1). */
  pTop3: z.number(),
  /** Copeland score 0–100 (pairwise and pooled mixed sessions), else null. */
  copeland: z.number().nullable(),
  /** Ballots that showed the statement. */
  ballots: z.number().int(),
});

export const resultsSchema = z.object({
  ballots: z.number().int(),
  method: z.enum(["borda", "bradley-terry"]),
  /** Share of resamples whose top three equals the one shown (1 = clear, low = a coin toss). */
  topThreeStability: z.number().nullable(),
  resamples: z.number().int(),
  sessions: z.array(
    z.object({
      id: z.string(),
      label: z.string().nullable(),
      mode: votingModeSchema,
      status: z.enum(["open", "closed"]),
      ballots: z.number().int(),
      /** Phones that sent the session's ballots (those that say which phone they are). */
      phones: z.number().int(),
    }),
  ),
  statements: z.array(rankedStatementSchema),
});
export type Results = z.infer<typeof resultsSchema>;

/** Who is in a workshop's meeting room now, for the presenter: a count, nothing of anyone. */
export const workshopRoomSchema = z.object({
  /** Phones following the workshop over the room's WebSocket; null where there are no live rooms. */
  phones: z.number().int().nullable(),
});
export type WorkshopRoom = z.infer<typeof workshopRoomSchema>;
