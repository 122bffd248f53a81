/**
 * A centre's own words under a respondent's profile where stress, burnout or sleeping troubles are
 * high: whom to talk to (a person's name, a phone number, the occupational health service). Plain
 * text, set by the coordinator or the centre's facilitator, in Danish and English; null (or blank)
 * means the survey's built-in default in that language.
 */
import { z } from "zod";
import { SUPPORT_TEXT_MAX } from "../support-text.ts";

export { DEFAULT_SUPPORT_TEXT, SUPPORT_TEXT_MAX } from "../support-text.ts";

/**
 * Control characters other than line breaks and tabs, zero-width characters and direction
 * overrides: they hide what a line says on a respondent's phone.
 */
const HIDDEN =
  "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff";
const hidden = new RegExp(`[${HIDDEN}]`);

const supportLine = z
  .string()
  .refine((s) => !hidden.test(s), {
    message: "No invisible or direction-changing characters.",
    params: { code: "confusable-characters" },
  })
  .trim()
  .max(SUPPORT_TEXT_MAX, `At most ${SUPPORT_TEXT_MAX} characters.`)
  .meta({ pattern: `^[^${HIDDEN}]*$` });

/** Both languages at once (a PUT replaces the pair); blank or null is the default. */
export const supportTextUpdateSchema = z.object({
  da: supportLine.nullable(),
  en: supportLine.nullable(),
});
export type SupportTextUpdate = z.infer<typeof supportTextUpdateSchema>;

export const supportTextSchema = z.object({
  /** Null: the default text in that language is shown. */
  da: z.string().nullable(),
  en: z.string().nullable(),
});
export type SupportText = z.infer<typeof supportTextSchema>;
