/**
 * The facilitator's cycle for a centre and a survey round (survey, results, benchmark seminar,
 * workshops, action plans, follow-up; `cycleStepKeys`): which of the six steps are done, derived from the data, and the next thing to do. Also the notes from the
 * centre's results meeting, which the guide and the next round read.
 */
import { z } from "zod";
import { isoDate, notEmpty, notEmptyMessage } from "./common.ts";
import { centreRefSchema, scaleKeysSchema } from "./seminar.ts";

const meetingFields = {
  heldOn: isoDate,
  /** How many took part (a count, never names). */
  attendees: z.number().int().min(0).max(100000).nullable().optional(),
  /** Scale keys of the round's instrument that the centre chose to work on. */
  attentionPoints: scaleKeysSchema.optional(),
  decisions: z.string().trim().max(10000, "At most 10000 characters.").nullable().optional(),
};

export const resultsMeetingCreateSchema = z.object({ roundId: z.string().min(1), ...meetingFields });

export const resultsMeetingUpdateSchema = z
  .object({ ...meetingFields, heldOn: isoDate.optional() })
  .refine(notEmpty, notEmptyMessage);

export const resultsMeetingSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  centreId: z.string(),
  heldOn: z.string(),
  attendees: z.number().int().nullable(),
  attentionPoints: z.array(z.string()),
  decisions: z.string().nullable(),
  createdAt: z.string(),
});
export type ResultsMeeting = z.infer<typeof resultsMeetingSchema>;

export const cycleStepKeys = [
  "survey",
  "results",
  "seminar",
  "workshops",
  "action-plans",
  "follow-up",
] as const;
export const cycleStepKeySchema = z.enum(cycleStepKeys);
export type CycleStepKey = z.infer<typeof cycleStepKeySchema>;

export const cycleCheckKeys = [
  "round-closed",
  "report-published",
  "results-meeting-held",
  "seminar-attended",
  "statements-collected",
  "priorities-set",
  "plans-written",
  "next-round-published",
  "follow-up-reviewed",
] as const;
export const cycleCheckKeySchema = z.enum(cycleCheckKeys);
export type CycleCheckKey = z.infer<typeof cycleCheckKeySchema>;

export const cycleActorSchema = z.enum(["coordinator", "facilitator"]);

export const cycleCheckSchema = z.object({
  key: cycleCheckKeySchema,
  done: z.boolean(),
  /** When it happened (a date or a timestamp), where the data says. */
  on: z.string().nullable(),
  /** How many (workshops, plans …), where counting makes sense. */
  count: z.number().int().nullable(),
  /** How many the check asks for (the top three plans), where it asks for a number. */
  asked: z.number().int().nullable(),
  /** Who does it: the coordinator (rounds, seminars) or the centre's facilitator. */
  actor: cycleActorSchema,
  /** Where in the SPA to do it or see it. */
  href: z.string(),
});
export type CycleCheck = z.infer<typeof cycleCheckSchema>;

export const cycleStepSchema = z.object({
  key: cycleStepKeySchema,
  number: z.number().int().min(1).max(6),
  status: z.enum(["done", "in-progress", "to-do"]),
  checks: z.array(cycleCheckSchema),
});
export type CycleStep = z.infer<typeof cycleStepSchema>;

export const cycleRoundSchema = z.object({
  id: z.string(),
  label: z.string(),
  status: z.enum(["draft", "open", "closed", "published"]),
  opensOn: z.string(),
  closesOn: z.string(),
});

export const cycleNextSchema = z.object({
  step: cycleStepKeySchema,
  check: cycleCheckKeySchema,
  actor: cycleActorSchema,
  href: z.string(),
});

export const centreCycleSchema = z.object({
  centre: centreRefSchema,
  round: cycleRoundSchema,
  /** The centre's next round, whose results are the follow-up of this one. */
  nextRound: cycleRoundSchema.nullable(),
  steps: z.array(cycleStepSchema),
  stepsDone: z.number().int(),
  /** The first check not done, in the order of the cycle; null when the cycle is complete. */
  next: cycleNextSchema.nullable(),
});
export type CentreCycle = z.infer<typeof centreCycleSchema>;

export const networkCycleSchema = z.object({
  round: cycleRoundSchema,
  /** Every centre in the round, by pseudonym. */
  centres: z.array(centreCycleSchema),
});
export type NetworkCycle = z.infer<typeof networkCycleSchema>;
