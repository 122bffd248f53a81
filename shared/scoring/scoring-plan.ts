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
  /** Fewest answered items for a person to get a score: half the scale's items, rounded up. */
  readonly minAnswered: Int32Array;
  /** Score after reversal, indexed by `slot << CODE_BITS | code`; 0 where the code means "missing". */
  readonly score: Float64Array;
  /** 1 where the code is a real answer, 0 for missing (code 0) or out of range. */
  readonly answered: Uint8Array;
  /**
   * The same lookup packed into one integer per entry, `(answered << COUNT_SHIFT) + score × unit`,
   * when every score is a multiple of `1 / unit`; null otherwise. Summing these over a scale's items
   * gives the answered count and the score sum in one integer add per answer, the cheapest inner
   * loop JavaScript offers.
   */
  readonly packedTable: Int32Array | null;
  readonly unit: number;
}

export const COUNT_SHIFT = 20;
export const SUM_MASK = (1 << COUNT_SHIFT) - 1;

// The smallest multiplier that makes every option score an integer (3 for thirds), if a small one exists.
function integerUnit(def: InstrumentDefinition): number | null {
  const scores = Object.values(def.responseSets).flatMap((set) => set.options.map((o) => o.score));
  for (let unit = 1; unit <= 1000; unit++) {
    if (scores.every((x) => Math.abs(x * unit - Math.round(x * unit)) < 1e-9)) return unit;
  }
  return null;
}

/** Lookup tables hold one row of 256 entries per item (index `slot << 8 | code`), so any byte is a
 * safe index and codes outside the response set count as missing. */
export const CODE_BITS = 8;
const STRIDE = 1 << CODE_BITS;

const cache = new WeakMap<InstrumentDefinition, ScoringPlan>();

export function scoringPlan(def: InstrumentDefinition): ScoringPlan {
  const cached = cache.get(def);
  if (cached) return cached;
  const index = instrumentIndex(def);
  const scaleKeys = def.scales.map((s) => s.key);
  const scaleStart = new Int32Array(scaleKeys.length + 1);
  const scaleItems = new Int32Array(def.items.length);
  const minAnswered = new Int32Array(scaleKeys.length);
  const score = new Float64Array(def.items.length * STRIDE);
  const answered = new Uint8Array(def.items.length * STRIDE);

  let pos = 0;
  scaleKeys.forEach((key, s) => {
    scaleStart[s] = pos;
    def.items.forEach((item, slot) => {
      if (item.scale !== key) return;
      scaleItems[pos] = slot;
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

  let packedTable: Int32Array | null = null;
  const unit = integerUnit(def);
  let largest = 0;
  for (let s = 0; s < scaleKeys.length; s++) {
    largest = Math.max(largest, (scaleStart[s + 1] as number) - (scaleStart[s] as number));
  }
  // The score sum must stay below the count bits, and the count below the sign bit.
  if (unit !== null && 100 * unit * largest <= SUM_MASK && largest < 1 << (30 - COUNT_SHIFT)) {
    packedTable = new Int32Array(score.length);
    for (let i = 0; i < score.length; i++) {
      if (answered[i] === 1) packedTable[i] = (1 << COUNT_SHIFT) + Math.round((score[i] as number) * unit);
    }
  }

  const plan: ScoringPlan = {
    scaleKeys,
    itemCount: def.items.length,
    choiceCount: index.choiceKeys.length,
    choiceOffset: index.choiceOffset,
    width: index.width,
    scaleStart,
    scaleItems,
    minAnswered,
    score,
    answered,
    packedTable,
    unit: unit ?? 1,
  };
  cache.set(def, plan);
  return plan;
}
