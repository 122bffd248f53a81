/**
 * Draws a centre's item answers for one scale around a latent level, then moves single answers
 * one option at a time until the centre's mean (the report's: mean of the persons' scale scores,
 * persons under the half-answered rule left out) hits its target.
 *
 * A person's latent score is the centre's level, plus the team's offset, plus a person part that
 * mixes general well-being, strain proneness and a scale-specific deviation (so scales correlate
 * as they do in real COPSOQ data); each item adds its own offset and noise, and the answer is the
 * option whose score (after reversal) is nearest.
 */
import type { Respondent } from "./cohort.ts";
import type { GeneratorInstrument, ScaleInfo } from "./instrument-plan.ts";
import type { Random } from "./prng.ts";

/** One respondent while their answers are being made: the packed row and its fixed randomness. */
export interface Draft {
  respondent: Respondent;
  row: Uint8Array;
  /** Per item slot: 1 where the item is left blank. */
  blank: Uint8Array;
  /** Per item slot: standard normal noise. */
  noise: Float64Array;
  /** Per scale: the team's offset in points. */
  teamOffset: Float64Array;
}

const ITEM_NOISE = 14;
const DEMANDS = new Set(["quantitative-demands", "work-pace", "emotional-demands", "work-family-conflict"]);
const STRAIN = new Set(["stress", "sleeping-troubles", "burnout"]);

/** Loadings on well-being (towards "better") and on strain proneness (towards higher scores). */
function loadings(scale: ScaleInfo): [number, number] {
  if (scale.key === "job-satisfaction") return [0.6, 0];
  if (scale.key === "general-health") return [0.4, -0.3];
  if (DEMANDS.has(scale.key)) return [0.25, 0.45];
  if (STRAIN.has(scale.key)) return [0.4, 0.5];
  return [0.5, 0];
}

/** The person part of the latent score (points, around 0), without the centre's level. */
export function personPart(d: Draft, scale: ScaleInfo): number {
  const [a, b] = loadings(scale);
  const c = Math.sqrt(1 - a * a - b * b);
  const p = d.respondent.person;
  const towards = scale.higherBetter ? 1 : -1;
  return (
    (d.teamOffset[scale.index] as number) +
    scale.spread * (a * towards * p.wellbeing + b * p.strain + c * (p.own[scale.index] as number))
  );
}

function nearestCode(inst: GeneratorInstrument, slot: number, value: number): number {
  const scores = inst.ladderScores[slot] as Float64Array;
  let best = 0;
  for (let i = 1; i < scores.length; i++) {
    if (Math.abs((scores[i] as number) - value) < Math.abs((scores[best] as number) - value)) best = i;
  }
  return (inst.ladder[slot] as number[])[best] as number;
}

interface Tally {
  sum: Float64Array;
  count: Int32Array;
}

function tally(inst: GeneratorInstrument, drafts: readonly Draft[], scale: ScaleInfo): Tally {
  const sum = new Float64Array(drafts.length);
  const count = new Int32Array(drafts.length);
  drafts.forEach((d, i) => {
    for (const slot of scale.slots) {
      const code = d.row[slot] as number;
      if (code === 0) continue;
      sum[i] = (sum[i] as number) + inst.scoreOf(slot, code);
      count[i] = (count[i] as number) + 1;
    }
  });
  return { sum, count };
}

/** The centre's mean and n on a scale, as the report computes them. */
export function centreMean(inst: GeneratorInstrument, drafts: readonly Draft[], scale: ScaleInfo) {
  const { sum, count } = tally(inst, drafts, scale);
  let total = 0;
  let n = 0;
  count.forEach((c, i) => {
    if (c >= scale.minAnswered) {
      total += (sum[i] as number) / c;
      n++;
    }
  });
  return { n, total, mean: n > 0 ? total / n : Number.NaN };
}

function draw(
  inst: GeneratorInstrument,
  drafts: readonly Draft[],
  scale: ScaleInfo,
  level: number,
  item: Float64Array,
) {
  for (const d of drafts) {
    const latent = level + personPart(d, scale);
    for (const slot of scale.slots) {
      d.row[slot] = d.blank[slot]
        ? 0
        : nearestCode(inst, slot, latent + (item[slot] as number) + ITEM_NOISE * (d.noise[slot] as number));
    }
  }
}

/**
 * Makes the centre's answers on `scale` and brings their mean to `target` (to within what single
 * answers allow). Returns the mean reached.
 */
export function answerScale(
  inst: GeneratorInstrument,
  drafts: readonly Draft[],
  scale: ScaleInfo,
  target: number,
  itemOffset: Float64Array,
  rnd: Random,
): number {
  // Find the latent level whose draw lands near the target (answers are clipped at 0 and 100).
  let level = target;
  for (let k = 0; k < 3; k++) {
    draw(inst, drafts, scale, level, itemOffset);
    level += target - centreMean(inst, drafts, scale).mean;
  }
  draw(inst, drafts, scale, level, itemOffset);
  return nudge(inst, drafts, scale, target, rnd);
}

interface Move {
  draft: Draft;
  slot: number;
  code: number;
  delta: number;
}

/** Moves single answers one option towards the target while that brings the mean closer. */
export function nudge(
  inst: GeneratorInstrument,
  drafts: readonly Draft[],
  scale: ScaleInfo,
  target: number,
  rnd: Random,
): number {
  const { count } = tally(inst, drafts, scale);
  const valid = drafts.map((_, i) => i).filter((i) => (count[i] as number) >= scale.minAnswered);
  if (valid.length === 0) return Number.NaN;
  let mean = centreMean(inst, drafts, scale).mean;
  const randomMove = (direction: number): Move | null => {
    const i = valid[rnd.int(valid.length)] as number;
    const d = drafts[i] as Draft;
    const slot = scale.slots[rnd.int(scale.slots.length)] as number;
    const code = d.row[slot] as number;
    if (code === 0) return null;
    const ladder = inst.ladder[slot] as number[];
    const next = ladder[ladder.indexOf(code) + direction];
    if (next === undefined) return null;
    const delta = (inst.scoreOf(slot, next) - inst.scoreOf(slot, code)) / (count[i] as number) / valid.length;
    return { draft: d, slot, code: next, delta };
  };
  const apply = (m: Move) => {
    m.draft.row[m.slot] = m.code;
    mean += m.delta;
  };
  for (let fails = 0; fails < 600 && Math.abs(target - mean) > 0.005; ) {
    const gap = target - mean;
    const direction = gap > 0 ? 1 : -1;
    const a = randomMove(direction);
    if (a && Math.abs(gap - a.delta) < Math.abs(gap)) {
      apply(a);
      fails = 0;
      continue;
    }
    fails++;
    // Close to the target single moves overshoot; a step one way and a smaller one back may not.
    const b = fails > 200 && a ? randomMove(-direction) : null;
    if (
      a &&
      b &&
      !(b.draft === a.draft && b.slot === a.slot) &&
      Math.abs(gap - a.delta - b.delta) < Math.abs(gap) - 1e-9
    ) {
      apply(a);
      apply(b);
    }
  }
  return centreMean(inst, drafts, scale).mean;
}
