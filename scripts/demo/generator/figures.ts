/**
 * The benchmark figures a report shows, computed from responses with the shared scoring:
 * per centre the mean of its persons' scale scores (n = persons with a score), the network's
 * respondent-weighted mean and its highest and lowest centre over centres with n ≥ the minimum
 * group size; for "value most" the share of those who chose at least one option, per centre and
 * pooled. Used to check the generator (print-figures.ts); the unit test computes them on its own.
 */
import { builtinInstrument } from "../../../shared/instrument/index.ts";
import { scoreMatrix } from "../../../shared/scoring/score-matrix.ts";

export interface Figure {
  centres: Map<string, { n: number; mean: number }>;
  network: { mean: number; highest: number; lowest: number };
}

export interface RoundFigures {
  scales: Map<string, Figure>;
  valueMost: Map<string, Figure>;
}

interface Row {
  centreId: string;
  packed: Uint8Array;
}

function network(centres: Map<string, { n: number; mean: number }>, minGroup: number, pooled?: number) {
  const shown = [...centres.values()].filter((c) => c.n >= minGroup);
  const n = shown.reduce((a, c) => a + c.n, 0);
  return {
    mean: pooled ?? shown.reduce((a, c) => a + c.n * c.mean, 0) / n,
    highest: Math.max(...shown.map((c) => c.mean)),
    lowest: Math.min(...shown.map((c) => c.mean)),
  };
}

export function roundFigures(rows: readonly Row[], minGroup = 5): RoundFigures {
  const def = builtinInstrument;
  const m = scoreMatrix(
    def,
    rows.map((r) => r.packed),
  );
  const S = m.scaleKeys.length;
  const centreIds = [...new Set(rows.map((r) => r.centreId))];
  const scales = new Map<string, Figure>();
  m.scaleKeys.forEach((key, s) => {
    const centres = new Map<string, { n: number; mean: number }>();
    for (const id of centreIds) {
      let n = 0;
      let sum = 0;
      rows.forEach((r, i) => {
        const v = m.values[i * S + s] as number;
        if (r.centreId === id && !Number.isNaN(v)) {
          n++;
          sum += v;
        }
      });
      centres.set(id, { n, mean: sum / n });
    }
    scales.set(key, { centres, network: network(centres, minGroup) });
  });
  const offset = def.items.length;
  const answered = (r: Row) => def.multipleChoice.options.some((_, q) => r.packed[offset + q] === 1);
  const valueMost = new Map<string, Figure>();
  def.multipleChoice.options.forEach((option, q) => {
    const centres = new Map<string, { n: number; mean: number }>();
    let chosen = 0;
    let total = 0;
    for (const id of centreIds) {
      const group = rows.filter((r) => r.centreId === id && answered(r));
      const k = group.filter((r) => r.packed[offset + q] === 1).length;
      centres.set(id, { n: group.length, mean: (100 * k) / group.length });
      if (group.length >= minGroup) {
        chosen += k;
        total += group.length;
      }
    }
    valueMost.set(option.key, { centres, network: network(centres, minGroup, (100 * chosen) / total) });
  });
  return { scales, valueMost };
}
