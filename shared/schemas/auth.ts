import { z } from "zod";
import { roleSchema } from "./common.ts";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email("Not an email address.").max(254),
  password: z.string().min(1, "Must not be empty.").max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const membershipViewSchema = z.object({
  networkId: z.string(),
  networkName: z.string(),
  centreId: z.string().nullable(),
  centreName: z.string().nullable(),
  role: roleSchema,
});

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(["da", "en"]),
  memberships: z.array(membershipViewSchema),
});
export type Me = z.infer<typeof meSchema>;
