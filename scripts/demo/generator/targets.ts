/**
 * What each centre's figures should be in a round: scale means and "value most" percentages from
 * the plans (drifting from the previous round after round 1), how many respondents answer the
 * multiple-choice question, and round 1's choice counts solved against the real 2007 figures.
 */
import type { DemoCentre } from "../network.ts";
import { amica2007ValueMost } from "./amica-2007.ts";
import type { GeneratorInstrument } from "./instrument-plan.ts";
import { random } from "./prng.ts";
import {
  centreTrend,
  FOCAL_CENTRE_ID,
  focalPlan,
  NETWORK_TREND,
  othersPlan2007,
  STRAIN_DRIFT,
} from "./scale-plans.ts";
import { bestAnswering, extremes, solveNetwork } from "./solve.ts";
import { CHOICE_SKIP_RATE, focalChoices, othersChoices2007 } from "./value-most-plans.ts";

/** Per centre: scale key → target mean, or option key → target percentage. */
export type Targets = Map<string, Record<string, number>>;

/**
 * Scale targets per centre: Borgerservice from its plan; the others from their 2007 rows in round
 * 1 (raw preferences on the 15 seed scales, solved later), then drifting: the network's trend plus
 * the centre's own, plus a little noise, slower for demands and strain.
 */
export function plannedScales(
  wave: number,
  centres: readonly DemoCentre[],
  previous: Targets,
  inst: GeneratorInstrument,
) {
  const planned: Targets = new Map();
  for (const c of centres) {
    if (c.id === FOCAL_CENTRE_ID) {
      planned.set(c.id, { ...(focalPlan[wave] ?? {}) });
    } else if (wave === 0) {
      const row = othersPlan2007[c.id];
      if (!row) throw new Error(`demo generator: no plan for ${c.id}`);
      planned.set(c.id, { ...row });
    } else {
      const before = previous.get(c.id);
      if (!before) throw new Error(`demo generator: ${c.id} joins after round 1`);
      const rnd = random(`${wave}:${c.seed}:drift`);
      const row: Record<string, number> = {};
      for (const s of inst.scales) {
        const towards = s.higherBetter ? 1 : -1;
        const jitter = Math.max(-2.5, Math.min(2.5, rnd.normal()));
        const pace = s.higherBetter ? 1 : STRAIN_DRIFT;
        const step = towards * pace * (NETWORK_TREND + (centreTrend[c.id] ?? 0) + jitter);
        row[s.key] = Math.max(3, Math.min(97, (before[s.key] as number) + step));
      }
      planned.set(c.id, row);
    }
  }
  return planned;
}

/** "Value most" percentages per centre: Borgerservice from its plan, the others drifting by a point or two. */
export function plannedChoices(wave: number, centres: readonly DemoCentre[], previous: Targets) {
  const planned: Targets = new Map();
  for (const c of centres) {
    if (c.id === FOCAL_CENTRE_ID) planned.set(c.id, { ...(focalChoices[wave] ?? {}) });
    else if (wave === 0) planned.set(c.id, { ...(othersChoices2007[c.id] ?? {}) });
    else {
      const rnd = random(`${wave}:${c.seed}:choice-drift`);
      const before = previous.get(c.id) ?? {};
      planned.set(
        c.id,
        Object.fromEntries(Object.entries(before).map(([k, v]) => [k, Math.max(0, v + 1.5 * rnd.normal())])),
      );
    }
  }
  return planned;
}

/** How many respondents answer "value most": in round 1 chosen so the 2007 percentages fit whole people. */
export function answeringCount(
  wave: number,
  c: DemoCentre,
  planned: Targets,
  centres: readonly DemoCentre[],
): number {
  const n = c.respondents[wave] ?? 0;
  if (wave > 0) return n - Math.round(n * CHOICE_SKIP_RATE);
  const exact: number[] = [];
  for (const [key, fig] of Object.entries(amica2007ValueMost)) {
    const raw = new Map(
      centres.filter((o) => o.id !== FOCAL_CENTRE_ID).map((o) => [o.id, planned.get(o.id)?.[key] ?? 0]),
    );
    const { highestId, lowestId } = extremes(fig, FOCAL_CENTRE_ID, raw);
    if (c.id === FOCAL_CENTRE_ID) exact.push(fig.centre);
    if (c.id === highestId && c.id !== FOCAL_CENTRE_ID) exact.push(fig.networkHighest);
    if (c.id === lowestId && c.id !== FOCAL_CENTRE_ID) exact.push(fig.networkLowest);
  }
  return exact.length > 0 ? bestAnswering(n, exact) : n - Math.round(n * CHOICE_SKIP_RATE);
}

/** Round 1's counts: the focal centre and the extremes exact, the middle filling the network mean. */
export function calibratedCounts(
  inst: GeneratorInstrument,
  answering: Map<string, number>,
  planned: Targets,
) {
  const counts = new Map([...answering.keys()].map((id) => [id, inst.choiceKeys.map(() => 0)]));
  const total = [...answering.values()].reduce((a, b) => a + b, 0);
  inst.choiceKeys.forEach((key, q) => {
    const fig = amica2007ValueMost[key];
    if (!fig) throw new Error(`demo generator: no 2007 figure for ${key}`);
    const raw = new Map(
      [...answering.keys()]
        .filter((id) => id !== FOCAL_CENTRE_ID)
        .map((id) => [id, planned.get(id)?.[key] ?? 0]),
    );
    const sol = solveNetwork(key, fig, FOCAL_CENTRE_ID, raw, answering, 0);
    const m = (id: string) => answering.get(id) as number;
    const k = new Map<string, number>();
    for (const [id, p] of sol.targets) k.set(id, Math.round((p * m(id)) / 100));
    const pct = (id: string) => (100 * (k.get(id) as number)) / m(id);
    const lowPct = pct(sol.lowestId);
    const highPct = pct(sol.highestId);
    const floor = (id: string) => Math.ceil((lowPct * m(id)) / 100 - 1e-9);
    const ceil = (id: string) => Math.floor((highPct * m(id)) / 100 + 1e-9);
    for (const id of sol.middle) k.set(id, Math.min(ceil(id), Math.max(floor(id), k.get(id) as number)));
    let rest = Math.round((fig.networkMean * total) / 100) - [...k.values()].reduce((a, b) => a + b, 0);
    const order = [...sol.middle].sort((a, b) => m(b) - m(a));
    for (let guard = 0; rest !== 0 && guard < 1000; guard++) {
      const id = order[guard % order.length] as string;
      const next = (k.get(id) as number) + Math.sign(rest);
      if (next >= floor(id) && next <= ceil(id)) {
        k.set(id, next);
        rest -= Math.sign(rest);
      }
    }
    if (rest !== 0) throw new Error(`demo generator: value-most ${key}: network mean out of reach`);
    for (const [id, v] of k) (counts.get(id) as number[])[q] = v;
  });
  return counts;
}
