import { scoreRow } from "./score-matrix.ts";
import { CODE_BITS, COUNT_SHIFT, SUM_MASK, type ScoringPlan } from "./scoring-plan.ts";

/**
 * Moments per cell (the finest groups) and key (scales, then multiple-choice options), laid out
 * `cell * keys + key`. Scale scores are shifted by {@link MOMENT_SHIFT}; choices are 0/1 indicators.
 */
export interface CellMoments {
  keys: number;
  count: Float64Array;
  sum: Float64Array;
  sumSq: Float64Array;
  respondents: Float64Array;
}

/** Scores are accumulated around the middle of the 0–100 range (see summaryFromMoments). */
export const MOMENT_SHIFT = 50;

/**
 * One pass over the packed answers: scores each person on each scale and adds the score to the
 * moments of the person's cell. This is the loop the benchmark measures, so it avoids calls,
 * objects and floating-point work per answer where the instrument allows (see `packedTable`).
 */
export function accumulateCells(
  plan: ScoringPlan,
  packed: Uint8Array,
  n: number,
  rowCell: Int32Array,
  cells: number,
): CellMoments {
  if (plan.packedTable !== null) return addPacked(plan, plan.packedTable, packed, n, rowCell, cells);
  const keys = plan.scaleKeys.length + plan.choiceCount;
  const m: CellMoments = {
    keys,
    count: new Float64Array(cells * keys),
    sum: new Float64Array(cells * keys),
    sumSq: new Float64Array(cells * keys),
    respondents: new Float64Array(cells),
  };
  addScalesFloat(plan, packed, n, rowCell, m);
  addChoices(plan, packed, n, rowCell, m);
  return m;
}

// Kept apart from the fallback below so that the optimiser compiles this loop on its own, with
// the multiple-choice slots handled in the same pass over the row.
function addPacked(
  plan: ScoringPlan,
  table: Int32Array,
  packed: Uint8Array,
  n: number,
  rowCell: Int32Array,
  cells: number,
): CellMoments {
  const { width, scaleStart, scaleItems, minAnswered, choiceOffset } = plan;
  const S = plan.scaleKeys.length;
  const Q = plan.choiceCount;
  const keys = S + Q;
  const count = new Float64Array(cells * keys);
  const sum = new Float64Array(cells * keys);
  const sumSq = new Float64Array(cells * keys);
  const respondents = new Float64Array(cells);
  // Literals rather than the imported constants: some loaders turn imported bindings into getter
  // calls, which would dominate this loop. scoring-plan.ts asserts they agree.
  const perUnit = 1 / plan.unit;
  for (let r = 0; r < n; r++) {
    const row = r * width;
    const cell = rowCell[r] as number;
    const base = cell * keys;
    respondents[cell] = (respondents[cell] as number) + 1;
    for (let s = 0; s < S; s++) {
      let total = 0;
      const end = scaleStart[s + 1] as number;
      for (let j = scaleStart[s] as number; j < end; j++) {
        const slot = scaleItems[j] as number;
        total += table[(slot << 8) | (packed[row + slot] as number)] as number;
      }
      const answered = total >> 20;
      if (answered >= (minAnswered[s] as number)) {
        const v = ((total & 0xfffff) * perUnit) / answered - 50;
        const b = base + s;
        count[b] = (count[b] as number) + 1;
        sum[b] = (sum[b] as number) + v;
        sumSq[b] = (sumSq[b] as number) + v * v;
      }
    }
    const choices = row + choiceOffset;
    let chose = 0;
    for (let q = 0; q < Q; q++) chose |= packed[choices + q] as number;
    if (chose !== 0) {
      const b = base + S;
      for (let q = 0; q < Q; q++) {
        const x = packed[choices + q] as number;
        count[b + q] = (count[b + q] as number) + 1;
        sum[b + q] = (sum[b + q] as number) + x;
      }
    }
  }
  // A 0/1 indicator's sum of squares is its sum.
  for (let cell = 0; cell < cells; cell++) {
    for (let q = 0; q < Q; q++) sumSq[cell * keys + S + q] = sum[cell * keys + S + q] as number;
  }
  return { keys, count, sum, sumSq, respondents };
}

function addScalesFloat(plan: ScoringPlan, packed: Uint8Array, n: number, rowCell: Int32Array, m: CellMoments) {
  const { keys, count, sum, sumSq, respondents } = m;
  const S = plan.scaleKeys.length;
  const scratch = new Float64Array(S);
  for (let r = 0; r < n; r++) {
    const cell = rowCell[r] as number;
    respondents[cell] = (respondents[cell] as number) + 1;
    scoreRow(plan, packed, r * plan.width, scratch, 0);
    for (let s = 0; s < S; s++) {
      const x = scratch[s] as number;
      if (Number.isNaN(x)) continue;
      const v = x - MOMENT_SHIFT;
      const b = cell * keys + s;
      count[b] = (count[b] as number) + 1;
      sum[b] = (sum[b] as number) + v;
      sumSq[b] = (sumSq[b] as number) + v * v;
    }
  }
}

function addChoices(plan: ScoringPlan, packed: Uint8Array, n: number, rowCell: Int32Array, m: CellMoments) {
  const { width, choiceOffset } = plan;
  const { keys, count, sum, sumSq } = m;
  const S = plan.scaleKeys.length;
  const Q = plan.choiceCount;
  for (let r = 0; r < n; r++) {
    const choices = r * width + choiceOffset;
    let chose = 0;
    for (let q = 0; q < Q; q++) chose |= packed[choices + q] as number;
    // Only those who ticked something answered the question; their unticked options count as 0.
    if (chose === 0) continue;
    const b = (rowCell[r] as number) * keys + S;
    for (let q = 0; q < Q; q++) {
      const x = packed[choices + q] === 1 ? 1 : 0;
      count[b + q] = (count[b + q] as number) + 1;
      sum[b + q] = (sum[b + q] as number) + x;
      sumSq[b + q] = (sumSq[b + q] as number) + x;
    }
  }
}
