import { z } from "zod";

/** A calendar date as ISO `YYYY-MM-DD` that exists (no 2007-02-30). */
export const isoDate = z
  .string()
  .refine(
    (s) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    { message: "Use a real calendar date in the form YYYY-MM-DD.", params: { code: "date" } },
  )
  // What the refinement checks, said in the OpenAPI document (a refinement does not show there).
  .meta({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });

/** For arrays whose duplicates the server refuses (in the schema or in the service). */
export const uniqueItems = { uniqueItems: true } as const;

export const idParam = z.string().min(1).max(64);

export const nonBlank = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "Must not be empty.")
    .max(max, `At most ${max} characters.`)
    // Blanks alone trim to nothing and are refused; the document says so with a pattern.
    .meta({ pattern: "\\S" });

/**
 * Characters that look like nothing or turn text around: control characters, zero-width spaces and
 * joiners, and bidirectional overrides. In a name or label they make two different things look the
 * same ("Team A" and "Team A\u200b") or hide what a line says.
 */
const INVISIBLE = "\\u0000-\\u001f\\u007f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff";
const invisible = new RegExp(`[${INVISIBLE}]`);
/** What the document states for a name: something visible, nothing invisible. */
const namePattern = `^[^${INVISIBLE}]*[^${INVISIBLE}\\s][^${INVISIBLE}]*$`;

/** A single-line name, title or label: not blank, and without confusable characters. */
export const nameText = (max: number) =>
  z
    .string()
    .refine((s) => !invisible.test(s), {
      message: "No invisible or direction-changing characters.",
      params: { code: "confusable-characters" },
    })
    .trim()
    .min(1, "Must not be empty.")
    .max(max, `At most ${max} characters.`)
    .meta({ pattern: namePattern });

export const roleSchema = z.enum(["coordinator", "facilitator", "researcher"]);
export type Role = z.infer<typeof roleSchema>;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  /** A machine code to act on (the detail is English prose for people). */
  code: z.string().optional(),
  errors: z
    .array(
      z.object({
        path: z.string(),
        /** English, for people; the SPA says `code` in the reader's language instead. */
        message: z.string(),
        code: z.string(),
        /** Bounds the words need ("at most {max} characters"). */
        params: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
      }),
    )
    .optional(),
});

/** For PATCH bodies: an empty object changes nothing and is almost surely a mistake. */
export const notEmpty = (o: object) => Object.values(o).some((v) => v !== undefined);
export const notEmptyMessage = {
  message: "Give at least one field to change.",
  params: { code: "nothing-to-change" },
};
