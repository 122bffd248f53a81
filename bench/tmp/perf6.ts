import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { scoringPlan } from "../../shared/scoring/scoring-plan.ts";
import { syntheticRound } from "../../bench/synthetic-round.ts";
import { aggregateRound } from "../../shared/scoring/aggregate-round.ts";
const round = syntheticRound(def, { respondents: 10000, centres: 8, teamsPerCentre: 5, missing: 0.03, noTeam: 0.05, seed: 1 });
const plan = scoringPlan(def);
const N = 10000, W = plan.width, S = plan.scaleKeys.length, Q = plan.choiceCount, K = S + Q;
const rowCell = new Int32Array(N); for (let r = 0; r < N; r++) rowCell[r] = round.team[r]! >= 0 ? round.team[r]! : 40 + round.centre[r]!;
const cells = 48;
function kA(packed: Uint8Array) {
  const { scaleStart, scaleItems, tableBase, minAnswered, score, answered, choiceOffset } = plan;
  const acc = new Float64Array(cells * K * 3);
  for (let r = 0; r < N; r++) { const row = r * W; const base = rowCell[r]! * K * 3;
    for (let s = 0; s < S; s++) { let sum = 0, count = 0; const end = scaleStart[s + 1]!;
      for (let j = scaleStart[s]!; j < end; j++) { const idx = tableBase[j]! + packed[row + scaleItems[j]!]!; sum += score[idx]!; count += answered[idx]!; }
      if (count >= minAnswered[s]!) { const v = sum / count - 50; const b = base + s * 3; acc[b]++; acc[b + 1] += v; acc[b + 2] += v * v; } }
    let chose = 0; for (let q = 0; q < Q; q++) chose |= packed[row + choiceOffset + q]!;
    if (chose !== 0) for (let q = 0; q < Q; q++) { const b = base + (S + q) * 3; const x = packed[row + choiceOffset + q]!; acc[b]++; acc[b + 1] += x; acc[b + 2] += x; }
  }
  return acc;
}
// B: contiguous items, separate count/sum/sumsq arrays laid out per cell
function kB(packed: Uint8Array) {
  const { scaleStart, minAnswered, score, answered, choiceOffset } = plan;
  const cnt = new Float64Array(cells * K), sm = new Float64Array(cells * K), sq = new Float64Array(cells * K);
  for (let r = 0; r < N; r++) { const row = r * W; const base = rowCell[r]! * K;
    let j = 0;
    for (let s = 0; s < S; s++) { let sum = 0, count = 0; const end = scaleStart[s + 1]!;
      for (; j < end; j++) { const idx = (j << 8) | packed[row + j]!; sum += score[idx]!; count += answered[idx]!; }
      if (count >= minAnswered[s]!) { const v = sum / count - 50; const b = base + s; cnt[b]++; sm[b] += v; sq[b] += v * v; } }
    let chose = 0; const co = row + choiceOffset; for (let q = 0; q < Q; q++) chose |= packed[co + q]!;
    if (chose !== 0) { const b = base + S; for (let q = 0; q < Q; q++) { cnt[b + q]++; sm[b + q] += packed[co + q]!; } }
  }
  return sm;
}
function floor(p: Uint8Array) { let s = 0; for (let i = 0; i < p.length; i++) s += p[i]!; return s; }
const fns: [string, (p: Uint8Array) => unknown][] = [["A", kA], ["B", kB], ["full", () => aggregateRound(def, round)], ["floor", floor]];
const times: Record<string, number[]> = {};
for (let k = 0; k < 60; k++) for (const [name, f] of fns) { const t0 = performance.now(); f(round.packed); (times[name] ??= []).push(performance.now() - t0); }
for (const [n, t] of Object.entries(times)) { const s = t.slice(20).sort((a, b) => a - b); console.log(n, s[s.length >> 1]!.toFixed(2), s[0]!.toFixed(2)); }
