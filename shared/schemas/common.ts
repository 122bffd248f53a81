import { z } from "zod";

/** A calendar date as ISO `YYYY-MM-DD` that exists (no 2007-02-30). */
export const isoDate = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}, "Use a real calendar date in the form YYYY-MM-DD.");

export const idParam = z.string().min(1).max(64);

export const nonBlank = (max: number) =>
  z.string().trim().min(1, "Must not be empty.").max(max, `At most ${max} characters.`);

export const roleSchema = z.enum(["coordinator", "facilitator", "researcher"]);
export type Role = z.infer<typeof roleSchema>;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** A machine-readable reason where the client has words of its own for it. */
  code: z.string().optional(),
});

/** For PATCH bodies: an empty object changes nothing and is almost surely a mistake. */
export const notEmpty = (o: object) => Object.values(o).some((v) => v !== undefined);
export const notEmptyMessage = { message: "Give at least one field to change." };
