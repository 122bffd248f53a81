import type { InstrumentDefinition } from "../instrument/schema.ts";
import { CODE_BITS, type ScoringPlan, scoringPlan } from "./scoring-plan.ts";

/** Persons' scale scores, row-major: `values[person * scaleKeys.length + scale]`, NaN = missing. */
export interface ScoreMatrix {
  scaleKeys: readonly string[];
  values: Float64Array;
  n: number;
}

/**
 * Scores one packed row: per scale, the mean of the answered items (0–100, reversal applied), or
 * NaN where fewer than half of the scale's items were answered. Writes `out[outOffset + scale]`.
 * Codes must be valid for their items (as `validateAnswers` guarantees).
 */
export function scoreRow(
  plan: ScoringPlan,
  packed: Uint8Array,
  rowOffset: number,
  out: Float64Array,
  outOffset: number,
): void {
  const { runs, runCoef } = plan;
  if (runs !== null && runCoef !== null) {
    // Same arithmetic as the aggregation kernel (cell-moments.ts), so both give identical scores.
    let c = 0;
    for (let p = 0, s = 0; p < runs.length; s++) {
      const runCount = runs[p] as number;
      const min = runs[p + 1] as number;
      p += 2;
      let answered = 0;
      let total = 0;
      for (let k = 0; k < runCount; k++, p += 2, c += 2) {
        const end = rowOffset + (runs[p + 1] as number);
        let codes = 0;
        let count = 0;
        for (let i = rowOffset + (runs[p] as number); i < end; i++) {
          const code = packed[i] as number;
          codes += code;
          count += (code + 255) >> 8;
        }
        answered += count;
        total += (runCoef[c] as number) * count + (runCoef[c + 1] as number) * codes;
      }
      out[outOffset + s] = answered >= min ? total / answered : Number.NaN;
    }
    return;
  }
  const { scaleStart, scaleItems, minAnswered, score, answered } = plan;
  for (let s = 0; s < minAnswered.length; s++) {
    let sum = 0;
    let count = 0;
    const end = scaleStart[s + 1] as number;
    for (let j = scaleStart[s] as number; j < end; j++) {
      const slot = scaleItems[j] as number;
      const idx = (slot << CODE_BITS) | (packed[rowOffset + slot] as number);
      sum += score[idx] as number;
      count += answered[idx] as number;
    }
    out[outOffset + s] = count >= (minAnswered[s] as number) ? sum / count : Number.NaN;
  }
}

/**
 * Scale scores for many packed rows, given either as separate rows or as one concatenated buffer
 * (`count` rows of the instrument's width).
 *
 * @example
 * const { values, scaleKeys } = scoreMatrix(def, [validated.packed]);
 */
export function scoreMatrix(def: InstrumentDefinition, rows: readonly Uint8Array[]): ScoreMatrix;
export function scoreMatrix(def: InstrumentDefinition, packed: Uint8Array, count?: number): ScoreMatrix;
export function scoreMatrix(
  def: InstrumentDefinition,
  input: Uint8Array | readonly Uint8Array[],
  count?: number,
): ScoreMatrix {
  const plan = scoringPlan(def);
  const S = plan.scaleKeys.length;
  if (input instanceof Uint8Array) {
    const n = checkedRowCount(input, plan.width, count);
    const values = new Float64Array(n * S);
    for (let r = 0; r < n; r++) scoreRow(plan, input, r * plan.width, values, r * S);
    return { scaleKeys: plan.scaleKeys, values, n };
  }
  const values = new Float64Array(input.length * S);
  input.forEach((row, r) => {
    if (row.length !== plan.width) {
      throw new RangeError(`row ${r} has ${row.length} bytes, instrument expects ${plan.width}`);
    }
    scoreRow(plan, row, 0, values, r * S);
  });
  return { scaleKeys: plan.scaleKeys, values, n: input.length };
}

/** Rows in a concatenated buffer, checked against the instrument's width. */
export function checkedRowCount(packed: Uint8Array, width: number, count?: number): number {
  const n = count ?? packed.length / width;
  if (!Number.isInteger(n) || n < 0 || n * width > packed.length) {
    throw new RangeError(`packed buffer of ${packed.length} bytes does not hold ${n} rows of ${width}`);
  }
  return n;
}
