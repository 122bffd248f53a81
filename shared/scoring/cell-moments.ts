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
// one load and two integer adds per answer. Two rows go through the program side by side, so that
// the program's loop, its loads and the run coefficients are paid once per pair; with an odd
// number of rows the last one is paired with itself and counted once. Kept in its own function so
// the optimiser compiles it apart from the fallback.
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
  for (let r = 0; r < n; r += 2) {
    const paired = r + 1 < n;
    const row0 = r * width;
    const row1 = paired ? row0 + width : row0;
    const cell0 = rowCell[r] as number;
    const cell1 = paired ? (rowCell[r + 1] as number) : cell0;
    let b0 = cell0 * keys;
    let b1 = cell1 * keys;
    let c = 0;
    for (let p = 0; p < programLength; b0++, b1++) {
      const runCount = runs[p] as number;
      const min = runs[p + 1] as number;
      p += 2;
      let answered0 = 0;
      let total0 = 0;
      let answered1 = 0;
      let total1 = 0;
      for (let k = 0; k < runCount; k++, p += 2, c += 2) {
        const from = runs[p] as number;
        const to = runs[p + 1] as number;
        let codes0 = 0;
        let counted0 = 0;
        let codes1 = 0;
        let counted1 = 0;
        for (let i = from; i < to; i++) {
          const x0 = packed[row0 + i] as number;
          const x1 = packed[row1 + i] as number;
          codes0 += x0;
          counted0 += (x0 + 255) >> 8;
          codes1 += x1;
          counted1 += (x1 + 255) >> 8;
        }
        const alpha = coef[c] as number;
        const beta = coef[c + 1] as number;
        answered0 += counted0;
        total0 += alpha * counted0 + beta * codes0;
        answered1 += counted1;
        total1 += alpha * counted1 + beta * codes1;
      }
      if (answered0 >= min) {
        const v = total0 / answered0 - 50;
        count[b0] = (count[b0] as number) + 1;
        sum[b0] = (sum[b0] as number) + v;
        sumSq[b0] = (sumSq[b0] as number) + v * v;
      }
      if (paired && answered1 >= min) {
        const v = total1 / answered1 - 50;
        count[b1] = (count[b1] as number) + 1;
        sum[b1] = (sum[b1] as number) + v;
        sumSq[b1] = (sumSq[b1] as number) + v * v;
      }
    }
    respondents[cell0] = (respondents[cell0] as number) + 1;
    addChoiceRow(packed, row0 + choiceOffset, choiceCount, b0, count, sum);
    if (paired) {
      respondents[cell1] = (respondents[cell1] as number) + 1;
      addChoiceRow(packed, row1 + choiceOffset, choiceCount, b1, count, sum);
    }
  }
}

/**
 * One row's multiple-choice slots into the moments at `b` (the question's first option). Unticked
 * options add 0, so every row adds to the sums; only the question's answered count (kept in the
 * first option's slot, copied to the others afterwards) needs the test.
 */
function addChoiceRow(
  packed: Uint8Array,
  choices: number,
  choiceCount: number,
  b: number,
  count: Float64Array,
  sum: Float64Array,
) {
  let chose = 0;
  for (let q = 0; q < choiceCount; q++) {
    const x = packed[choices + q] as number;
    chose |= x;
    sum[b + q] = (sum[b + q] as number) + x;
  }
  if (chose !== 0) count[b] = (count[b] as number) + 1;
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
  const S = plan.scaleKeys.length;
  for (let r = 0; r < n; r++) {
    const b = (rowCell[r] as number) * m.keys + S;
    addChoiceRow(packed, r * plan.width + plan.choiceOffset, plan.choiceCount, b, m.count, m.sum);
  }
}
