/**
 * The machine code of an error in a CSV import's row, which the SPA translates (it never reads the
 * English message). Cell errors found by the answer check or a schema use the field error codes
 * (`required`, `range`, `too-many`, …); the codes below are the ones only a file can have.
 */
import { type FieldErrorCode, fieldErrorCodes } from "./field-error-code.ts";

export const importOnlyErrorCodes = [
  /** A header cell that is not a column of the round's questionnaire. */
  "unknown-column",
  /** A header cell left empty. */
  "unnamed-column",
  /** A column the import needs (the centre) is not in the header. */
  "missing-column",
  /** The multiple choice given both as one column and as a column per option. */
  "choices-both-ways",
  /** A row with more cells than the header has columns (`params.cells`, `params.columns`). */
  "too-many-cells",
  /** A per-option multiple-choice cell that is not 1, 0 or empty. */
  "choice-flag",
  /** A quoted cell never closed. */
  "unclosed-quote",
  /** Text after a cell's closing quote. */
  "text-after-quote",
] as const;

export const importErrorCodes = [...fieldErrorCodes, ...importOnlyErrorCodes] as const;
export type ImportErrorCode = FieldErrorCode | (typeof importOnlyErrorCodes)[number];
