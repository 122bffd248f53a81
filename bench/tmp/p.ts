import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { syntheticRound } from "../synthetic-round.ts";
import { accumulateCells, type CellMoments } from "../../shared/scoring/cell-moments.ts";
import { scoringPlan } from "../../shared/scoring/scoring-plan.ts";
import { addRunsV1, addRunsV2 } from "./variants.ts";
const round = syntheticRound(def, { respondents: 10000, centres: 8, teamsPerCentre: 5, missing: 0.03, noTeam: 0.05, seed: 1 });
const rowCell0 = new Int32Array(10000); for (let r = 0; r < 10000; r++) rowCell0[r] = round.team[r]! >= 0 ? round.team[r]! : 40 + round.centre[r]!;
const plan = scoringPlan(def);
const mk = (): CellMoments => ({ keys: 34, count: new Float64Array(48 * 34), sum: new Float64Array(48 * 34), sumSq: new Float64Array(48 * 34), respondents: new Float64Array(48) });
function floor(p: Uint8Array) { let s = 0; for (let i = 0; i < p.length; i++) s += p[i]!; return s; }
const a = accumulateCells(plan, round.packed, 10000, rowCell0, 48); const b = mk(); addRunsV2(plan, plan.runs!, plan.runCoef!, round.packed, 10000, rowCell0, b);
let md = 0; for (let i = 0; i < 48 * 34; i++) if (i % 34 < 24) md = Math.max(md, Math.abs(a.sum[i]! - b.sum[i]!)); console.log("maxdiff", md);
const fns: [string, () => unknown][] = [
  ["acc", () => accumulateCells(plan, round.packed, 10000, rowCell0, 48)],
  ["v1", () => addRunsV1(plan, plan.runs!, plan.runCoef!, round.packed, 10000, rowCell0, mk())],
  ["v2", () => addRunsV2(plan, plan.runs!, plan.runCoef!, round.packed, 10000, rowCell0, mk())],
  ["floor", () => floor(round.packed)]];
const times: Record<string, number[]> = {};
for (let k = 0; k < 300; k++) for (const [name, f] of fns) { const t0 = performance.now(); f(); (times[name] ??= []).push(performance.now() - t0); }
for (const [n, t] of Object.entries(times)) { const s = t.slice(50).sort((a, b) => a - b); console.log(n, s[s.length >> 1]!.toFixed(2), s[0]!.toFixed(2)); }
