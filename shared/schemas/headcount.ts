/**
 * Headcounts: how many people a centre and each of its teams have for a round. They cap the codes
 * the coordinator issues plus the answers imported (so nobody can pad a group with answers of
 * their own) and are the denominator of the participation rate.
 */
import { z } from "zod";

/** Larger than any contact centre; a typo of an extra digit is still caught by the caps. */
export const MAX_HEADCOUNT = 100_000;

/** null clears a headcount: nothing is capped and the rate is unknown. */
export const headcountValueSchema = z
  .int("A whole number of people.")
  .min(1, "At least one person.")
  .max(MAX_HEADCOUNT, `At most ${MAX_HEADCOUNT} people.`)
  .nullable();

export const headcountsSchema = z.object({
  roundId: z.string(),
  centres: z.array(
    z.object({
      centreId: z.string(),
      name: z.string(),
      headcount: z.number().int().nullable(),
      /** Codes not revoked plus answers imported: the places of the headcount already taken. */
      taken: z.number().int(),
      teams: z.array(
        z.object({
          teamId: z.string(),
          name: z.string(),
          headcount: z.number().int().nullable(),
          taken: z.number().int(),
        }),
      ),
    }),
  ),
});
export type Headcounts = z.infer<typeof headcountsSchema>;

/** Sets the listed centres' (and teams') headcounts; centres and teams not listed keep theirs. */
export const headcountsUpdateSchema = z.object({
  centres: z
    .array(
      z.object({
        centreId: z.string().min(1),
        headcount: headcountValueSchema,
        teams: z
          .array(z.object({ teamId: z.string().min(1), headcount: headcountValueSchema }))
          .max(500)
          .optional(),
      }),
    )
    .min(1, "Give at least one centre.")
    .max(500),
});
export type HeadcountsUpdate = z.infer<typeof headcountsUpdateSchema>;
