import type { InstrumentDefinition } from "../shared/instrument/schema.ts";
import type { AggregateRow } from "../shared/scoring/aggregate-row.ts";
import { type Figures, figure, figureKey } from "./group-figures.ts";

/** aggregateRound's rows in the comparable form (indices instead of ids). */
export function amicaFigures(def: InstrumentDefinition, rows: readonly AggregateRow[]): Figures {
  const scale = new Map(def.scales.map((s, i) => [s.key, i]));
  const choice = new Map(def.multipleChoice.options.map((o, i) => [o.key, i]));
  const index = (id: string | null) => (id === null ? null : Number(id.split("-")[1]) - 1);
  const out: Figures = new Map();
  for (const r of rows) {
    const key =
      r.metric === "count"
        ? "respondents"
        : r.metric === "scale"
          ? `scale:${scale.get(r.key)}`
          : `choice:${choice.get(r.key)}`;
    out.set(
      figureKey(r.level, index(r.centre), index(r.team), key),
      r.metric === "count" ? figure(r.n, null, null) : { ...r },
    );
  }
  return out;
}
