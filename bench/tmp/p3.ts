import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { syntheticRound } from "../synthetic-round.ts";
import { aggregateRound } from "../../shared/scoring/aggregate-round.ts";
import { accumulateCells } from "../../shared/scoring/cell-moments.ts";
import { scoringPlan } from "../../shared/scoring/scoring-plan.ts";
const round = syntheticRound(def, { respondents: 10000, centres: 8, teamsPerCentre: 5, missing: 0.03, noTeam: 0.05, seed: 1 });
const rowCell0 = new Int32Array(10000); for (let r = 0; r < 10000; r++) rowCell0[r] = round.team[r]! >= 0 ? round.team[r]! : 40 + round.centre[r]!;
const plan = scoringPlan(def);
import { COUNT_SHIFT, SUM_MASK } from '../../shared/scoring/scoring-plan.ts';
function kInline(input: { packed: Uint8Array; count: number }, rowCell: Int32Array) {
  const { scaleStart, scaleItems, minAnswered, choiceOffset, width } = plan; const tab = plan.packedTable!;
  const N = input.count; const W = width; const S = plan.scaleKeys.length; const Q = plan.choiceCount; const K = S + Q;
  const packed = input.packed; const inv = 1 / plan.unit;
  const cnt = new Float64Array(48 * K), sm = new Float64Array(48 * K), sq = new Float64Array(48 * K);
  const respondents = new Float64Array(48);
  for (let r = 0; r < N; r++) { const row = r * W; const cell = rowCell[r]!; const base = cell * K;
    respondents[cell]++;
    for (let s = 0; s < S; s++) { let total = 0; const end = scaleStart[s + 1]!;
      for (let j = scaleStart[s]!; j < end; j++) { const slot = scaleItems[j]!; total += tab[(slot << 8) | packed[row + slot]!]!; }
      const count = total >> COUNT_SHIFT;
      if (count >= minAnswered[s]!) { const v = ((total & SUM_MASK) * inv) / count - 50; const b = base + s; cnt[b]++; sm[b] += v; sq[b] += v * v; } }
    let chose = 0; const co = row + choiceOffset; for (let q = 0; q < Q; q++) chose |= packed[co + q]!;
    if (chose !== 0) { const b = base + S; for (let q = 0; q < Q; q++) { cnt[b + q]++; sm[b + q] += packed[co + q]!; } }
  }
  return sm;
}
function floor(p: Uint8Array) { let s = 0; for (let i = 0; i < p.length; i++) s += p[i]!; return s; }
const fns: [string, () => unknown][] = [["full", () => aggregateRound(def, round)], ["acc", () => accumulateCells(plan, round.packed, 10000, rowCell0, 48)], ["inline", () => kInline(round, rowCell0)], ["floor", () => floor(round.packed)]];
const times: Record<string, number[]> = {};
for (let k = 0; k < 200; k++) for (const [name, f] of fns) { const t0 = performance.now(); f(); (times[name] ??= []).push(performance.now() - t0); }
for (const [n, t] of Object.entries(times)) { const s = t.slice(50).sort((a, b) => a - b); console.log(n, s[s.length >> 1]!.toFixed(2), s[0]!.toFixed(2)); }
