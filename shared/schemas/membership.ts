import { z } from "zod";
import { nameText, roleSchema } from "./common.ts";

/** Passwords: long rather than clever (NIST SP 800-63B). */
export const passwordSchema = z.string().min(10, "At least 10 characters.").max(200);

/**
 * Adding a person to a network creates an invitation: the person accepts through a one-time link
 * and, if new, chooses their own name and password there. The coordinator never sets a password.
 */
export const memberInvitationCreateSchema = z
  .object({
    email: z.string().trim().toLowerCase().email("Not an email address.").max(254),
    role: roleSchema,
    centreId: z.string().min(1).max(64).optional(),
  })
  .strict()
  .refine((m) => m.role !== "facilitator" || m.centreId, {
    path: ["centreId"],
    message: "A facilitator belongs to one centre.",
    params: { code: "facilitator-centre" },
  })
  .refine((m) => m.role === "facilitator" || !m.centreId, {
    path: ["centreId"],
    message: "Only facilitators belong to a centre.",
    params: { code: "only-facilitator-centre" },
  });

export const memberInvitationSchema = z.object({
  id: z.string(),
  kind: z.enum(["join", "reset"]),
  email: z.string(),
  role: roleSchema.nullable(),
  centreId: z.string().nullable(),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type MemberInvitation = z.infer<typeof memberInvitationSchema>;

/** The answer that carries the one-time link: shown once, never stored in the clear. */
export const memberInvitationIssuedSchema = memberInvitationSchema.extend({
  token: z.string(),
  /** Path in the app; the SPA prefixes its own origin. */
  path: z.string(),
});
export type MemberInvitationIssued = z.infer<typeof memberInvitationIssuedSchema>;

/** What the holder of a link learns: enough to accept, nothing about whether an account exists. */
export const invitationLookupSchema = z.object({
  kind: z.enum(["join", "reset"]),
  email: z.string(),
  networkName: z.string(),
  role: roleSchema.nullable(),
  centreName: z.string().nullable(),
  expiresAt: z.string(),
});
export type InvitationLookup = z.infer<typeof invitationLookupSchema>;

/**
 * Accepting: signed in as the invited email, no body is needed; a new person gives a name and a
 * password; a reset gives the new password.
 */
export const invitationAcceptSchema = z
  .object({
    name: nameText(120).optional(),
    password: passwordSchema.optional(),
  })
  .strict();

export const membershipSchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  centreId: z.string().nullable(),
  createdAt: z.string(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const invitationAcceptedSchema = z.object({
  kind: z.enum(["join", "reset"]),
  email: z.string(),
  networkId: z.string(),
});
