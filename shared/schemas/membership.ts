import { z } from "zod";
import { nonBlank, roleSchema } from "./common.ts";

/** Passwords: long rather than clever (NIST SP 800-63B). */
export const passwordSchema = z.string().min(10, "At least 10 characters.").max(200);

export const membershipCreateSchema = z
  .object({
    email: z.string().trim().toLowerCase().email("Not an email address.").max(254),
    name: nonBlank(120).optional(),
    role: roleSchema,
    centreId: z.string().min(1).optional(),
    /** Needed only when the person has no account yet. */
    password: passwordSchema.optional(),
  })
  .refine((m) => m.role !== "facilitator" || m.centreId, {
    path: ["centreId"],
    message: "A facilitator belongs to one centre.",
  })
  .refine((m) => m.role === "facilitator" || !m.centreId, {
    path: ["centreId"],
    message: "Only facilitators belong to a centre.",
  });

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
