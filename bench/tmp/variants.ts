import type { ScoringPlan } from "../../shared/scoring/scoring-plan.ts";
import type { CellMoments } from "../../shared/scoring/cell-moments.ts";
const TALLY = new Int32Array(256); for (let c = 1; c < 256; c++) TALLY[c] = c + 65536;
export function addRunsV1(
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

export function addRunsV2(
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
  const tally = TALLY;
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
        let acc = 0;
        for (let i = row + (runs[p] as number); i < end; i++) acc += tally[packed[i] as number] as number;
        const codes = acc & 0xffff;
        const counted = acc >>> 16;
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

