/**
 * Where a respondent's own profile points to help: the strain scales of the questionnaire (stress,
 * burnout, sleeping troubles) where the person's score is "red" by the rule the reports use for a
 * traffic light, worse than the comparison by at least the network's meaningful difference.
 */
import type { Polarity } from "../instrument/schema.ts";
import { light } from "./benchmark.ts";

/** The scales whose high score is a reason to talk to someone (keys of the built-in instrument). */
export const SUPPORT_SCALES: readonly string[] = ["stress", "burnout", "sleeping-troubles"];

/**
 * What a score is held against where the network has no reference values: the middle of the
 * 0–100 range ("sometimes"), so "high" still means clearly above it.
 */
export const NEUTRAL_COMPARISON = 50;

export interface OwnScale {
  key: string;
  polarity: Polarity;
  /** 0–100, or null where too few of the scale's items were answered. */
  score: number | null;
  /** The reference mean, or null where there is none. */
  reference: number | null;
}

/** The keys of the support scales that are high for this person, in the instrument's order. */
export function scalesPointingToHelp(rows: readonly OwnScale[], threshold: number): string[] {
  return rows
    .filter(
      (r) =>
        SUPPORT_SCALES.includes(r.key) &&
        r.score !== null &&
        light(r.score, r.reference ?? NEUTRAL_COMPARISON, r.polarity, threshold) === "red",
    )
    .map((r) => r.key);
}
