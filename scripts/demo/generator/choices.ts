/**
 * The multiple-choice question ("what do you value most", at most 3): given how many of a
 * centre's answering respondents choose each option, decides who chooses what. Options go, one by
 * one, to the respondents with the most choices left (each person picks 1 to 3, most of them 3),
 * so the counts are met exactly and everybody who answers chooses at least one; among equals,
 * those whose scale scores fit the option (a high influence score for "influence"…) are likelier
 * to get it.
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
export function countsFor(
  percent: Readonly<Record<string, number>>,
  answering: number,
  keys: readonly string[],
) {
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
  // How many options each person picks: mostly 3, some 2, a few just 1, summing to the counts.
  const room = capacities(answering.length, total, maxChoices, rnd);
  const order = counts.map((k, q) => ({ k, q })).sort((a, b) => b.k - a.k || a.q - b.q);
  for (const { k, q } of order) {
    const key = inst.choiceKeys[q] as string;
    const affinity = AFFINITY[key];
    const s = affinity ? (inst.scaleIndex.get(affinity[0]) ?? -1) : -1;
    const appeal = answering.map((_, i) => {
      const score = s >= 0 ? (scores[i * S + s] as number) : Number.NaN;
      const fit = Number.isNaN(score) || !affinity ? 0 : (affinity[1] * (score - 50)) / 25;
      return fit + 1.2 * rnd.normal();
    });
    // Those with the most room left first (this always finds a way when one exists), then appeal.
    const ranked = answering
      .map((_, i) => i)
      .sort(
        (a, b) => (room[b] as number) - (room[a] as number) || (appeal[b] as number) - (appeal[a] as number),
      );
    const chosen = ranked.slice(0, k);
    if (chosen.length < k || chosen.some((i) => (room[i] as number) <= 0)) {
      throw new Error(`demo generator: cannot give option ${key} to ${k} respondents`);
    }
    for (const i of chosen) {
      (answering[i] as Draft).row[inst.choiceOffset + q] = 1;
      room[i] = (room[i] as number) - 1;
    }
  }
}

/** Choices per person, each 1..max, summing to `total`. */
function capacities(people: number, total: number, max: number, rnd: Random): Int32Array {
  const room = Int32Array.from({ length: people }, () => {
    const u = rnd.next();
    return Math.min(max, u < 0.1 ? 1 : u < 0.38 ? 2 : 3);
  });
  let sum = room.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = rnd.int(people);
    const next = (room[i] as number) + Math.sign(total - sum);
    if (next >= 1 && next <= max) {
      room[i] = next;
      sum += Math.sign(total - sum);
    }
  }
  return room;
}
