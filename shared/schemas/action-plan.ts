/**
 * Action plans: what a team does about one of its top statements, the survey scale that should
 * move, and (at the next published round) what happened to that scale.
 */
import { z } from "zod";
import { builtinInstrument } from "../instrument/index.ts";
import { themeKeySchema } from "../themes/schema.ts";
import { isoDate, nameText, nonBlank, notEmpty, notEmptyMessage } from "./common.ts";

export const actionStatusSchema = z.enum(["planned", "in-progress", "done", "dropped"]);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

const scaleKeys = builtinInstrument.scales.map((s) => s.key) as [string, ...string[]];
/** A scale of the built-in questionnaire. */
export const scaleKeySchema = z.enum(scaleKeys, { error: "Not a scale of the questionnaire." });

const ref = z.string().min(1).max(64);
const longText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

export const MAX_ITEMS_PER_PLAN = 50;

export const actionItemCreateSchema = z.object({
  text: nonBlank(500),
  owner: nameText(120).optional(),
  dueOn: isoDate.optional(),
  status: actionStatusSchema.optional(),
});

export const actionItemUpdateSchema = z
  .object({
    text: nonBlank(500).optional(),
    owner: nameText(120).nullable().optional(),
    dueOn: isoDate.nullable().optional(),
    status: actionStatusSchema.optional(),
    position: z.int().min(0).max(10_000).optional(),
  })
  .refine(notEmpty, notEmptyMessage);

export const actionItemSchema = z.object({
  id: z.string(),
  planId: z.string(),
  text: z.string(),
  owner: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: actionStatusSchema,
  position: z.number().int(),
  /** Due before today and neither done nor dropped. */
  overdue: z.boolean(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

const planFields = {
  title: nameText(200),
  goal: longText(2000).optional(),
  /** Which of the workshop's top statements the plan takes up (1 = the first). */
  priority: z.int().min(1).max(12).optional(),
  teamId: ref.optional(),
  workshopId: ref.optional(),
  /** The short-list statement the plan works on. */
  statementId: ref.optional(),
  scaleKey: scaleKeySchema.optional(),
  themeKey: themeKeySchema.optional(),
  notes: longText(5000).optional(),
  status: actionStatusSchema.optional(),
  /** The published round the plan starts after; by default the workshop's round or the centre's latest published round. */
  baselineRoundId: ref.optional(),
};

export const actionPlanCreateSchema = z.object({
  ...planFields,
  items: z.array(actionItemCreateSchema).max(MAX_ITEMS_PER_PLAN).optional(),
});

export const actionPlanUpdateSchema = z
  .object({
    title: planFields.title.optional(),
    goal: planFields.goal.unwrap().nullable().optional(),
    priority: planFields.priority.unwrap().nullable().optional(),
    teamId: ref.nullable().optional(),
    workshopId: ref.nullable().optional(),
    statementId: ref.nullable().optional(),
    scaleKey: scaleKeySchema.nullable().optional(),
    themeKey: themeKeySchema.nullable().optional(),
    notes: planFields.notes.unwrap().nullable().optional(),
    status: actionStatusSchema.optional(),
    baselineRoundId: ref.nullable().optional(),
  })
  .refine(notEmpty, notEmptyMessage);

export const actionPlanQuerySchema = z.object({
  teamId: ref.optional(),
  workshopId: ref.optional(),
  status: actionStatusSchema.optional(),
});

const roundFigureSchema = z.object({
  roundId: z.string(),
  label: z.string(),
  n: z.number().int(),
  mean: z.number(),
});

/**
 * The plan's scale in its team (or its centre, where the team is under the minimum group size) at
 * the baseline round and at the next published round. Figures from fewer respondents than the
 * network's minimum are never given: `level` is null then, and `note` says why.
 */
export const followUpNoteCodes = [
  "no-baseline",
  "baseline-unpublished",
  "too-few",
  "no-next",
  "centre-instead",
] as const;
export type FollowUpNoteCode = (typeof followUpNoteCodes)[number];

export const followUpSchema = z.object({
  scaleKey: z.string(),
  polarity: z.enum(["higher-better", "higher-worse"]),
  level: z.enum(["team", "centre"]).nullable(),
  baseline: roundFigureSchema.nullable(),
  next: roundFigureSchema.nullable(),
  /** next − baseline, in points on the 0–100 scale. */
  change: z.number().nullable(),
  /** Welch's test of the change, two-sided. */
  p: z.number().nullable(),
  /** The smallest difference the two rounds' n could have detected (80 % power, α = 0.05), from
   *  the same two shown figures as the change; null where either is not shown. */
  mdd: z.number().nullable(),
  /** At least the network's meaningful difference and significant (p < 0.05), as in the report. */
  meaningful: z.boolean().nullable(),
  direction: z.enum(["better", "worse", "unchanged"]).nullable(),
  /** Why a figure is missing or stands in for another, for readers of the API (English). */
  note: z.string().nullable(),
  /** The same as a code, which the app words in the reader's language. */
  noteCode: z.enum(followUpNoteCodes).nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const actionPlanSchema = z.object({
  id: z.string(),
  centreId: z.string(),
  teamId: z.string().nullable(),
  workshopId: z.string().nullable(),
  statementId: z.string().nullable(),
  /** The statement's wording, for the list. */
  statementText: z.string().nullable(),
  title: z.string(),
  goal: z.string().nullable(),
  priority: z.number().int().nullable(),
  scaleKey: z.string().nullable(),
  themeKey: z.string().nullable(),
  notes: z.string().nullable(),
  status: actionStatusSchema,
  baselineRoundId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  items: z.array(actionItemSchema),
  overdueItems: z.number().int(),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export const actionPlanDetailSchema = actionPlanSchema.extend({ followUp: followUpSchema.nullable() });
export type ActionPlanDetail = z.infer<typeof actionPlanDetailSchema>;
