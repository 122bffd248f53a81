import type { FieldErrorCode } from "../schemas/field-error-code.ts";
import { instrumentIndex } from "./instrument-index.ts";
import type { InstrumentDefinition } from "./schema.ts";

/**
 * Answers as they travel over the wire: item code → option code, the multiple-choice code → the
 * chosen option keys, and open-question code → free text. `null` marks an item left blank.
 */
export type Answers = Record<string, number | string | string[] | null>;

export interface AnswerError {
  path: string;
  message: string;
  /** What is wrong, for the SPA to say in the reader's language (see shared/schemas/field-error-code.ts). */
  code: FieldErrorCode;
  /** Bounds the words need ("between {min} and {max}"). */
  params?: Record<string, number>;
}

export type ValidateAnswersResult =
  | { ok: true; packed: Uint8Array; openAnswers: Record<string, string> }
  | { ok: false; errors: AnswerError[] };

/** Longest free-text answer kept; longer ones are refused rather than cut, so nothing is lost silently. */
export const maxOpenAnswerLength = 4000;

function validateChoices(
  def: InstrumentDefinition,
  value: unknown,
  packed: Uint8Array,
  errors: AnswerError[],
) {
  const { choiceSlot, choiceOffset } = instrumentIndex(def);
  const path = `answers.${def.multipleChoice.code}`;
  if (!Array.isArray(value)) {
    errors.push({ code: "invalid", path, message: "expected an array of option keys" });
    return;
  }
  if (value.length > def.multipleChoice.maxChoices) {
    errors.push({
      path,
      code: "too-many",
      params: { max: def.multipleChoice.maxChoices },
      message: `at most ${def.multipleChoice.maxChoices} choices allowed, got ${value.length}`,
    });
  }
  value.forEach((key, i) => {
    const slot = typeof key === "string" ? choiceSlot.get(key) : undefined;
    if (slot === undefined) {
      errors.push({
        code: "unknown",
        path: `${path}.${i}`,
        message: `unknown option ${JSON.stringify(key)}`,
      });
    } else if (packed[choiceOffset + slot] === 1) {
      errors.push({ code: "duplicate", path: `${path}.${i}`, message: `option "${key}" chosen twice` });
    } else {
      packed[choiceOffset + slot] = 1;
    }
  });
}

/**
 * Checks one respondent's answers against the instrument and packs them into one byte per slot:
 * item slots hold the option code (0 = not answered), then one 0/1 slot per multiple-choice option.
 *
 * @example
 * const result = validateAnswers(builtinInstrument, { pr1: 2, "value-most": ["tasks"] });
 * if (!result.ok) return problem(400, result.errors);
 */
export function validateAnswers(def: InstrumentDefinition, answers: unknown): ValidateAnswersResult {
  const index = instrumentIndex(def);
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    return { ok: false, errors: [{ code: "invalid", path: "answers", message: "expected an object" }] };
  }
  const packed = new Uint8Array(index.width);
  const openAnswers: Record<string, string> = {};
  const openCodes = new Set(def.openQuestions.map((q) => q.code));
  const errors: AnswerError[] = [];
  for (const [code, value] of Object.entries(answers)) {
    const path = `answers.${code}`;
    const slot = index.itemSlot.get(code);
    if (slot !== undefined) {
      if (value === null) continue;
      const max = index.optionCount[slot] ?? 0;
      if (typeof value !== "number" || !Number.isInteger(value)) {
        errors.push({ code: "invalid", path, message: "expected an integer option code" });
      } else if (value < 1 || value > max) {
        errors.push({
          code: "range",
          params: { min: 1, max },
          path,
          message: `option code must be between 1 and ${max}`,
        });
      } else {
        packed[slot] = value;
      }
    } else if (code === def.multipleChoice.code) {
      if (value !== null) validateChoices(def, value, packed, errors);
    } else if (openCodes.has(code)) {
      if (value === null) continue;
      if (typeof value !== "string") errors.push({ code: "invalid", path, message: "expected text" });
      else if (value.length > maxOpenAnswerLength) {
        errors.push({
          code: "too-long",
          params: { max: maxOpenAnswerLength },
          path,
          message: `at most ${maxOpenAnswerLength} characters`,
        });
      } else if (value.trim() !== "") openAnswers[code] = value.trim();
    } else {
      errors.push({ code: "unknown", path, message: "unknown question" });
    }
  }
  for (const slot of index.requiredSlots) {
    if (packed[slot] === 0 && !errors.some((e) => e.path === `answers.${index.itemCodes[slot]}`)) {
      errors.push({ code: "required", path: `answers.${index.itemCodes[slot]}`, message: "required" });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, packed, openAnswers };
}

/**
 * Inverse of the packing done by {@link validateAnswers} (open answers are stored apart and are not
 * part of a packed row). Unanswered items are left out; the multiple-choice key is present only if
 * at least one option was chosen.
 */
export function unpackAnswers(def: InstrumentDefinition, packed: Uint8Array): Answers {
  const index = instrumentIndex(def);
  if (packed.length !== index.width) {
    throw new RangeError(`packed row has ${packed.length} bytes, instrument expects ${index.width}`);
  }
  const answers: Answers = {};
  index.itemCodes.forEach((code, slot) => {
    const value = packed[slot] ?? 0;
    if (value !== 0) answers[code] = value;
  });
  const chosen = index.choiceKeys.filter((_, i) => packed[index.choiceOffset + i] === 1);
  if (chosen.length > 0) answers[def.multipleChoice.code] = chosen;
  return answers;
}

/**
 * Index of the first row in a concatenated buffer that {@link validateAnswers} could not have
 * produced (a code outside its item's options, a choice slot other than 0/1, too many choices, a
 * required item missing), or −1 if all are valid. Scoring trusts packed rows, so rows from any
 * other source (an import, an old backup) should pass through this first.
 */
export function findInvalidPackedRow(def: InstrumentDefinition, packed: Uint8Array, count?: number): number {
  const { width, optionCount, choiceOffset, requiredSlots } = instrumentIndex(def);
  const n = count ?? packed.length / width;
  if (!Number.isInteger(n) || n * width > packed.length) {
    throw new RangeError(`packed buffer of ${packed.length} bytes does not hold ${n} rows of ${width}`);
  }
  const maxChoices = def.multipleChoice.maxChoices;
  for (let r = 0; r < n; r++) {
    const row = r * width;
    for (let slot = 0; slot < choiceOffset; slot++) {
      if ((packed[row + slot] as number) > (optionCount[slot] as number)) return r;
    }
    let chosen = 0;
    for (let slot = choiceOffset; slot < width; slot++) {
      const x = packed[row + slot] as number;
      if (x > 1) return r;
      chosen += x;
    }
    if (chosen > maxChoices) return r;
    for (const slot of requiredSlots) if (packed[row + slot] === 0) return r;
  }
  return -1;
}
