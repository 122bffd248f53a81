import { scoreRow } from "./score-matrix.ts";
import type { ScoringPlan } from "./scoring-plan.ts";

/**
 * Moments per cell (the finest groups: a team, or a centre's respondents without a team) and key
 * (scales, then multiple-choice options), laid out `cell * keys + key`. Scale scores are shifted
 * by {@link MOMENT_SHIFT}; choices are 0/1 indicators.
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
 * moments of the person's cell. This is the loop the benchmark measures.
 */
export function accumulateCells(
  plan: ScoringPlan,
  packed: Uint8Array,
  n: number,
  rowCell: Int32Array,
  cells: number,
): CellMoments {
  const keys = plan.scaleKeys.length + plan.choiceCount;
  const m: CellMoments = {
    keys,
    count: new Float64Array(cells * keys),
    sum: new Float64Array(cells * keys),
    sumSq: new Float64Array(cells * keys),
    respondents: new Float64Array(cells),
  };
  if (plan.runs !== null && plan.runCoef !== null) {
    addRuns(plan, plan.runs, plan.runCoef, packed, n, rowCell, m);
  } else {
    addByLookup(plan, packed, n, rowCell, m);
    addChoices(plan, packed, n, rowCell, m);
  }
  // The kernels count the question's answers once per cell and skip the sums of squares of the
  // 0/1 indicators, which equal their sums.
  const first = plan.scaleKeys.length;
  for (let cell = 0; cell < cells; cell++) {
    const answered = m.count[cell * keys + first] as number;
    for (let k = first; k < keys; k++) {
      m.count[cell * keys + k] = answered;
      m.sumSq[cell * keys + k] = m.sum[cell * keys + k] as number;
    }
  }
  return m;
}

// The fast path, inlined by hand: for a linear instrument a run of items is summed as raw codes,
// one load and two integer adds per answer, and the multiple-choice slots are read in the same
// pass. Kept in its own function so the optimiser compiles it apart from the fallback.
function addRuns(
  plan: ScoringPlan,
  runs: Int32Array,
  coef: Float64Array,
  packed: Uint8Array,
  n: number,
  rowCell: Int32Array,
  m: CellMoments,
) {
  const { keys, count, sum, sumSq, respondents } = m;
  const { width, choiceOffset, choiceCount } = plan;
  const programLength = runs.length;
  for (let r = 0; r < n; r++) {
    const row = r * width;
    const cell = rowCell[r] as number;
    respondents[cell] = (respondents[cell] as number) + 1;
    let b = cell * keys;
    let c = 0;
    for (let p = 0; p < programLength; b++) {
      const runCount = runs[p] as number;
      const min = runs[p + 1] as number;
      p += 2;
      let answered = 0;
      let total = 0;
      for (let k = 0; k < runCount; k++, p += 2, c += 2) {
        const end = row + (runs[p + 1] as number);
        let codes = 0;
        let counted = 0;
        for (let i = row + (runs[p] as number); i < end; i++) {
          const code = packed[i] as number;
          codes += code;
          counted += (code + 255) >> 8;
        }
        answered += counted;
        total += (coef[c] as number) * counted + (coef[c + 1] as number) * codes;
      }
      if (answered >= min) {
        const v = total / answered - 50;
        count[b] = (count[b] as number) + 1;
        sum[b] = (sum[b] as number) + v;
        sumSq[b] = (sumSq[b] as number) + v * v;
      }
    }
    // Unticked options add 0, so every row adds to the sums; only the question's answered count
    // (kept in the first option's slot, copied to the others afterwards) needs the test.
    const choices = row + choiceOffset;
    let chose = 0;
    for (let q = 0; q < choiceCount; q++) {
      const x = packed[choices + q] as number;
      chose |= x;
      sum[b + q] = (sum[b + q] as number) + x;
    }
    if (chose !== 0) count[b] = (count[b] as number) + 1;
  }
}

function addByLookup(plan: ScoringPlan, packed: Uint8Array, n: number, rowCell: Int32Array, m: CellMoments) {
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
  const { keys, count, sum } = m;
  const { width, choiceOffset, choiceCount } = plan;
  const S = plan.scaleKeys.length;
  for (let r = 0; r < n; r++) {
    const choices = r * width + choiceOffset;
    const b = (rowCell[r] as number) * keys + S;
    let chose = 0;
    for (let q = 0; q < choiceCount; q++) {
      const x = packed[choices + q] as number;
      chose |= x;
      sum[b + q] = (sum[b + q] as number) + x;
    }
    if (chose !== 0) count[b] = (count[b] as number) + 1;
  }
}
