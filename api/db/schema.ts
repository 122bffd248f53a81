/**
 * The whole data model. Ids are random text (no enumeration through URLs); dates are ISO text
 * (`YYYY-MM-DD` for calendar dates, full ISO timestamps for instants) so that exports need no
 * conversion. Later features add columns by new migrations; the tables below are their homes.
 */
import { sql } from "drizzle-orm";
import {
  blob,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

const id = () => text("id").primaryKey();
const createdAt = () => text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const networks = sqliteTable("networks", {
  id: id(),
  name: text("name").notNull(),
  /** No figure from fewer respondents leaves the API. Never below 3. */
  minGroupSize: integer("min_group_size").notNull().default(5),
  /** Free-text answers are shown only for groups of at least this size. */
  freeTextMinGroupSize: integer("free_text_min_group_size").notNull().default(10),
  /** Differences smaller than this (0–100 points) are not treated as meaningful. */
  meaningfulDifference: real("meaningful_difference").notNull().default(5),
  /** What the traffic light compares a score with. */
  lightComparison: text("light_comparison", { enum: ["network", "reference"] })
    .notNull()
    .default("network"),
  /**
   * Network mean, highest and lowest are shown only where at least this many centres reach the
   * minimum group size: with one or two, they are (or give away) another centre's own figures.
   * Never below 3.
   */
  minCentresForBenchmark: integer("min_centres_for_benchmark").notNull().default(3),
  /**
   * 32 random bytes (hex) keying the pseudonymous response ids of research exports: kept with the
   * network so that the ids stay the same for as long as the network exists, whatever secrets are
   * rotated. Never sent to clients. Null for networks made before the column until their first
   * export, which stores the key their ids were made with until then.
   */
  researchKey: text("research_key"),
  createdAt: createdAt(),
});

export const centres = sqliteTable(
  "centres",
  {
    id: id(),
    networkId: text("network_id")
      .notNull()
      .references(() => networks.id),
    name: text("name").notNull(),
    /** Stable pseudonym for research exports (e.g. "C03"); never changes once given. */
    pseudonym: text("pseudonym").notNull(),
    joinedOn: text("joined_on"),
    /** A centre that leaves keeps its history; it just takes part in no new round. */
    leftOn: text("left_on"),
    /**
     * The centre's own line under a respondent's profile where stress, burnout or sleeping troubles
     * are high: whom to talk to. Plain text per language; null means the built-in default.
     */
    supportTextDa: text("support_text_da"),
    supportTextEn: text("support_text_en"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("centres_network_pseudonym").on(t.networkId, t.pseudonym),
    uniqueIndex("centres_network_name").on(t.networkId, t.name),
  ],
);

export const teams = sqliteTable(
  "teams",
  {
    id: id(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
    name: text("name").notNull(),
    pseudonym: text("pseudonym").notNull(),
    archivedOn: text("archived_on"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("teams_centre_pseudonym").on(t.centreId, t.pseudonym),
    uniqueIndex("teams_centre_name").on(t.centreId, t.name),
  ],
);

export const users = sqliteTable("users", {
  id: id(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  /** PBKDF2-SHA256, base64; salt per user; iterations stored so they can be raised later. */
  passwordHash: text("password_hash").notNull(),
  passwordSalt: text("password_salt").notNull(),
  passwordIterations: integer("password_iterations").notNull(),
  locale: text("locale", { enum: ["da", "en"] })
    .notNull()
    .default("da"),
  disabledAt: text("disabled_at"),
  createdAt: createdAt(),
});

export const memberships = sqliteTable(
  "memberships",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    networkId: text("network_id")
      .notNull()
      .references(() => networks.id),
    /** Set for facilitators only: the one centre they run. */
    centreId: text("centre_id").references(() => centres.id),
    role: text("role", { enum: ["coordinator", "facilitator", "researcher"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // NULL centre ids are distinct in SQLite, so duplicates of network-wide roles are refused in the service.
    uniqueIndex("memberships_unique").on(t.userId, t.networkId, t.role, t.centreId),
    index("memberships_user").on(t.userId),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
    renewedAt: text("renewed_at"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/**
 * One-time links for people: an invitation to a role in a network (`join`), or a password reset
 * (`reset`) a coordinator hands a member. Only the SHA-256 of the link's token is kept; a link
 * works once and until `expiresAt`. A membership exists only after the person accepts, so nobody
 * gets a role, or a password, that someone else chose for them.
 */
export const memberInvitations = sqliteTable(
  "member_invitations",
  {
    id: id(),
    networkId: text("network_id")
      .notNull()
      .references(() => networks.id),
    kind: text("kind", { enum: ["join", "reset"] }).notNull(),
    /** Lower-cased; for `join`, the account that may accept; for `reset`, the member's. */
    email: text("email").notNull(),
    role: text("role", { enum: ["coordinator", "facilitator", "researcher"] }),
    centreId: text("centre_id").references(() => centres.id),
    /** For `reset`: whose password the link sets. */
    userId: text("user_id").references(() => users.id),
    tokenHash: text("token_hash").notNull().unique(),
    createdBy: text("created_by").references(() => users.id),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    revokedAt: text("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [index("member_invitations_network").on(t.networkId)],
);

export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: id(),
    networkId: text("network_id")
      .notNull()
      .references(() => networks.id),
    name: text("name").notNull(),
    /** SHA-256 of the token, hex. The token itself is shown once. */
    tokenHash: text("token_hash").notNull().unique(),
    createdBy: text("created_by").references(() => users.id),
    expiresOn: text("expires_on"),
    lastUsedAt: text("last_used_at"),
    revokedAt: text("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [index("api_tokens_network").on(t.networkId)],
);

export const instruments = sqliteTable(
  "instruments",
  {
    id: id(),
    key: text("key").notNull(),
    version: integer("version").notNull(),
    /** The full definition (shared/instrument schema), JSON. Immutable once a round uses it. */
    definition: text("definition", { mode: "json" }).notNull(),
    /** Null for built-in instruments, which every network may use. */
    networkId: text("network_id").references(() => networks.id),
    builtIn: integer("built_in", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("instruments_key_version").on(t.key, t.version)],
);

export const referenceSets = sqliteTable("reference_sets", {
  id: id(),
  instrumentId: text("instrument_id")
    .notNull()
    .references(() => instruments.id),
  /** In Danish (or the only language the uploader gave); `nameEn`/`sourceEn` in English where given. */
  name: text("name").notNull(),
  nameEn: text("name_en"),
  source: text("source").notNull(),
  sourceEn: text("source_en"),
  synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
  /** `{ [scaleKey]: { mean, sd, n? } }` */
  values: text("values", { mode: "json" }).notNull(),
  networkId: text("network_id").references(() => networks.id),
  createdAt: createdAt(),
});

/** The reference set a network compares with, one per instrument. */
export const networkReferenceSets = sqliteTable(
  "network_reference_sets",
  {
    networkId: text("network_id")
      .notNull()
      .references(() => networks.id),
    instrumentId: text("instrument_id")
      .notNull()
      .references(() => instruments.id),
    referenceSetId: text("reference_set_id")
      .notNull()
      .references(() => referenceSets.id),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.instrumentId] })],
);

export const rounds = sqliteTable(
  "rounds",
  {
    id: id(),
    networkId: text("network_id")
      .notNull()
      .references(() => networks.id),
    label: text("label").notNull(),
    opensOn: text("opens_on").notNull(),
    closesOn: text("closes_on").notNull(),
    instrumentId: text("instrument_id")
      .notNull()
      .references(() => instruments.id),
    status: text("status", { enum: ["draft", "open", "closed", "published"] })
      .notNull()
      .default("draft"),
    closedAt: text("closed_at"),
    publishedAt: text("published_at"),
    /** Bumped on any change to the round's results or to the settings they are shown with; part of every report cache key. */
    dataVersion: integer("data_version").notNull().default(0),
    /**
     * The minimum group size the round's stored figures were shown with, set at every close, late
     * import and publish to the larger of itself and the network's setting. The minimum in effect
     * for the round is never below it, so lowering the network's setting later exposes nothing
     * that was hidden. Null until the round first closes.
     */
    minGroupSize: integer("min_group_size"),
    /**
     * The minimum group size at the round's first close: the lowest any version of its figures
     * was ever shown with (the minimum in effect only rises from there). A later close compares
     * with what was shown under it, so that raising the minimum in between cannot make a figure
     * once shown count as never shown.
     */
    firstMinGroupSize: integer("first_min_group_size"),
    createdAt: createdAt(),
  },
  (t) => [index("rounds_network").on(t.networkId, t.opensOn)],
);

export const roundCentres = sqliteTable(
  "round_centres",
  {
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
    /** Employees invited, for the participation rate (may come from invitations or be set by hand). */
    invited: integer("invited"),
    /**
     * The centre's staff for the round, set by the coordinator. Codes issued plus answers imported
     * never exceed it (no padding); NULL means not entered: nothing is capped, the rate is unknown.
     */
    headcount: integer("headcount"),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.centreId] }), index("round_centres_centre").on(t.centreId)],
);

/** A team's headcount for a round, as round_centres.headcount is the centre's; no row = not entered. */
export const roundTeamHeadcounts = sqliteTable(
  "round_team_headcounts",
  {
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    teamId: text("team_id")
      .notNull()
      .references(() => teams.id),
    headcount: integer("headcount").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.teamId] })],
);

export const invitations = sqliteTable(
  "invitations",
  {
    id: id(),
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
    teamId: text("team_id").references(() => teams.id),
    /** SHA-256 of the single-use code; the code itself is shown once. */
    codeHash: text("code_hash").notNull().unique(),
    usedAt: text("used_at"),
    revokedAt: text("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [index("invitations_round_centre").on(t.roundId, t.centreId)],
);

/**
 * A respondent's unfinished answers kept on the server at their own request, so that the same code
 * continues on another device. Keyed by the code's hash only (no invitation id, no person, no
 * address); deleted in the batch that stores the answers, and with every draft of the round when
 * it closes. Never read by any export or figure.
 */
export const surveyDrafts = sqliteTable(
  "survey_drafts",
  {
    codeHash: text("code_hash").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    /** JSON `{ answers, panelCode }` as the survey page keeps it. */
    draft: text("draft").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("survey_drafts_round").on(t.roundId)],
);

export const imports = sqliteTable(
  "imports",
  {
    id: id(),
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    /** A re-import is recognised by the file's hash, never by comparing rows. */
    contentHash: text("content_hash").notNull(),
    filename: text("filename"),
    rowCount: integer("row_count").notNull(),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("imports_round_hash").on(t.roundId, t.contentHash)],
);

/** One row per response: answers packed (shared/instrument packing), never one row per answer. */
export const responses = sqliteTable(
  "responses",
  {
    id: id(),
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
    teamId: text("team_id").references(() => teams.id),
    panelCode: text("panel_code"),
    answers: blob("answers", { mode: "buffer" }).notNull(),
    /** Open-question answers, JSON `{ [code]: text }`; shown only above the free-text threshold. */
    openAnswers: text("open_answers", { mode: "json" }),
    source: text("source", { enum: ["survey", "import", "demo"] }).notNull(),
    importId: text("import_id").references(() => imports.id),
    idempotencyKey: text("idempotency_key"),
    submittedAt: text("submitted_at").notNull(),
  },
  (t) => [
    // Ends in the id so that the respondent export can page through a centre in id order (random,
    // unrelated to when anyone answered) with one index seek a page.
    index("responses_round_centre_id").on(t.roundId, t.centreId, t.id),
    uniqueIndex("responses_idempotency").on(t.roundId, t.idempotencyKey),
  ],
);

/** Figures computed once when a round closes; reports are built from these, never from responses. */
export const aggregates = sqliteTable(
  "aggregates",
  {
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    level: text("level", { enum: ["network", "centre", "team"] }).notNull(),
    /** '' for the network level (a primary key cannot hold null). */
    centreId: text("centre_id").notNull().default(""),
    teamId: text("team_id").notNull().default(""),
    metric: text("metric", { enum: ["scale", "choice", "count"] }).notNull(),
    key: text("key").notNull(),
    n: integer("n").notNull(),
    mean: real("mean"),
    sd: real("sd"),
    ciLow: real("ci_low"),
    ciHigh: real("ci_high"),
    /** Metric-specific extras (e.g. paired change statistics), JSON. */
    extra: text("extra", { mode: "json" }),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.level, t.centreId, t.teamId, t.metric, t.key] })],
);

/**
 * Centres of a round whose stored figures are an earlier version than its answers: a close or
 * late import added fewer than the minimum group size of answers to one of its teams (or to its
 * people in no team), so showing the new figures would let the difference be worked out. The
 * earlier figures stay in `aggregates` until enough new answers come in.
 */
export const aggregateHolds = sqliteTable(
  "aggregate_holds",
  {
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
    reason: text("reason", { enum: ["too-few-new-responses"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.centreId] })],
);

/**
 * The respondent export's CSV rows of a closed round, written once after the close so that an
 * export copies them instead of scoring, signing and writing every response again (responses
 * cannot change while a round is closed). A cache, not a source: an export uses a centre's pages
 * only when they were written at the round's current close (`closedAt`) and hold as many rows as
 * the centre has responses, else it computes the rows as before. Each page holds up to a few
 * thousand rows (`body`, api/routes/research/export-pages.ts), under D1's 2 MB limit for a value.
 */
export const exportPages = sqliteTable(
  "export_pages",
  {
    roundId: text("round_id")
      .notNull()
      .references(() => rounds.id),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
    closedAt: text("closed_at").notNull(),
    seq: integer("seq").notNull(),
    rows: integer("rows").notNull(),
    /** JSON array of the team ids the page's rows name by position. */
    teams: text("teams").notNull(),
    body: text("body").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.centreId, t.seq] })],
);

export const resultsMeetings = sqliteTable("results_meetings", {
  id: id(),
  roundId: text("round_id")
    .notNull()
    .references(() => rounds.id),
  centreId: text("centre_id")
    .notNull()
    .references(() => centres.id),
  heldOn: text("held_on").notNull(),
  attendees: integer("attendees"),
  /** Scale keys the centre chose to work on, JSON array. */
  attentionPoints: text("attention_points", { mode: "json" }),
  decisions: text("decisions"),
  createdAt: createdAt(),
});

export const seminars = sqliteTable("seminars", {
  id: id(),
  networkId: text("network_id")
    .notNull()
    .references(() => networks.id),
  title: text("title").notNull(),
  startsOn: text("starts_on").notNull(),
  endsOn: text("ends_on"),
  place: text("place"),
  purpose: text("purpose"),
  agenda: text("agenda"),
  createdAt: createdAt(),
});

/** Centres taking part in a seminar, whether or not they recorded anything. */
export const seminarCentres = sqliteTable(
  "seminar_centres",
  {
    seminarId: text("seminar_id")
      .notNull()
      .references(() => seminars.id),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
  },
  (t) => [primaryKey({ columns: [t.seminarId, t.centreId] })],
);

/** What a centre brought to, asked for at, and took home from a seminar. */
export const seminarContributions = sqliteTable(
  "seminar_contributions",
  {
    id: id(),
    seminarId: text("seminar_id")
      .notNull()
      .references(() => seminars.id),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
    kind: text("kind", { enum: ["presented", "requested", "took-home"] }).notNull(),
    text: text("text").notNull(),
    themeKey: text("theme_key"),
    scaleKeys: text("scale_keys", { mode: "json" }),
    createdAt: createdAt(),
  },
  (t) => [index("seminar_contributions_seminar").on(t.seminarId)],
);

export const practices = sqliteTable(
  "practices",
  {
    id: id(),
    networkId: text("network_id")
      .notNull()
      .references(() => networks.id),
    centreId: text("centre_id").references(() => centres.id),
    seminarId: text("seminar_id").references(() => seminars.id),
    title: text("title").notNull(),
    body: text("body").notNull(),
    themeKey: text("theme_key"),
    scaleKeys: text("scale_keys", { mode: "json" }),
    /** Whether other centres may see which centre this came from. */
    shareCentreName: integer("share_centre_name", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("practices_network").on(t.networkId)],
);

export const workshops = sqliteTable(
  "workshops",
  {
    id: id(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
    roundId: text("round_id").references(() => rounds.id),
    title: text("title").notNull(),
    stage: text("stage", { enum: ["collect", "condense", "prioritise", "plan", "follow-up"] })
      .notNull()
      .default("collect"),
    /**
     * The workshop's one join code: takes phones through collecting and on to every voting
     * session; kept when the stage moves (a phone in the room keeps working).
     */
    joinCode: text("join_code").unique(),
    createdAt: createdAt(),
  },
  (t) => [index("workshops_centre").on(t.centreId)],
);

export const statements = sqliteTable(
  "statements",
  {
    id: id(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id),
    text: text("text").notNull(),
    /** Whether it gives or takes job satisfaction; null for short-list items. */
    kind: text("kind", { enum: ["gives", "takes"] }),
    source: text("source", { enum: ["participant", "facilitator"] }).notNull(),
    /** True for the condensed short list that pairs vote on. */
    shortList: integer("short_list", { mode: "boolean" }).notNull().default(false),
    /** For an original statement: the short-list statement it was merged into. */
    mergedInto: text("merged_into"),
    position: integer("position").notNull().default(0),
    /** Hidden by the facilitator (moderation): not projected, not condensed, never on a ballot. */
    hidden: integer("hidden", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("statements_workshop").on(t.workshopId)],
);

export const votingSessions = sqliteTable(
  "voting_sessions",
  {
    id: id(),
    workshopId: text("workshop_id")
      .notNull()
      .references(() => workshops.id),
    mode: text("mode", { enum: ["rank", "pairwise"] }).notNull(),
    /** For rank mode: rank only the top N (null = all). */
    topN: integer("top_n"),
    /** What the facilitator calls it ("Workshop 2"). */
    label: text("label"),
    /** The short-list statement ids the session shows, JSON, fixed when it is created. */
    statementIds: text("statement_ids", { mode: "json" }).notNull().default(sql`'[]'`),
    code: text("code").notNull().unique(),
    status: text("status", { enum: ["open", "closed"] })
      .notNull()
      .default("open"),
    /** Ballots one phone may send (1; more where pairs share phones). */
    ballotsPerPhone: integer("ballots_per_phone").notNull().default(1),
    closedAt: text("closed_at"),
    createdAt: createdAt(),
  },
  (t) => [index("voting_sessions_workshop").on(t.workshopId)],
);

export const ballots = sqliteTable(
  "ballots",
  {
    id: id(),
    votingSessionId: text("voting_session_id")
      .notNull()
      .references(() => votingSessions.id),
    /** A retried submission carries the same key and is counted once. */
    idempotencyKey: text("idempotency_key").notNull(),
    /** Rank: statement ids in order. Pairwise: [{winner, loser}] choices. JSON. */
    payload: text("payload", { mode: "json" }).notNull(),
    /** A random id the phone keeps (no person): counts ballots per phone; null from other clients. */
    device: text("device"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("ballots_session_key").on(t.votingSessionId, t.idempotencyKey),
    index("ballots_session_device").on(t.votingSessionId, t.device),
  ],
);

export const actionPlans = sqliteTable(
  "action_plans",
  {
    id: id(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id),
    teamId: text("team_id").references(() => teams.id),
    workshopId: text("workshop_id").references(() => workshops.id),
    statementId: text("statement_id").references(() => statements.id),
    title: text("title").notNull(),
    goal: text("goal"),
    /** The survey scale this plan should move; followed up at the next round. */
    scaleKey: text("scale_key"),
    themeKey: text("theme_key"),
    practiceId: text("practice_id").references(() => practices.id),
    status: text("status", { enum: ["planned", "in-progress", "done", "dropped"] })
      .notNull()
      .default("planned"),
    /** Which of the workshop's top statements this plan takes up (1 = the first). */
    priority: integer("priority"),
    notes: text("notes"),
    /** The published round the plan starts after: its scale's baseline; the next round is its follow-up. */
    baselineRoundId: text("baseline_round_id").references(() => rounds.id),
    createdAt: createdAt(),
    updatedAt: text("updated_at"),
  },
  (t) => [index("action_plans_centre").on(t.centreId)],
);

export const actionItems = sqliteTable(
  "action_items",
  {
    id: id(),
    planId: text("plan_id")
      .notNull()
      .references(() => actionPlans.id),
    text: text("text").notNull(),
    owner: text("owner"),
    dueOn: text("due_on"),
    status: text("status", { enum: ["planned", "in-progress", "done", "dropped"] })
      .notNull()
      .default("planned"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("action_items_plan").on(t.planId)],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    userId: text("user_id"),
    tokenId: text("token_id"),
    networkId: text("network_id"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    detail: text("detail", { mode: "json" }),
  },
  (t) => [index("audit_log_network").on(t.networkId, t.at)],
);

/** Fixed-window counters for throttling logins and survey codes. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});
