/**
 * The fieldwork audit as the people it concerns read it: who issued or revoked codes, imported
 * answers, set headcounts or asked for slips, for which centre and team, how many, and when. The
 * coordinator sees every centre's; a facilitator their own centre's, so the role that holds the
 * codes is watched by the centres it holds them for.
 */
import { z } from "zod";
import { MAX_CODES_PER_REQUEST } from "./survey.ts";

export const fieldworkAuditActions = [
  "invitations.create",
  "invitations.revoke",
  "responses.import",
  "headcount.set",
  "slips.request",
] as const;
export const fieldworkAuditActionSchema = z.enum(fieldworkAuditActions);
export type FieldworkAuditAction = z.infer<typeof fieldworkAuditActionSchema>;

export const fieldworkAuditEntrySchema = z.object({
  /** When, to the second (UTC). */
  at: z.string(),
  action: fieldworkAuditActionSchema,
  /** The person's name; null when they have since been deleted. */
  actor: z.string().nullable(),
  centreId: z.string(),
  centreName: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  /**
   * Codes issued, revoked (null when "all unused"), answers imported, the headcount set (null:
   * cleared), or slips asked for.
   */
  count: z.number().int().nullable(),
  /** A slip request's note to the coordinator. */
  note: z.string().nullable(),
});
export type FieldworkAuditEntry = z.infer<typeof fieldworkAuditEntrySchema>;

export const fieldworkAuditSchema = z.object({ entries: z.array(fieldworkAuditEntrySchema) });
export type FieldworkAudit = z.infer<typeof fieldworkAuditSchema>;

export const fieldworkAuditQuerySchema = z.object({
  /** Only this centre's entries. */
  centreId: z.string().min(1).max(64).optional(),
});

/** A facilitator asks the coordinator for code slips for their centre or one of its teams. */
export const slipRequestSchema = z.object({
  centreId: z.string().min(1),
  teamId: z.string().min(1).optional(),
  count: z
    .int("A whole number of slips.")
    .min(1, "At least one slip.")
    .max(MAX_CODES_PER_REQUEST, `At most ${MAX_CODES_PER_REQUEST} slips at a time.`),
  note: z.string().trim().max(500, "At most 500 characters.").optional(),
});
export type SlipRequest = z.infer<typeof slipRequestSchema>;
