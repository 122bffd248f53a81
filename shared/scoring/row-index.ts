import type { AggregateLevel, AggregateMetric, AggregateRow } from "./aggregate-row.ts";
import { RESPONDENTS_KEY } from "./aggregate-row.ts";

/** A group's figure as reports show it; only built for rows cleared for display. */
export interface FigureCell {
  n: number;
  mean: number;
  sd: number;
  ci95: [number, number];
}

/** Lookup of a round's aggregate rows by group and key. */
export class RowIndex {
  readonly #rows = new Map<string, AggregateRow>();
  readonly #centreRows = new Map<string, AggregateRow[]>();

  constructor(rows: readonly AggregateRow[]) {
    for (const row of rows) {
      this.#rows.set(RowIndex.#id(row.level, row.centre, row.team, row.metric, row.key), row);
      if (row.level === "centre") {
        const k = `${row.metric}:${row.key}`;
        const list = this.#centreRows.get(k) ?? [];
        list.push(row);
        this.#centreRows.set(k, list);
      }
    }
  }

  static #id(
    level: AggregateLevel,
    centre: string | null,
    team: string | null,
    metric: AggregateMetric,
    key: string,
  ) {
    return JSON.stringify([level, centre, team, metric, key]);
  }

  get(centre: string, team: string | null, metric: AggregateMetric, key: string): AggregateRow | undefined {
    return this.#rows.get(RowIndex.#id(team === null ? "centre" : "team", centre, team, metric, key));
  }

  respondents(centre: string, team: string | null): number {
    return this.get(centre, team, "count", RESPONDENTS_KEY)?.n ?? 0;
  }

  /** Every centre's row for one key (the input of the network benchmark). */
  centreRows(metric: AggregateMetric, key: string): readonly AggregateRow[] {
    return this.#centreRows.get(`${metric}:${key}`) ?? [];
  }
}

/** The row as a display cell if it is visible and complete, else null. */
export function figureCell(
  row: AggregateRow | undefined,
  visible: (row: AggregateRow) => boolean,
): FigureCell | null {
  if (
    !row ||
    !visible(row) ||
    row.mean === null ||
    row.sd === null ||
    row.ciLow === null ||
    row.ciHigh === null
  ) {
    return null;
  }
  return { n: row.n, mean: row.mean, sd: row.sd, ci95: [row.ciLow, row.ciHigh] };
}
