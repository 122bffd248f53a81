/**
 * What each demo centre's scale scores should be, round by round: the centres' characters.
 *
 * Round 1 (2007): Borgerservice takes the real 2007 figures (amica-2007.ts) on the 15 scales of
 * the seed's table and its own story (stress, sleeping troubles, very high work pace) on the
 * other nine. The other centres' rows are raw preferences: for the 15 seed scales the solver
 * (solve.ts) turns them into targets that reproduce the network's mean, highest and lowest
 * exactly, keeping their order; on the other nine they are the targets.
 *
 * Rounds 2 and 3 (2008, 2009): Borgerservice follows the seed's 2008 story; the other centres
 * drift a little from where they stood (see `driftOf`).
 */

/** Scale keys in the order of the rows below; checked against the instrument at start-up. */
export const SCALE_ORDER = [
  "predictability",
  "rewards",
  "role-clarity",
  "quality-of-leadership",
  "development-leadership",
  "development-climate",
  "support-supervisor",
  "support-colleagues",
  "social-community",
  "trust-management",
  "trust-employees",
  "justice-respect",
  "influence",
  "development-possibilities",
  "meaning-of-work",
  "quantitative-demands",
  "work-pace",
  "emotional-demands",
  "job-satisfaction",
  "work-family-conflict",
  "general-health",
  "stress",
  "sleeping-troubles",
  "burnout",
] as const;

export type ScaleRow = Readonly<Record<string, number>>;

function row(values: readonly number[]): ScaleRow {
  if (values.length !== SCALE_ORDER.length) throw new Error(`expected ${SCALE_ORDER.length} values`);
  return Object.fromEntries(SCALE_ORDER.map((key, i) => [key, values[i] as number]));
}

export const FOCAL_CENTRE_ID = "demo-c01";

//                 PR    RW    RC    QL    DL    DC    SS    SC    SY    TM    TE    JR    IN    DP    MW    QD    WP    ED    JS    WF    GH    ST    SL    BO
/** Borgerservice, round by round. 2007: the seed's table, then its attention points. */
export const focalPlan: readonly ScaleRow[] = [
  row([
    70.5, 74.5, 77.0, 67.8, 70.0, 68.1, 69.3, 64.0, 81.0, 74.9, 76.8, 65.3, 54.8, 73.9, 80.3, 50, 82, 49, 73,
    34, 65, 42, 34, 40,
  ]),
  // 2008: good again, well above the network on influence, development and meaning, work pace near the
  // national reference, high job satisfaction; development leadership and the manager's support slip.
  row([
    72.0, 76.0, 78.5, 68.5, 57.0, 70.0, 66.0, 67.5, 85.5, 76.5, 78.5, 67.5, 57.0, 75.0, 81.5, 40.5, 61.0,
    43.5, 77, 30, 69, 27, 21, 31,
  ]),
  // 2009: holds the gains; the two 2008 attention points recover after a year's work on them.
  row([
    72.5, 76.5, 79.0, 70.0, 64.0, 71.0, 70.5, 68.5, 86.0, 77.5, 79.0, 68.5, 58.0, 76.0, 82.0, 40.0, 59.5,
    43.0, 78, 29, 70, 25, 19, 29,
  ]),
];

//                 PR    RW    RC    QL    DL    DC    SS    SC    SY    TM    TE    JR    IN    DP    MW    QD    WP    ED    JS    WF    GH    ST    SL    BO
/** The other centres in 2007 (raw preferences on the first 15 scales; see the header). */
export const othersPlan2007: Readonly<Record<string, ScaleRow>> = {
  // Insurance: average, busy, development leadership weakest of all.
  "demo-c02": row([
    60, 69, 73, 63, 49, 62, 68, 64, 83, 68, 74, 61, 38, 63, 68, 50, 74, 48, 64, 35, 66, 34, 25, 37,
  ]),
  // Bank: good leadership and climate, fair treatment, calmer pace.
  "demo-c03": row([
    66, 72, 76, 71, 66, 69.5, 72, 66, 84, 72, 76, 67.5, 44, 68, 70, 46, 68, 42, 69, 33, 68, 30, 23, 33,
  ]),
  // Telecom support: the network's hardest place to work (and it leaves after round 2).
  "demo-c04": row([
    42, 61, 71, 57, 56, 55, 67, 64.5, 80.5, 55, 73, 51, 34, 60, 61, 54, 79, 50, 58, 38, 63, 38, 28, 41,
  ]),
  // Travel centre: a close-knit crew, unclear roles.
  "demo-c05": row([
    58, 70, 67, 66, 61, 65, 71, 69, 86, 70, 77, 64, 40, 64, 71, 49, 72, 47, 66, 34, 67, 33, 25, 36,
  ]),
  // Pension service: small and calm, clear roles, close managers.
  "demo-c06": row([
    67, 72, 80, 68, 62, 65, 74, 67, 84, 73, 79, 66, 46, 66, 72, 40, 62, 40, 70, 29, 66, 27, 21, 31,
  ]),
  // Utility: remote managers, routine work, little trust between teams.
  "demo-c07": row([
    59, 68, 74, 64, 58, 63, 61, 66, 83, 69, 70, 62, 41, 55, 70, 47, 70, 46, 65, 32, 67, 31, 24, 34,
  ]),
  // Health line: meaningful, emotionally demanding, isolated shifts.
  "demo-c08": row([
    60, 70, 73.5, 66, 61, 65, 70.5, 60, 83.5, 70, 74.5, 63.5, 43, 67, 78, 48, 73, 60, 67, 37, 65, 35, 27, 38,
  ]),
};

/** How each other centre develops per round, in points towards "better" (sign flipped for demands). */
export const centreTrend: Readonly<Record<string, number>> = {
  "demo-c02": 1.5,
  "demo-c03": 0.5,
  "demo-c04": -1.5,
  "demo-c05": -0.5,
  "demo-c06": 0,
  "demo-c07": 2,
  "demo-c08": 1,
};

/** The whole network works on its environment: a small shared improvement per round. */
export const NETWORK_TREND = 1;

/** Demands and strain move more slowly than resources: their drift is scaled by this. */
export const STRAIN_DRIFT = 0.6;

/**
 * Person-level spread per scale relative to the reference SD: one centre's respondents are more
 * alike than the whole country's.
 */
export const SPREAD_FACTOR = 0.85;
