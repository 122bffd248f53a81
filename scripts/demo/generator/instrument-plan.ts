/**
 * What the generator needs to know about the built-in instrument, derived once: per scale its item
 * slots, polarity and person-level spread; per item the option codes ordered by their score after
 * reversal (so "one step better" is one place up the ladder). Scale membership and the
 * half-answered rule come from the shared scoring plan, so the generator and the reports agree.
 */
import { builtinInstrument } from "../../../shared/instrument/index.ts";
import type { InstrumentDefinition } from "../../../shared/instrument/schema.ts";
import { type ScoringPlan, scoringPlan } from "../../../shared/scoring/scoring-plan.ts";
import { demoReferenceValues } from "../reference.ts";
import { SCALE_ORDER, SPREAD_FACTOR } from "./scale-plans.ts";
import { OPTION_ORDER } from "./value-most-plans.ts";

export interface ScaleInfo {
  key: string;
  index: number;
  /** Packed slots of the scale's items. */
  slots: number[];
  /** Fewest answered items for a person score. */
  minAnswered: number;
  higherBetter: boolean;
  /** Person-level SD of the latent score. */
  spread: number;
}

export interface GeneratorInstrument {
  def: InstrumentDefinition;
  plan: ScoringPlan;
  scales: ScaleInfo[];
  scaleIndex: ReadonlyMap<string, number>;
  /** Per item slot: option codes by ascending score after reversal. */
  ladder: number[][];
  /** Per item slot: the scores of `ladder`'s codes, in the same order. */
  ladderScores: Float64Array[];
  /** Per item slot: the scale it belongs to. */
  itemScale: Int32Array;
  itemCount: number;
  choiceOffset: number;
  width: number;
  choiceKeys: readonly string[];
  /** Score after reversal of `code` on item `slot` (0–100). */
  scoreOf(slot: number, code: number): number;
}

function sameKeys(what: string, expected: readonly string[], actual: readonly string[]) {
  const a = [...expected].sort().join(",");
  const b = [...actual].sort().join(",");
  if (a !== b) throw new Error(`demo generator: ${what} do not match the instrument (${a} vs ${b})`);
}

export function generatorInstrument(def: InstrumentDefinition = builtinInstrument): GeneratorInstrument {
  const plan = scoringPlan(def);
  sameKeys("scale keys", SCALE_ORDER, plan.scaleKeys);
  const choiceKeys = def.multipleChoice.options.map((o) => o.key);
  sameKeys("value-most options", OPTION_ORDER, choiceKeys);
  // An option's score after reversal, as the instrument defines it (scoring reads the same fields).
  const itemScores = def.items.map((item) => {
    const scores = new Float64Array(256);
    for (const o of def.responseSets[item.responseSet]?.options ?? []) {
      scores[o.code] = item.reversed ? 100 - o.score : o.score;
    }
    return scores;
  });
  const scoreOf = (slot: number, code: number) => (itemScores[slot] as Float64Array)[code] as number;
  const itemScale = new Int32Array(plan.itemCount);
  const scales: ScaleInfo[] = def.scales.map((scale, index) => {
    const slots: number[] = [];
    for (let j = plan.scaleStart[index] as number; j < (plan.scaleStart[index + 1] as number); j++) {
      const slot = plan.scaleItems[j] as number;
      slots.push(slot);
      itemScale[slot] = index;
    }
    const reference = demoReferenceValues[scale.key];
    if (!reference) throw new Error(`demo generator: no reference value for ${scale.key}`);
    return {
      key: scale.key,
      index,
      slots,
      minAnswered: plan.minAnswered[index] as number,
      higherBetter: scale.polarity === "higher-better",
      spread: reference.sd * SPREAD_FACTOR,
    };
  });
  const ladder = def.items.map((item, slot) => {
    const options = def.responseSets[item.responseSet]?.options ?? [];
    return options.map((o) => o.code).sort((a, b) => scoreOf(slot, a) - scoreOf(slot, b));
  });
  const ladderScores = ladder.map((codes, slot) => Float64Array.from(codes, (code) => scoreOf(slot, code)));
  return {
    def,
    plan,
    scales,
    scaleIndex: new Map(scales.map((s) => [s.key, s.index])),
    ladder,
    ladderScores,
    itemScale,
    itemCount: plan.itemCount,
    choiceOffset: plan.choiceOffset,
    width: plan.width,
    choiceKeys,
    scoreOf,
  };
}
