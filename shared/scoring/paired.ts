import type { InstrumentDefinition } from "../instrument/schema.ts";
import { meetsMinimum } from "./anonymity.ts";
import type { PairedComparison } from "./benchmark.ts";
import { scoreMatrix } from "./score-matrix.ts";
import { pairedTTest } from "./stats/hypothesis-tests.ts";

export interface PanelRows {
  /** Packed rows of one group (e.g. a centre) in one round, concatenated. */
  packed: Uint8Array;
  /** Per row: the respondent's pseudonymous panel code, or null if they gave none. */
  panel: readonly (string | null)[];
}

// A code used twice in one round cannot say which answer is whose, so it links nothing.
function uniqueCodes(panel: readonly (string | null)[]): Map<string, number> {
  const rows = new Map<string, number>();
  const duplicate = new Set<string>();
  panel.forEach((code, row) => {
    if (code === null || code === "") return;
    if (rows.has(code)) duplicate.add(code);
    rows.set(code, row);
  });
  for (const code of duplicate) rows.delete(code);
  return rows;
}

/**
 * Paired comparisons per scale between two rounds of the same group, over the respondents whose
 * panel code appears once in each round and who have a score on the scale both times. A scale
 * with fewer linked pairs than the minimum group size gets null: its test would be a figure
 * computed from too few people.
 */
export function pairedChanges(
  def: InstrumentDefinition,
  previous: PanelRows,
  current: PanelRows,
  minGroupSize: number,
): Record<string, PairedComparison | null> {
  const before = scoreMatrix(def, previous.packed, previous.panel.length);
  const after = scoreMatrix(def, current.packed, current.panel.length);
  const S = before.scaleKeys.length;
  const earlier = uniqueCodes(previous.panel);
  const links: [number, number][] = [];
  for (const [code, row] of uniqueCodes(current.panel)) {
    const old = earlier.get(code);
    if (old !== undefined) links.push([old, row]);
  }
  const result: Record<string, PairedComparison | null> = {};
  before.scaleKeys.forEach((key, s) => {
    const diffs = new Float64Array(links.length);
    let pairs = 0;
    links.forEach(([old, row], i) => {
      const d = (after.values[row * S + s] as number) - (before.values[old * S + s] as number);
      diffs[i] = d;
      if (!Number.isNaN(d)) pairs++;
    });
    const test = meetsMinimum(pairs, minGroupSize) ? pairedTTest(diffs) : null;
    result[key] = test === null ? null : { n: test.n, p: test.p, dz: test.dz };
  });
  return result;
}
