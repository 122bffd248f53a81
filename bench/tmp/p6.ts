import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { syntheticRound } from "../synthetic-round.ts";
import { accumulateCells } from "../../shared/scoring/cell-moments.ts";
import { scoringPlan, type ScoringPlan } from "../../shared/scoring/scoring-plan.ts";
const round = syntheticRound(def, { respondents: 10000, centres: 8, teamsPerCentre: 5, missing: 0.03, noTeam: 0.05, seed: 1 });
const rowCell0 = new Int32Array(10000); for (let r = 0; r < 10000; r++) rowCell0[r] = round.team[r]! >= 0 ? round.team[r]! : 40 + round.centre[r]!;
const plan = scoringPlan(def);
// small table: stride 8
const small = new Int32Array(plan.itemCount * 8);
for (let slot = 0; slot < plan.itemCount; slot++) for (let c = 0; c < 8; c++) small[slot * 8 + c] = plan.packedTable![slot * 256 + c]!;
// program: per scale [k, min, slot...]
const prog: number[] = [];
for (let s = 0; s < 24; s++) { const a = plan.scaleStart[s]!, b = plan.scaleStart[s + 1]!; prog.push(b - a, plan.minAnswered[s]!); for (let j = a; j < b; j++) prog.push(plan.scaleItems[j]!); }
const program = Int32Array.from(prog);
const objs = [{ plan, small, program }, { plan: { ...plan }, small: small.slice(), program: program.slice() }];
function kSmall(o: { plan: ScoringPlan; small: Int32Array; program: Int32Array }, packed: Uint8Array, n: number, rowCell: Int32Array, cells: number) {
  const { width, scaleStart, scaleItems, minAnswered, choiceOffset } = o.plan; const table = o.small;
  const S = o.plan.scaleKeys.length, Q = o.plan.choiceCount, keys = S + Q;
  const count = new Float64Array(cells * keys), sum = new Float64Array(cells * keys), sumSq = new Float64Array(cells * keys), respondents = new Float64Array(cells);
  const perUnit = 1 / o.plan.unit;
  for (let r = 0; r < n; r++) { const row = r * width; const cell = rowCell[r]!; const base = cell * keys; respondents[cell]++;
    for (let s = 0; s < S; s++) { let total = 0; const end = scaleStart[s + 1]!;
      for (let j = scaleStart[s]!; j < end; j++) { const slot = scaleItems[j]!; total += table[(slot << 3) | packed[row + slot]!]!; }
      const answered = total >> 20;
      if (answered >= minAnswered[s]!) { const v = ((total & 0xfffff) * perUnit) / answered - 50; const b = base + s; count[b]++; sum[b] += v; sumSq[b] += v * v; } }
    const choices = row + choiceOffset; let chose = 0; for (let q = 0; q < Q; q++) chose |= packed[choices + q]!;
    if (chose !== 0) { const b = base + S; for (let q = 0; q < Q; q++) { count[b + q]++; sum[b + q] += packed[choices + q]!; } } }
  return sum;
}
function kCol(o: { plan: ScoringPlan; small: Int32Array; program: Int32Array }, packed: Uint8Array, n: number, rowCell: Int32Array, cells: number) {
  const { width, scaleStart, scaleItems, minAnswered, choiceOffset } = o.plan; const table = o.plan.packedTable!;
  const S = o.plan.scaleKeys.length, Q = o.plan.choiceCount, keys = S + Q;
  const count = new Float64Array(cells * keys), sum = new Float64Array(cells * keys), sumSq = new Float64Array(cells * keys), respondents = new Float64Array(cells);
  const perUnit = 1 / o.plan.unit;
  for (let r = 0; r < n; r++) respondents[rowCell[r]!]++;
  for (let s = 0; s < S; s++) {
    const start = scaleStart[s]!, end = scaleStart[s + 1]!, min = minAnswered[s]!;
    for (let r = 0, row = 0; r < n; r++, row += width) {
      let total = 0;
      for (let j = start; j < end; j++) { const slot = scaleItems[j]!; total += table[(slot << 8) | packed[row + slot]!]!; }
      const answered = total >> 20;
      if (answered >= min) { const v = ((total & 0xfffff) * perUnit) / answered - 50; const b = rowCell[r]! * keys + s; count[b]++; sum[b] += v; sumSq[b] += v * v; }
    }
  }
  for (let r = 0; r < n; r++) { const row = r * width; const base = rowCell[r]! * keys;
    const choices = row + choiceOffset; let chose = 0; for (let q = 0; q < Q; q++) chose |= packed[choices + q]!;
    if (chose !== 0) { const b = base + S; for (let q = 0; q < Q; q++) { count[b + q]++; sum[b + q] += packed[choices + q]!; } } }
  return sum;
}
function kProg(o: { plan: ScoringPlan; small: Int32Array; program: Int32Array }, packed: Uint8Array, n: number, rowCell: Int32Array, cells: number) {
  const { width, choiceOffset } = o.plan; const table = o.plan.packedTable!; const program = o.program; const P = program.length;
  const S = o.plan.scaleKeys.length, Q = o.plan.choiceCount, keys = S + Q;
  const count = new Float64Array(cells * keys), sum = new Float64Array(cells * keys), sumSq = new Float64Array(cells * keys), respondents = new Float64Array(cells);
  const perUnit = 1 / o.plan.unit;
  for (let r = 0; r < n; r++) { const row = r * width; const cell = rowCell[r]!; let b = cell * keys; respondents[cell]++;
    for (let p = 0; p < P; b++) { const k = program[p]!; const min = program[p + 1]!; const end = p + 2 + k; let total = 0;
      for (p += 2; p < end; p++) { const slot = program[p]!; total += table[(slot << 8) | packed[row + slot]!]!; }
      const answered = total >> 20;
      if (answered >= min) { const v = ((total & 0xfffff) * perUnit) / answered - 50; count[b]++; sum[b] += v; sumSq[b] += v * v; } }
    const choices = row + choiceOffset; let chose = 0; for (let q = 0; q < Q; q++) chose |= packed[choices + q]!;
    if (chose !== 0) { for (let q = 0; q < Q; q++) { count[b + q]++; sum[b + q] += packed[choices + q]!; } } }
  return sum;
}
function floor(p: Uint8Array) { let s = 0; for (let i = 0; i < p.length; i++) s += p[i]!; return s; }
let flip = 0;
const fns: [string, () => unknown][] = [
  ["acc", () => accumulateCells(plan, round.packed, 10000, rowCell0, 48)],
  ["small", () => kSmall(objs[flip++ & 1]!, round.packed, 10000, rowCell0, 48)],
  ["col", () => kCol(objs[flip++ & 1]!, round.packed, 10000, rowCell0, 48)],
  ["floor", () => floor(round.packed)]];
const times: Record<string, number[]> = {};
for (let k = 0; k < 200; k++) for (const [name, f] of fns) { const t0 = performance.now(); f(); (times[name] ??= []).push(performance.now() - t0); }
for (const [n, t] of Object.entries(times)) { const s = t.slice(50).sort((a, b) => a - b); console.log(n, s[s.length >> 1]!.toFixed(2), s[0]!.toFixed(2)); }
