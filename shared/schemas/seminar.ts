import { z } from "zod";
import { themeKeySchema } from "../themes/schema.ts";
import { isoDate, nameText, nonBlank, notEmpty, notEmptyMessage, uniqueItems } from "./common.ts";

/** A survey scale key as the instruments spell it (lower case, digits, hyphens). */
export const scaleKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, "Use a scale key such as work-pace.");

/** Scale keys, each at most once. */
export const scaleKeysSchema = z
  .array(scaleKeySchema)
  .max(24, "At most 24 scales.")
  .refine((keys) => new Set(keys).size === keys.length, {
    message: "List each scale once.",
    params: { code: "duplicate" },
  })
  .meta(uniqueItems);

/**
 * A centre as the caller may see it. `name` is null where the caller may not learn it;
 * `pseudonym` is null where it would link a name to the research pseudonym for someone who does
 * not need it. Where the caller may not even learn which centre it was, the whole field is null.
 */
export const centreRefSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  pseudonym: z.string().nullable(),
});
export type CentreRef = z.infer<typeof centreRefSchema>;

const datesInOrder = (s: { startsOn?: string; endsOn?: string | null }) =>
  !s.startsOn || !s.endsOn || s.startsOn <= s.endsOn;
const datesMessage = {
  path: ["endsOn"],
  message: "The seminar cannot end before it starts.",
  params: { code: "ends-before-starts" },
};

const seminarFields = {
  title: nameText(200),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  place: nameText(200).nullable().optional(),
  purpose: z.string().trim().max(4000, "At most 4000 characters.").nullable().optional(),
  agenda: z.string().trim().max(20000, "At most 20000 characters.").nullable().optional(),
  /** Centres taking part (those that record contributions take part anyway). */
  centreIds: z
    .array(z.string().min(1))
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, {
      message: "List each centre once.",
      params: { code: "duplicate" },
    })
    .meta(uniqueItems)
    .optional(),
};

export const seminarCreateSchema = z.object(seminarFields).refine(datesInOrder, datesMessage);

export const seminarUpdateSchema = z
  .object({ ...seminarFields, title: seminarFields.title.optional(), startsOn: isoDate.optional() })
  .refine(notEmpty, notEmptyMessage)
  .refine(datesInOrder, datesMessage);

export const contributionKindSchema = z.enum(["presented", "requested", "took-home"]);
export type ContributionKind = z.infer<typeof contributionKindSchema>;

export const contributionCreateSchema = z.object({
  /** The centre it is about. A facilitator may leave it out: it is their own centre. */
  centreId: z.string().min(1).optional(),
  /** presented: what the centre shared ("how we did it"); requested: what others asked it for; took-home: what it took home. */
  kind: contributionKindSchema,
  text: nonBlank(4000),
  themeKey: themeKeySchema.nullable().optional(),
  scaleKeys: scaleKeysSchema.optional(),
});

export const contributionUpdateSchema = z
  .object({
    kind: contributionKindSchema.optional(),
    text: nonBlank(4000).optional(),
    themeKey: themeKeySchema.nullable().optional(),
    scaleKeys: scaleKeysSchema.optional(),
  })
  .refine(notEmpty, notEmptyMessage);

export const contributionSchema = z.object({
  id: z.string(),
  seminarId: z.string(),
  /** Null where the caller may not learn which centre it was (another centre, for a facilitator). */
  centre: centreRefSchema.nullable(),
  /** True when it is the caller's own centre (a facilitator's). */
  ownCentre: z.boolean(),
  kind: contributionKindSchema,
  text: z.string(),
  themeKey: z.string().nullable(),
  scaleKeys: z.array(z.string()),
  createdAt: z.string(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const seminarSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  place: z.string().nullable(),
  purpose: z.string().nullable(),
  agenda: z.string().nullable(),
  /** Centres that took part (recorded at least one contribution). */
  participantCount: z.number().int(),
  /** The participating centres the caller may see (a facilitator: only their own). */
  participants: z.array(centreRefSchema),
  contributionCount: z.number().int(),
  createdAt: z.string(),
});
export type Seminar = z.infer<typeof seminarSchema>;

export const seminarDetailSchema = seminarSchema.extend({
  /** Presented, requested, took home; each kind in the order recorded. */
  contributions: z.array(contributionSchema),
});
export type SeminarDetail = z.infer<typeof seminarDetailSchema>;
