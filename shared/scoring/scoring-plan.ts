import { instrumentIndex } from "../instrument/instrument-index.ts";
import type { InstrumentDefinition } from "../instrument/schema.ts";

/**
 * Everything the hot loops need, flattened into typed arrays once per definition: the loops then
 * touch no objects, strings or maps per answer.
 */
export interface ScoringPlan {
  readonly scaleKeys: readonly string[];
  readonly itemCount: number;
  readonly choiceCount: number;
  readonly choiceOffset: number;
  readonly width: number;
  /** Items of scale s are `scaleItems[scaleStart[s] .. scaleStart[s + 1])`, as packed slots. */
  readonly scaleStart: Int32Array;
  readonly scaleItems: Int32Array;
  /** For the same positions: offset of the item's row in the lookup tables. */
  readonly tableBase: Int32Array;
  /** Fewest answered items for a person to get a score: half the scale's items, rounded up. */
  readonly minAnswered: Int32Array;
  /** Score after reversal, indexed by `tableBase + answer code`; 0 where the code means "missing". */
  readonly score: Float64Array;
  /** 1 where the code is a real answer, 0 for missing (code 0) or out of range. */
  readonly answered: Uint8Array;
}

// One row of 256 entries per item, so any byte is a safe index and invalid codes count as missing.
const STRIDE = 256;

const cache = new WeakMap<InstrumentDefinition, ScoringPlan>();

export function scoringPlan(def: InstrumentDefinition): ScoringPlan {
  const cached = cache.get(def);
  if (cached) return cached;
  const index = instrumentIndex(def);
  const scaleKeys = def.scales.map((s) => s.key);
  const scaleStart = new Int32Array(scaleKeys.length + 1);
  const scaleItems = new Int32Array(def.items.length);
  const tableBase = new Int32Array(def.items.length);
  const minAnswered = new Int32Array(scaleKeys.length);
  const score = new Float64Array(def.items.length * STRIDE);
  const answered = new Uint8Array(def.items.length * STRIDE);

  let pos = 0;
  scaleKeys.forEach((key, s) => {
    scaleStart[s] = pos;
    def.items.forEach((item, slot) => {
      if (item.scale !== key) return;
      scaleItems[pos] = slot;
      tableBase[pos] = slot * STRIDE;
      pos++;
    });
    minAnswered[s] = Math.ceil((pos - (scaleStart[s] as number)) / 2);
  });
  scaleStart[scaleKeys.length] = pos;

  def.items.forEach((item, slot) => {
    for (const option of def.responseSets[item.responseSet]?.options ?? []) {
      score[slot * STRIDE + option.code] = item.reversed ? 100 - option.score : option.score;
      answered[slot * STRIDE + option.code] = 1;
    }
  });

  const plan: ScoringPlan = {
    scaleKeys,
    itemCount: def.items.length,
    choiceCount: index.choiceKeys.length,
    choiceOffset: index.choiceOffset,
    width: index.width,
    scaleStart,
    scaleItems,
    tableBase,
    minAnswered,
    score,
    answered,
  };
  cache.set(def, plan);
  return plan;
}
