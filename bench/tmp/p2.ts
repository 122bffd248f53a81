import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { syntheticRound } from "../synthetic-round.ts";
import { aggregateRound } from "../../shared/scoring/aggregate-round.ts";
import { accumulateCells } from "../../shared/scoring/cell-moments.ts";
import { scoringPlan } from "../../shared/scoring/scoring-plan.ts";
const round = syntheticRound(def, { respondents: 10000, centres: 8, teamsPerCentre: 5, missing: 0.03, noTeam: 0.05, seed: 1 });
const rowCell0 = new Int32Array(10000); for (let r = 0; r < 10000; r++) rowCell0[r] = round.team[r]! >= 0 ? round.team[r]! : 40 + round.centre[r]!;
const plan = scoringPlan(def);
function floor(p: Uint8Array) { let s = 0; for (let i = 0; i < p.length; i++) s += p[i]!; return s; }
const fns: [string, () => unknown][] = [["full", () => aggregateRound(def, round)], ["acc", () => accumulateCells(plan, round.packed, 10000, rowCell0, 48)], ["floor", () => floor(round.packed)]];
const times: Record<string, number[]> = {};
for (let k = 0; k < 200; k++) for (const [name, f] of fns) { const t0 = performance.now(); f(); (times[name] ??= []).push(performance.now() - t0); }
for (const [n, t] of Object.entries(times)) { const s = t.slice(50).sort((a, b) => a - b); console.log(n, s[s.length >> 1]!.toFixed(2), s[0]!.toFixed(2)); }
