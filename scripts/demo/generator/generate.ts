/**
 * The demo's survey answers, round by round: who answers (cohort.ts), what each centre's scale
 * means and "value most" percentages should be (the plans, solved against the real 2007 network
 * figures in round 1), then answers drawn and nudged until every centre hits its targets. Seeded:
 * the same answers on every run.
 */
import { unpackAnswers, validateAnswers } from "../../../shared/instrument/packing.ts";
import { type DemoCentre, demoCentres, demoRounds } from "../network.ts";
import { amica2007Scales } from "./amica-2007.ts";
import { answerScale, type Draft } from "./answers.ts";
import { assignChoices, countsFor } from "./choices.ts";
import { Cohort } from "./cohort.ts";
import { type GeneratorInstrument, generatorInstrument } from "./instrument-plan.ts";
import { random } from "./prng.ts";
import { FOCAL_CENTRE_ID } from "./scale-plans.ts";
import { fillerTarget, solveNetwork } from "./solve.ts";
import { answeringCount, calibratedCounts, plannedChoices, plannedScales, type Targets } from "./targets.ts";

export interface DemoResponse {
  id: string;
  roundId: string;
  centreId: string;
  teamId: string | null;
  panelCode: string | null;
  packed: Uint8Array;
  submittedAt: string;
}

const SCALE_MARGIN = 0.6;
const TEAM_SPREAD = 2.2;

function drafts(
  inst: GeneratorInstrument,
  wave: number,
  c: DemoCentre,
  cohort: Cohort,
  answering: number,
): Draft[] {
  const round = demoRounds[wave];
  if (!round) throw new Error(`demo generator: no round ${wave}`);
  const n = c.respondents[wave] ?? 0;
  const respondents = cohort.respondents(c, wave, inst.itemCount, n - answering, round);
  const teamOffsets = c.teams.map((_, t) => {
    const lasting = random(`${c.seed}:team:${t}`);
    const now = random(`${wave}:${c.seed}:team:${t}`);
    return Float64Array.from(inst.scales, () => TEAM_SPREAD * lasting.normal() + now.normal());
  });
  const none = new Float64Array(inst.scales.length);
  return respondents.map((respondent, i) => {
    const rnd = random(`${wave}:${c.seed}:answers:${i}`);
    const blank = new Uint8Array(inst.itemCount);
    const noise = new Float64Array(inst.itemCount);
    for (let slot = 0; slot < inst.itemCount; slot++) {
      noise[slot] = rnd.normal();
      blank[slot] = slot >= respondent.stopsAt || rnd.chance(respondent.person.sloppiness) ? 1 : 0;
    }
    return {
      respondent,
      row: new Uint8Array(inst.width),
      blank,
      noise,
      teamOffset: teamOffsets[respondent.team] ?? none,
    };
  });
}

/** Persons with a score on the scale: those who left fewer than half of its items blank. */
function scored(drafts: readonly Draft[], slots: readonly number[], minAnswered: number): number {
  return drafts.filter((d) => slots.filter((slot) => !d.blank[slot]).length >= minAnswered).length;
}

function answerScales(
  inst: GeneratorInstrument,
  wave: number,
  byCentre: Map<string, Draft[]>,
  planned: Targets,
  itemOffset: Float64Array,
): Targets {
  const used: Targets = new Map([...byCentre.keys()].map((id) => [id, {}]));
  for (const scale of inst.scales) {
    const rnd = random(`${wave}:${scale.key}:nudge`);
    const fig = wave === 0 ? amica2007Scales[scale.key] : undefined;
    const hit = (id: string, target: number) => {
      (used.get(id) as Record<string, number>)[scale.key] = target;
      return answerScale(inst, byCentre.get(id) as Draft[], scale, target, itemOffset, rnd);
    };
    if (!fig) {
      for (const id of byCentre.keys()) hit(id, planned.get(id)?.[scale.key] as number);
      continue;
    }
    const weight = new Map([...byCentre].map(([id, ds]) => [id, scored(ds, scale.slots, scale.minAnswered)]));
    const raw = new Map(
      [...byCentre.keys()]
        .filter((id) => id !== FOCAL_CENTRE_ID)
        .map((id) => [id, planned.get(id)?.[scale.key] ?? 0]),
    );
    const solution = solveNetwork(scale.key, fig, FOCAL_CENTRE_ID, raw, weight, SCALE_MARGIN);
    let othersSum = 0;
    for (const [id, target] of solution.targets) {
      if (id === solution.filler) continue;
      othersSum += hit(id, target) * (weight.get(id) as number);
    }
    const total = [...weight.values()].reduce((a, b) => a + b, 0);
    const target = fillerTarget(fig.networkMean, total, othersSum, weight.get(solution.filler) as number);
    if (target < solution.bounds[0] || target > solution.bounds[1]) {
      throw new Error(`demo generator: ${scale.key}: filler target ${target} outside ${solution.bounds}`);
    }
    hit(solution.filler, target);
  }
  return used;
}

function toResponses(
  inst: GeneratorInstrument,
  wave: number,
  byCentre: Map<string, Draft[]>,
): DemoResponse[] {
  const round = demoRounds[wave];
  if (!round) throw new Error(`demo generator: no round ${wave}`);
  const rows = [...byCentre].flatMap(([centreId, ds]) =>
    ds.map((d) => {
      const checked = validateAnswers(inst.def, unpackAnswers(inst.def, d.row));
      if (!checked.ok) throw new Error(`demo generator: invalid answers ${JSON.stringify(checked.errors)}`);
      const t = d.respondent.team;
      return {
        roundId: round.id,
        centreId,
        teamId: t >= 0 ? `${centreId}-team-${t + 1}` : null,
        panelCode: d.respondent.person.panelCode,
        packed: checked.packed,
        submittedAt: d.respondent.submittedAt,
      };
    }),
  );
  rows.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const year = round.opensOn.slice(0, 4);
  return rows.map((r, i) => ({ id: `demo-resp-${year}-${String(i + 1).padStart(4, "0")}`, ...r }));
}

/** A centre's random-stream name (network.ts: frozen so the answers do not change with its id). */
function seedOf(centreId: string): string {
  const centre = demoCentres.find((c) => c.id === centreId);
  if (!centre) throw new Error(`demo generator: no centre ${centreId}`);
  return centre.seed;
}

/** Every demo response of every round. */
export function generateDemo(): DemoResponse[] {
  const inst = generatorInstrument();
  const cohort = new Cohort(inst.scales.length);
  const itemRnd = random("item-offsets");
  const itemOffset = Float64Array.from({ length: inst.itemCount }, () => 4 * itemRnd.normal());
  const out: DemoResponse[] = [];
  let scaleTargets: Targets = new Map();
  let choiceTargets: Targets = new Map();
  demoRounds.forEach((_, wave) => {
    const centres = demoCentres.filter((c) => (c.respondents[wave] ?? 0) > 0);
    const plannedS = plannedScales(wave, centres, scaleTargets, inst);
    const plannedC = plannedChoices(wave, centres, choiceTargets);
    const answering = new Map(centres.map((c) => [c.id, answeringCount(wave, c, plannedC, centres)]));
    const byCentre = new Map(
      centres.map((c) => [c.id, drafts(inst, wave, c, cohort, answering.get(c.id) as number)]),
    );
    scaleTargets = answerScales(inst, wave, byCentre, plannedS, itemOffset);
    const counts =
      wave === 0
        ? calibratedCounts(inst, answering, plannedC)
        : new Map(
            centres.map((c) => [
              c.id,
              countsFor(plannedC.get(c.id) ?? {}, answering.get(c.id) as number, inst.choiceKeys),
            ]),
          );
    choiceTargets = new Map(
      [...counts].map(([id, k]) => [
        id,
        Object.fromEntries(
          inst.choiceKeys.map((key, q) => [key, (100 * (k[q] as number)) / (answering.get(id) as number)]),
        ),
      ]),
    );
    for (const [id, ds] of byCentre) {
      assignChoices(
        inst,
        ds,
        counts.get(id) as number[],
        inst.def.multipleChoice.maxChoices,
        random(`${wave}:${seedOf(id)}:choices`),
      );
    }
    out.push(...toResponses(inst, wave, byCentre));
  });
  return out;
}
