import type { InstrumentDefinition } from "./schema.ts";

/** Positions of every answer slot in a packed row, derived once per definition. */
export interface InstrumentIndex {
  /** Item codes in packed-slot order (the definition's item order). */
  readonly itemCodes: readonly string[];
  readonly itemSlot: ReadonlyMap<string, number>;
  /** Number of response options per item slot: a valid answer code is 1..optionCount[slot]. */
  readonly optionCount: Uint8Array;
  readonly requiredSlots: readonly number[];
  /** Multiple-choice option keys; option i lives at slot `choiceOffset + i`. */
  readonly choiceKeys: readonly string[];
  readonly choiceSlot: ReadonlyMap<string, number>;
  readonly choiceOffset: number;
  /** Bytes per packed row. */
  readonly width: number;
}

// Definitions are immutable once used, so the identity of the object is a safe cache key.
const cache = new WeakMap<InstrumentDefinition, InstrumentIndex>();

export function instrumentIndex(def: InstrumentDefinition): InstrumentIndex {
  const cached = cache.get(def);
  if (cached) return cached;
  const itemCodes = def.items.map((item) => item.code);
  const optionCount = new Uint8Array(def.items.length);
  def.items.forEach((item, slot) => {
    optionCount[slot] = def.responseSets[item.responseSet]?.options.length ?? 0;
  });
  const choiceKeys = def.multipleChoice.options.map((option) => option.key);
  const index: InstrumentIndex = {
    itemCodes,
    itemSlot: new Map(itemCodes.map((code, slot) => [code, slot])),
    optionCount,
    requiredSlots: def.items.flatMap((item, slot) => (item.required ? [slot] : [])),
    choiceKeys,
    choiceSlot: new Map(choiceKeys.map((key, i) => [key, i])),
    choiceOffset: itemCodes.length,
    width: itemCodes.length + choiceKeys.length,
  };
  cache.set(def, index);
  return index;
}
