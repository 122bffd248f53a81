import type { InstrumentDefinition } from "../shared/instrument/schema.ts";
import type { SyntheticRound } from "./synthetic-round.ts";

/**
 * The same round as one row per answer, the shape a relational or dataframe solution would
 * store: item answers (missing ones omitted), chosen options, and one row per respondent. Built
 * once, outside the timings, so the competitors start from their natural input.
 */
export interface LongRound {
  answers: { respondent: Int32Array; item: Int32Array; code: Int32Array };
  choices: { respondent: Int32Array; option: Int32Array };
  respondents: { respondent: Int32Array; centre: Int32Array; team: Int32Array };
  /** Score after reversal for every valid (item, code), with the item's scale and its minimum answered. */
  lookup: {
    item: Int32Array;
    code: Int32Array;
    scale: Int32Array;
    score: Float64Array;
    minAnswered: Int32Array;
  };
}

export function longRound(def: InstrumentDefinition, round: SyntheticRound): LongRound {
  const items = def.items.length;
  const width = items + def.multipleChoice.options.length;
  const answer = { respondent: [] as number[], item: [] as number[], code: [] as number[] };
  const choice = { respondent: [] as number[], option: [] as number[] };
  for (let r = 0; r < round.count; r++) {
    for (let slot = 0; slot < width; slot++) {
      const value = round.packed[r * width + slot] as number;
      if (value === 0) continue;
      if (slot < items) {
        answer.respondent.push(r);
        answer.item.push(slot);
        answer.code.push(value);
      } else {
        choice.respondent.push(r);
        choice.option.push(slot - items);
      }
    }
  }
  const scaleIndex = new Map(def.scales.map((s, i) => [s.key, i]));
  const scaleSize = def.scales.map((s) => def.items.filter((item) => item.scale === s.key).length);
  const lookup = {
    item: [] as number[],
    code: [] as number[],
    scale: [] as number[],
    score: [] as number[],
    min: [] as number[],
  };
  def.items.forEach((item, slot) => {
    const scale = scaleIndex.get(item.scale) as number;
    for (const option of def.responseSets[item.responseSet]?.options ?? []) {
      lookup.item.push(slot);
      lookup.code.push(option.code);
      lookup.scale.push(scale);
      lookup.score.push(item.reversed ? 100 - option.score : option.score);
      lookup.min.push(Math.ceil((scaleSize[scale] as number) / 2));
    }
  });
  return {
    answers: {
      respondent: Int32Array.from(answer.respondent),
      item: Int32Array.from(answer.item),
      code: Int32Array.from(answer.code),
    },
    choices: { respondent: Int32Array.from(choice.respondent), option: Int32Array.from(choice.option) },
    respondents: {
      respondent: Int32Array.from({ length: round.count }, (_, r) => r),
      centre: round.centre.slice(0, round.count),
      team: round.team.slice(0, round.count),
    },
    lookup: {
      item: Int32Array.from(lookup.item),
      code: Int32Array.from(lookup.code),
      scale: Int32Array.from(lookup.scale),
      score: Float64Array.from(lookup.score),
      minAnswered: Int32Array.from(lookup.min),
    },
  };
}
