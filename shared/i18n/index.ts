/**
 * The product's words in Danish (default) and English, with number and date formatting for each
 * language. Pure TypeScript: used by the SPA and usable by the API or scripts.
 *
 * @example
 * t("da", "rounds.wave", { wave: 2 })        // "Runde 2"
 * tp("en", "rounds.centres", 1)              // "1 centre"
 * formatNumber("da", 70.5, 1)                // "70,5"
 * formatDate("en", "2007-06-01")             // "1 June 2007"
 */
import { da, type MessageKey, type Messages } from "./da.ts";
import { en } from "./en.ts";

export type { MessageKey, Messages };
export const locales = ["da", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "da";

/**
 * What is loaded so far, per language: the core strings at once, each feature's strings when they
 * arrive (`addMessages`), so that the first page load does not carry every screen's text.
 */
export const dictionaries: Record<Locale, Partial<Messages>> = { da: { ...da }, en: { ...en } };

export function addMessages(locale: Locale, messages: Partial<Messages>): void {
  Object.assign(dictionaries[locale], messages);
}

/** BCP 47 tags for Intl: Danish as in Denmark, English with day-month dates as in the UK. */
const intlTag: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

export const isLocale = (value: unknown): value is Locale => value === "da" || value === "en";

export type Params = Record<string, string | number>;

function fill(template: string, locale: Locale, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(locale, value) : value;
  });
}

/** A message in the language, with `{placeholders}` filled (numbers formatted for the language). */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  return fill(dictionaries[locale][key] ?? key, locale, params);
}

/** Keys `X` for which both `X.one` and `X.other` exist. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** A plural message chosen by the language's rules for `n`; `{n}` is filled with `n`. */
export function tp(locale: Locale, key: PluralKey, n: number, params?: Params): string {
  const form = new Intl.PluralRules(intlTag[locale]).select(n) === "one" ? "one" : "other";
  return t(locale, `${key}.${form}` as MessageKey, { n, ...params });
}

/** 70.5 → "70,5" in Danish, "70.5" in English; `digits` fixes the number of decimals. */
export function formatNumber(locale: Locale, value: number, digits?: number): string {
  return new Intl.NumberFormat(intlTag[locale], {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 2,
  }).format(value);
}

/** An ISO calendar date (`YYYY-MM-DD`) as a long date: "1. juni 2007", "1 June 2007". */
export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlTag[locale], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/**
 * The API (and the shared zod schemas) speak English. Messages they are known to send are shown
 * in the reader's language; anything else is shown as sent.
 */
const knownMessages: Record<string, MessageKey> = {
  "Must not be empty.": "error.required",
  "Not an email address.": "error.email",
  "Use the form YYYY-MM-DD.": "error.dateFormat",
  "Not a real calendar date.": "error.dateInvalid",
  "At least 10 characters.": "error.passwordLength",
  "Choose at least one centre.": "error.centresRequired",
  "The round cannot close before it opens.": "error.closesBeforeOpens",
  "Before the opening date.": "error.beforeOpening",
  "A facilitator belongs to one centre.": "error.facilitatorCentre",
  "Only facilitators belong to a centre.": "error.onlyFacilitatorCentre",
  "Already taken.": "error.taken",
  "Not a centre of this network.": "error.notNetworkCentre",
  "The centre left the network.": "error.centreLeft",
  "The minimum group size is never below 3.": "error.minGroupSize",
  "Give at least one field to change.": "error.nothingChanged",
  "The seminar cannot end before it starts.": "seminars.form.endsBeforeStarts",
  "Before the start date.": "seminars.form.endsBeforeStarts",
};

export function translateMessage(locale: Locale, message: string): string {
  const key = knownMessages[message];
  if (key) return t(locale, key);
  const max = /^At most (\d+) characters\.$/.exec(message);
  if (max) return t(locale, "error.maxLength", { n: Number(max[1]) });
  // zod's own wording for numbers ("Too small: expected number to be >=3", "Invalid input: expected number …").
  if (/^Too small: expected number/.test(message)) return t(locale, "error.tooSmall");
  if (/^Too big: expected number/.test(message)) return t(locale, "error.tooLarge");
  if (/expected number/.test(message)) return t(locale, "error.number");
  return message;
}
