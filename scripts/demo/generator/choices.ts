/**
 * The multiple-choice question ("what do you value most", at most 3): given how many of a
 * centre's answering respondents choose each option, decides who chooses what. Options go, one by
 * one, to the respondents with the fewest choices so far, so nobody exceeds the maximum and
 * everybody who answers chooses at least one; among equals, those whose scale scores fit the
 * option (a high influence score for "influence"…) are likelier to get it.
 */
import { scoreMatrix } from "../../../shared/scoring/score-matrix.ts";
import type { Draft } from "./answers.ts";
import type { GeneratorInstrument } from "./instrument-plan.ts";
import type { Random } from "./prng.ts";

/** Option → the scale that makes it attractive (negative: a low score does). */
const AFFINITY: Readonly<Record<string, [string, number]>> = {
  influence: ["influence", 1],
  "working-hours": ["work-family-conflict", -1],
  "customer-contact": ["emotional-demands", -1],
  tasks: ["meaning-of-work", 1],
  development: ["development-possibilities", 1],
  "work-pace": ["stress", -1],
  "leader-support": ["support-supervisor", 1],
  salary: ["rewards", 1],
  colleagues: ["social-community", 1],
};

/** Counts per option for a centre whose `answering` respondents chose `percent` of the time. */
export function countsFor(percent: Readonly<Record<string, number>>, answering: number, keys: readonly string[]) {
  return keys.map((key) => Math.round(((percent[key] ?? 0) * answering) / 100));
}

export function assignChoices(
  inst: GeneratorInstrument,
  drafts: readonly Draft[],
  counts: readonly number[],
  maxChoices: number,
  rnd: Random,
) {
  const answering = drafts.filter((d) => d.respondent.answersChoice);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total < answering.length || total > maxChoices * answering.length) {
    throw new Error(`demo generator: ${total} choices cannot be spread over ${answering.length} respondents`);
  }
  const S = inst.scales.length;
  const scores = scoreMatrix(
    inst.def,
    answering.map((d) => d.row),
  ).values;
  const load = new Int32Array(answering.length);
  const order = counts.map((k, q) => ({ k, q })).sort((a, b) => b.k - a.k || a.q - b.q);
  for (const { k, q } of order) {
    if (k > answering.length) throw new Error(`demo generator: ${k} choosers among ${answering.length}`);
    const key = inst.choiceKeys[q] as string;
    const affinity = AFFINITY[key];
    const s = affinity ? (inst.scaleIndex.get(affinity[0]) ?? -1) : -1;
    const appeal = answering.map((_, i) => {
      const score = s >= 0 ? (scores[i * S + s] as number) : Number.NaN;
      const fit = Number.isNaN(score) || !affinity ? 0 : (affinity[1] * (score - 50)) / 25;
      return fit + 1.2 * rnd.normal();
    });
    const ranked = answering
      .map((_, i) => i)
      .sort((a, b) => (load[a] as number) - (load[b] as number) || (appeal[b] as number) - (appeal[a] as number));
    for (const i of ranked.slice(0, k)) {
      (answering[i] as Draft).row[inst.choiceOffset + q] = 1;
      load[i] = (load[i] as number) + 1;
    }
  }
}
