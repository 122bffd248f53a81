import { builtinInstrument } from "../../shared/instrument/builtin/index.ts";
import { type Answers, validateAnswers } from "../../shared/instrument/packing.ts";
import type { InstrumentDefinition } from "../../shared/instrument/schema.ts";

/** Property runs are many small cases; on a busy two-core machine they outlast vitest's 5 s default. */
export const PROPERTY_TIMEOUT = 60_000;

/** Packs answers that must be valid; a test that passes invalid ones has a bug. */
export function pack(answers: Answers, def: InstrumentDefinition = builtinInstrument): Uint8Array {
  const result = validateAnswers(def, answers);
  if (!result.ok) throw new Error(`invalid test answers: ${JSON.stringify(result.errors)}`);
  return result.packed;
}

export function concat(rows: readonly Uint8Array[]): Uint8Array {
  const width = rows[0]?.length ?? 0;
  const out = new Uint8Array(rows.length * width);
  rows.forEach((row, i) => {
    out.set(row, i * width);
  });
  return out;
}

/**
 * The scoring rules written the slow, obvious way (an object per answer), to check the typed-array
 * code against.
 */
export function naiveScaleScores(def: InstrumentDefinition, row: Uint8Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (const scale of def.scales) {
    const items = def.items
      .map((item, slot) => ({ item, code: row[slot] as number }))
      .filter(({ item }) => item.scale === scale.key);
    const scores = items
      .filter(({ code }) => code !== 0)
      .map(({ item, code }) => {
        const option = def.responseSets[item.responseSet]?.options.find((o) => o.code === code);
        const score = option?.score ?? Number.NaN;
        return item.reversed ? 100 - score : score;
      });
    out[scale.key] =
      scores.length >= items.length / 2 ? scores.reduce((a, b) => a + b, 0) / scores.length : Number.NaN;
  }
  return out;
}

/** A copy of the built-in instrument whose frequency set is not equally spaced. */
export function unevenInstrument(): InstrumentDefinition {
  const def = structuredClone(builtinInstrument);
  const options = def.responseSets.frequency?.options ?? [];
  [100, 90, 50, 10, 0].forEach((score, i) => {
    (options[i] as { score: number }).score = score;
  });
  return def;
}
