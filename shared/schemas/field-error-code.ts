/**
 * The machine code of a field error, which the SPA translates (it never reads the English message).
 * The API and the SPA's own checks before sending both derive it from the zod issue here, so the
 * same mistake gets the same words whichever side finds it. A refinement names its code in
 * `params.code`; zod's built-in checks get theirs from the issue's kind and bounds.
 */
import type { z } from "zod";

/** The codes the API sends and the SPA has words for (`error.field.<code>`). */
export const fieldErrorCodes = [
  "required",
  "too-short",
  "too-long",
  "too-small",
  "too-large",
  "too-few",
  "too-many",
  "number",
  "whole-number",
  "email",
  "format",
  "choice",
  "date",
  "invalid",
  "nothing-to-change",
  "closes-before-opens",
  "ends-before-starts",
  "facilitator-centre",
  "only-facilitator-centre",
  "duplicate",
  "confusable-characters",
  "merge-short-list-only",
  "top-n-rank-only",
  // Found by the services, not the schemas.
  "taken",
  "unknown",
  "centre-left",
  "over-headcount",
  "below-taken",
  "teams-over-headcount",
  "range",
  "archived",
  "key-reused",
  "before-round-opened",
  "not-before-today",
  "no-results-yet",
  "other-networks",
  "other-account",
  "sign-in-first",
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export interface CodedIssue {
  code: FieldErrorCode;
  /** Bounds the words need ("at most {max} characters"). */
  params?: Record<string, number>;
}

const isCode = (value: unknown): value is FieldErrorCode =>
  typeof value === "string" && (fieldErrorCodes as readonly string[]).includes(value);

/** The code (and bounds) of one zod issue. */
export function issueCode(issue: z.core.$ZodIssue): CodedIssue {
  switch (issue.code) {
    case "custom": {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return { code: isCode(code) ? code : "invalid" };
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string")
        return min <= 1 ? { code: "required" } : { code: "too-short", params: { min } };
      if (issue.origin === "array" || issue.origin === "set")
        return min <= 1 ? { code: "required" } : { code: "too-few", params: { min } };
      return { code: "too-small", params: { min } };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return { code: "too-long", params: { max } };
      if (issue.origin === "array" || issue.origin === "set") return { code: "too-many", params: { max } };
      return { code: "too-large", params: { max } };
    }
    case "invalid_type":
      if (issue.expected === "int") return { code: "whole-number" };
      if (issue.expected === "number") return { code: "number" };
      return { code: "invalid" };
    case "invalid_format":
      return { code: issue.format === "email" ? "email" : "format" };
    case "invalid_value":
      return { code: "choice" };
    default:
      return { code: "invalid" };
  }
}
