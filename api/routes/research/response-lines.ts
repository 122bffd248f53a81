/**
 * Writes respondent rows as CSV records or JSON objects straight from packed answers. The generic
 * path (a cell per value, then a regular expression per cell to quote and guard it) cost more than
 * everything else in the 1,000,000-row export together (bench/BENCHMARKS.md); here the numbers of
 * a column are looked up in tables made once per export: an item's codes and a choice's 0/1 as
 * ready text, a scale score through a cache of the values already written (a person's score takes
 * few distinct values per scale). Only the few string cells (ids, pseudonyms, panel codes) go
 * through the format's usual quoting and formula guard, so every value is written as the generic
 * writer writes it (tests/api/research-responses.test.ts checks the values against the shared
 * scoring, and CSV, JSON and NDJSON against each other).
 */
import { instrumentIndex } from "../../../shared/instrument/index.ts";
import { type ExportFormat, RESPONSE_ID_COLUMNS } from "../../../shared/schemas/research.ts";
import { scoreMatrix } from "../../../shared/scoring/score-matrix.ts";
import { type Cell, cellText } from "./export-stream.ts";
import type { Placement, ResponseLayout } from "./responses.export.ts";

/** Enough for every distinct score of a large export many times over, and bounded. */
const SCORE_CACHE_LIMIT = 1 << 16;

export interface PackedPage {
  /** `count` rows of the instrument's width, back to back. */
  packed: Uint8Array;
  count: number;
  /** The first cells of each row (response, round, …, panel_code), already written. */
  lead: (row: number) => string;
}

export function responseLineWriter(layout: ResponseLayout, format: ExportFormat) {
  const json = format !== "csv";
  const columns = layout.columns;
  const prefix = columns.map((c) => (json ? `${JSON.stringify(c)}:` : ""));
  const empty = prefix.map((p) => (json ? `${p}null` : ""));
  const text = cellText(format);
  const scoreText = new Map<number, string>();
  const score = (v: number): string => {
    let t = scoreText.get(v);
    if (t === undefined) {
      t = text(v);
      if (scoreText.size < SCORE_CACHE_LIMIT) scoreText.set(v, t);
    }
    return t;
  };
  /** Per answer code (0 = not answered): the column's cell, with the comma before it. */
  const codeCells = (column: number, maxCode: number) =>
    Array.from(
      { length: maxCode + 1 },
      (_, code) => `,${code === 0 ? empty[column] : `${prefix[column]}${code}`}`,
    );
  const ITEM = 1;
  const CHOICE = 2;
  const SCALE = 3;
  /**
   * For an instrument: what each column after the lead ones holds (kind, and which item, choice
   * or scale), in column order, so that a row is written left to right by appending.
   */
  const plans = new Map<Placement, { kind: Uint8Array; source: Int32Array; cells: string[][] }>();
  const planFor = (place: Placement) => {
    let plan = plans.get(place);
    if (plan) return plan;
    const kind = new Uint8Array(columns.length);
    const source = new Int32Array(columns.length);
    const cells: string[][] = columns.map((_, column) => [`,${empty[column]}`]);
    place.itemColumn.forEach((column, s) => {
      if (column < 0) return;
      kind[column] = ITEM;
      source[column] = s;
      cells[column] = codeCells(column, 255);
    });
    place.choiceColumn.forEach((column, k) => {
      if (column < 0) return;
      kind[column] = CHOICE;
      source[column] = k;
      // A choice is 0 or 1, written only where the person chose anything (else every cell is empty).
      cells[column] = [`,${prefix[column]}0`, `,${prefix[column]}1`, `,${empty[column]}`];
    });
    place.scaleColumn.forEach((column, s) => {
      if (column < 0) return;
      kind[column] = SCALE;
      source[column] = s;
      cells[column] = [`,${empty[column]}`, `,${prefix[column]}`];
    });
    plan = { kind, source, cells };
    plans.set(place, plan);
    return plan;
  };
  const lead = RESPONSE_ID_COLUMNS.length;

  /** Column `column`'s cell holding `value`, as the format writes it (with its key in JSON). */
  const cell = (column: number, value: Cell) => `${prefix[column]}${text(value)}`;

  function lines(place: Placement, page: PackedPage): string[] {
    const { def } = place;
    const index = instrumentIndex(def);
    const width = index.width;
    const { kind, source, cells } = planFor(place);
    const scores = scoreMatrix(def, page.packed, page.count);
    const S = scores.scaleKeys.length;
    const C = columns.length;
    const packed = page.packed;
    const out = new Array<string>(page.count);
    // The row's cells, joined once: appending them one by one builds a deep rope that costs more.
    const parts = new Array<string>(C - lead + 1);
    for (let i = 0; i < page.count; i++) {
      const row = i * width;
      const choices = row + index.choiceOffset;
      let chosen = 0;
      for (let k = 0; k < place.choiceColumn.length; k++) chosen += packed[choices + k] as number;
      parts[0] = page.lead(i);
      for (let column = lead; column < C; column++) {
        const at = cells[column] as string[];
        let cell: string;
        switch (kind[column]) {
          case ITEM:
            cell = at[packed[row + (source[column] as number)] as number] as string;
            break;
          case CHOICE:
            cell = at[chosen > 0 ? (packed[choices + (source[column] as number)] as number) : 2] as string;
            break;
          case SCALE: {
            const v = scores.values[i * S + (source[column] as number)] as number;
            cell = Number.isNaN(v) ? (at[0] as string) : `${at[1]}${score(v)}`;
            break;
          }
          default:
            cell = at[0] as string;
        }
        parts[column - lead + 1] = cell;
      }
      const line = parts.join("");
      out[i] = json ? `{${line}}` : line;
    }
    return out;
  }

  return { lines, cell };
}
