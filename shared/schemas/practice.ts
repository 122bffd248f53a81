import { z } from "zod";
import { themeKeySchema } from "../themes/schema.ts";
import { nameText, nonBlank, notEmpty, notEmptyMessage } from "./common.ts";
import { centreRefSchema, scaleKeySchema, scaleKeysSchema } from "./seminar.ts";

const practiceFields = {
  title: nameText(200),
  /** How they did it. Bullet lines (starting with "-", "*" or "•") become actions in a plan draft. */
  body: nonBlank(20000),
  themeKey: themeKeySchema.nullable().optional(),
  scaleKeys: scaleKeysSchema.optional(),
  /** The seminar where it was presented, if any. */
  seminarId: z.string().min(1).nullable().optional(),
  /** Whether the owning centre agrees that other centres see its name. */
  shareCentreName: z.boolean().optional(),
};

export const practiceCreateSchema = z.object({
  ...practiceFields,
  /**
   * The centre it comes from. A facilitator's practice is always their own centre's; the
   * coordinator may name any centre of the network, or none for a network-wide practice.
   */
  centreId: z.string().min(1).nullable().optional(),
});

export const practiceUpdateSchema = z
  .object({ ...practiceFields, title: practiceFields.title.optional(), body: practiceFields.body.optional() })
  .refine(notEmpty, notEmptyMessage);

export const practiceSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  title: z.string(),
  body: z.string(),
  themeKey: z.string().nullable(),
  scaleKeys: z.array(z.string()),
  seminarId: z.string().nullable(),
  /**
   * The centre it comes from, as the caller may see it: named to the coordinator and to the
   * centre itself; to other centres only if the centre agreed (shareCentreName), else null.
   */
  centre: centreRefSchema.nullable(),
  ownCentre: z.boolean(),
  shareCentreName: z.boolean(),
  /** Whether the caller may change or delete it. */
  canEdit: z.boolean(),
  createdAt: z.string(),
});
export type Practice = z.infer<typeof practiceSchema>;

const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "Use a whole number.")
    .transform(Number)
    .pipe(z.number().int().min(min, `At least ${min}.`).max(max, `At most ${max}.`))
    // The document says what the server takes: a whole number in range, not just digits.
    .meta({ type: "integer", minimum: min, maximum: max });

export const practiceListQuerySchema = z.object({
  /** Free-text search in title and body (words of three letters or more match anywhere in a word). */
  q: z
    .string()
    .trim()
    .min(1, "Must not be empty.")
    .max(200, "At most 200 characters.")
    // SQLite's FTS5 ends a query at a NUL (a 500 before); no control character belongs in a search.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is about control characters
    .regex(/^[^\u0000-\u001f\u007f]*$/, "No control characters.")
    .optional(),
  theme: themeKeySchema.optional(),
  scale: scaleKeySchema.optional(),
  centreId: z.string().min(1).optional(),
  seminarId: z.string().min(1).optional(),
  limit: intParam(1, 200).optional(),
  offset: intParam(0, 100000).optional(),
});

/**
 * What the SPA needs to start an action plan from a practice: the fields of a plan filled in from
 * the practice, for the facilitator to edit and send to the action-plan route.
 */
export const practicePlanDraftSchema = z.object({
  practiceId: z.string(),
  title: z.string(),
  goal: z.string().nullable(),
  themeKey: z.string().nullable(),
  /** The practice's first scale: the one the plan should move. */
  scaleKey: z.string().nullable(),
  /** Bullet lines of the practice body, as actions to give owners and dates. */
  actions: z.array(z.string()),
  /** The practice text, to keep in the plan as its source. */
  text: z.string(),
});
export type PracticePlanDraft = z.infer<typeof practicePlanDraftSchema>;
