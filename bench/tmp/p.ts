import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { syntheticRound } from "../synthetic-round.ts";
import { aggregateRound } from "../../shared/scoring/aggregate-round.ts";
const round = syntheticRound(def, { respondents: 10000, centres: 8, teamsPerCentre: 5, missing: 0.03, noTeam: 0.05, seed: 1 });
function floor(p: Uint8Array) { let s = 0; for (let i = 0; i < p.length; i++) s += p[i]!; return s; }
const fns: [string, () => unknown][] = [["full", () => aggregateRound(def, round)], ["floor", () => floor(round.packed)]];
const times: Record<string, number[]> = {};
for (let k = 0; k < 200; k++) for (const [name, f] of fns) { const t0 = performance.now(); f(); (times[name] ??= []).push(performance.now() - t0); }
for (const [n, t] of Object.entries(times)) { const s = t.slice(50).sort((a, b) => a - b); console.log(n, s[s.length >> 1]!.toFixed(2), s[0]!.toFixed(2)); }
