import { instrumentIndex } from "../instrument/instrument-index.ts";
import type { InstrumentDefinition, Item } from "../instrument/schema.ts";

/**
 * An instrument compiled for the hot loops: everything they need as typed arrays, so that they
 * touch no objects, strings or maps per answer.
 */
export interface ScoringPlan {
  readonly scaleKeys: readonly string[];
  readonly itemCount: number;
  readonly choiceCount: number;
  readonly choiceOffset: number;
  readonly width: number;
  /** Items of scale s are packed slots `scaleItems[scaleStart[s] .. scaleStart[s + 1])`. */
  readonly scaleStart: Int32Array;
  readonly scaleItems: Int32Array;
  /** Fewest answered items for a person to get a score: half the scale's items, rounded up. */
  readonly minAnswered: Int32Array;
  /** Score after reversal, indexed by `slot << CODE_BITS | code`; 0 where the code is missing or invalid. */
  readonly score: Float64Array;
  /** 1 where `slot << CODE_BITS | code` is a real answer, 0 for missing (code 0) or invalid. */
  readonly answered: Uint8Array;
  /**
   * Where every item scores linearly in its code (score = α + β·code, as equally spaced COPSOQ
   * options do, reversed or not), each scale as runs of adjacent slots sharing α and β:
   * `[runCount, minAnswered, (firstSlot, endSlot) × runCount]` per scale, with `runCoef` holding
   * `(α, β)` per run. A run is then summed as raw codes, with no lookup per answer. Null when some
   * item is not linear; the lookup tables serve then.
   */
  readonly runs: Int32Array | null;
  readonly runCoef: Float64Array | null;
}

export const CODE_BITS = 8;
const STRIDE = 1 << CODE_BITS;

const cache = new WeakMap<InstrumentDefinition, ScoringPlan>();

/** α and β of an item's score after reversal if it is linear in the code, else null. */
function linearScore(def: InstrumentDefinition, item: Item): [number, number] | null {
  const options = def.responseSets[item.responseSet]?.options ?? [];
  const first = options[0]?.score ?? 0;
  const beta = (options[1]?.score ?? first) - first;
  const alpha = first - beta;
  if (!options.every((o) => Math.abs(alpha + beta * o.code - o.score) < 1e-9)) return null;
  return item.reversed ? [100 - alpha, -beta] : [alpha, beta];
}

function compileRuns(
  def: InstrumentDefinition,
  scaleStart: Int32Array,
  scaleItems: Int32Array,
  minAnswered: Int32Array,
) {
  const program: number[] = [];
  const coef: number[] = [];
  for (let s = 0; s < minAnswered.length; s++) {
    const runs: { from: number; to: number; alpha: number; beta: number }[] = [];
    for (let j = scaleStart[s] as number; j < (scaleStart[s + 1] as number); j++) {
      const slot = scaleItems[j] as number;
      const linear = linearScore(def, def.items[slot] as Item);
      if (linear === null) return null;
      const [alpha, beta] = linear;
      const last = runs.at(-1);
      if (last && last.to === slot && last.alpha === alpha && last.beta === beta) last.to = slot + 1;
      else runs.push({ from: slot, to: slot + 1, alpha, beta });
    }
    program.push(runs.length, minAnswered[s] as number);
    for (const run of runs) {
      program.push(run.from, run.to);
      coef.push(run.alpha, run.beta);
    }
  }
  return { runs: Int32Array.from(program), runCoef: Float64Array.from(coef) };
}

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
      if (item.scale === key) scaleItems[pos++] = slot;
    });
    minAnswered[s] = Math.ceil((pos - (scaleStart[s] as number)) / 2);
  });
  scaleStart[scaleKeys.length] = pos;

  def.items.forEach((item, slot) => {
    for (const option of def.responseSets[item.responseSet]?.options ?? []) {
      score[(slot << CODE_BITS) | option.code] = item.reversed ? 100 - option.score : option.score;
      answered[(slot << CODE_BITS) | option.code] = 1;
    }
  });

  const compiled = compileRuns(def, scaleStart, scaleItems, minAnswered);
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
    runs: compiled?.runs ?? null,
    runCoef: compiled?.runCoef ?? null,
  };
  cache.set(def, plan);
  return plan;
}
