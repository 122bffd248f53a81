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
import type { MessageKey, Messages } from "./da.ts";

export type { MessageKey, Messages };
export const locales = ["da", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "da";

/**
 * What is loaded so far, per language: nothing until a language's strings arrive (`addMessages`).
 * The SPA loads the core strings (da.ts, en.ts) and the features' of the language in use only, each
 * as a chunk of its own (web/src/lib/i18n.ts), so that a Danish reader never downloads the English
 * text (issue 14). Other users add what they need: `addMessages("da", da)`.
 */
export const dictionaries: Record<Locale, Partial<Messages>> = { da: {}, en: {} };

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

/** The typographic minus (U+2212): one sign for every negative number the app prints. */
export const MINUS = "\u2212";

/**
 * 70.5 → "70,5" in Danish, "70.5" in English; `digits` fixes the number of decimals. Negative
 * numbers carry the minus sign U+2212 (Intl gives a hyphen in both languages), and a value that
 * rounds to zero prints without a sign ("0,0", never "−0,0").
 */
export function formatNumber(locale: Locale, value: number, digits?: number): string {
  const text = new Intl.NumberFormat(intlTag[locale], {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 2,
  }).format(value);
  if (!text.startsWith("-")) return text;
  return /[1-9]/.test(text) ? `${MINUS}${text.slice(1)}` : text.slice(1);
}

/** A difference with its sign as printed: "+1,5", "−3,2", "±0,0" where it rounds to nothing. */
export function formatSigned(locale: Locale, value: number, digits = 1): string {
  const magnitude = formatNumber(locale, Math.abs(value), digits);
  if (!/[1-9]/.test(magnitude)) return `±${magnitude}`;
  return `${value > 0 ? "+" : MINUS}${magnitude}`;
}

/**
 * A p-value with its relation, to three decimals: "p = 0,012", and "p < 0,001" below that
 * (never "p = < 0,001", nor "p = 0,000" for a p that rounds to nothing).
 */
export function formatP(locale: Locale, p: number): string {
  return p < 0.001 ? `p < ${formatNumber(locale, 0.001, 3)}` : `p = ${formatNumber(locale, p, 3)}`;
}

/** An ISO calendar date (`YYYY-MM-DD`) as a long date: "1. juni 2007", "1 June 2007". */
export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlTag[locale], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/**
 * A field error in the reader's language, from its machine `code` alone (the API's English message
 * is never shown): the field's own words where it has them (`error.field.<code>.<field>`), else the
 * code's, else a general "not valid". Bounds in `params` fill the words ("at most {max} characters").
 */
export function fieldErrorMessage(
  locale: Locale,
  error: { path: string; code?: string; params?: Record<string, number> },
): string {
  const field =
    error.path
      .split(".")
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? "";
  return firstWords(
    locale,
    [`error.field.${error.code}.${field}`, `error.field.${error.code}`],
    error.params,
  );
}

/**
 * An error in a CSV import's row in the reader's language, from its machine `code` alone: the
 * import's words for the code in that column (`survey.import.error.<code>.<column>`), else for the
 * code, else the field error's words for it (the codes are shared), else a general "not valid".
 */
export function importErrorMessage(
  locale: Locale,
  error: { column: string; code: string; params?: Record<string, number> },
): string {
  return firstWords(
    locale,
    [
      `survey.import.error.${error.code}.${error.column}`,
      `survey.import.error.${error.code}`,
      `error.field.${error.code}`,
    ],
    error.params,
  );
}

/** The first of `keys` that has words, filled; words needing a bound not given are skipped. */
function firstWords(locale: Locale, keys: string[], params?: Record<string, number>): string {
  for (const key of keys) {
    const words = dictionaries[locale][key as MessageKey];
    if (words === undefined) continue;
    const filled = fill(words, locale, params);
    if (!/\{\w+\}/.test(filled)) return filled;
  }
  return t(locale, "error.field.invalid");
}
