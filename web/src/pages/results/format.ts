/**
 * How the results screens say figures: in the reader's language (70,5 in Danish), with "too few
 * answers" where a figure is suppressed, never a 0 that looks like a score.
 */
import { fmtNumber, fmtSigned, locale, t } from "../../lib/i18n.ts";

/** The text in the reader's language. */
export const inLocale = (text: { da: string; en: string }) => text[locale()];

/** A 0–100 score to one decimal, or the words for a suppressed figure. */
export const score = (value: number | null | undefined) =>
  value === null || value === undefined ? t("results.tooFew") : fmtNumber(value, 1);

/** A figure that may be missing for another reason than anonymity (no reference set). */
export const optionalScore = (value: number | null | undefined) =>
  value === null || value === undefined ? "–" : fmtNumber(value, 1);

export const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? t("results.tooFew") : `${fmtNumber(value, 0)} %`;

/** A difference with its sign: "+1,5", "−3,2". */
export const signed = (value: number, digits = 1) => fmtSigned(value, digits);

/** The x-axis names of rounds: the year, or month and year where two rounds share a year. */
export function roundTicks(dates: string[]): string[] {
  const years = dates.map((d) => d.slice(0, 4));
  const shared = years.some((y, i) => years.indexOf(y) !== i);
  return dates.map((d, i) => (shared ? `${d.slice(5, 7)}/${years[i]}` : (years[i] ?? d)));
}
