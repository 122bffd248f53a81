/**
 * Writes respondent rows as CSV records or JSON objects straight from packed answers into bytes.
 * Building a string per row and encoding it (and before that, a cell per value and a regular
 * expression per cell) cost more than everything else in the 1,000,000-row export together
 * (bench/BENCHMARKS.md); here every cell of a column is a byte sequence looked up in tables made
 * once per export: an item's codes and a choice's 0/1 as ready bytes, a scale score through a
 * cache of the values already written (a person's score takes few distinct values per scale),
 * copied into one buffer per page, which goes out as one chunk. Nothing is allocated per row.
 * Only the few string cells (ids, pseudonyms, panel codes) go through the format's usual quoting
 * and formula guard, so every value is written as the generic writer writes it
 * (tests/api/research-responses.test.ts checks the values against the shared scoring, and CSV,
 * JSON and NDJSON against each other).
 */
import { instrumentIndex } from "../../../shared/instrument/index.ts";
import { type ExportFormat, RESPONSE_ID_COLUMNS } from "../../../shared/schemas/research.ts";
import { scoreMatrix } from "../../../shared/scoring/score-matrix.ts";
import { type Cell, cellText } from "./export-stream.ts";
import type { Placement, ResponseLayout } from "./responses.export.ts";

/** Enough for every distinct score of a large export many times over, and bounded. */
const SCORE_CACHE_LIMIT = 1 << 16;
/** Room for any score's text ("-0.000000000000001234", "33.333333333333336"). */
const SCORE_MAX = 32;

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** A growing byte buffer for one page of rows. */
export class ByteSink {
  buf: Uint8Array;
  pos = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }
  /** Room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  put(bytes: Uint8Array): void {
    const b = this.buf;
    let p = this.pos;
    for (let j = 0; j < bytes.length; j++) b[p++] = bytes[j] as number;
    this.pos = p;
  }
}

export interface PackedPage {
  /** `count` rows of the instrument's width, back to back. */
  packed: Uint8Array;
  count: number;
  /** Writes the first cells of a row (response, round, …, panel_code) into the sink, room included. */
  lead: (row: number, sink: ByteSink) => void;
}

export function responseLineWriter(layout: ResponseLayout, format: ExportFormat) {
  const json = format !== "csv";
  const columns = layout.columns;
  const prefix = columns.map((c) => (json ? `${JSON.stringify(c)}:` : ""));
  const empty = prefix.map((p) => (json ? `${p}null` : ""));
  const text = cellText(format);
  const scoreBytes = new Map<number, Uint8Array>();
  const score = (v: number): Uint8Array => {
    let t = scoreBytes.get(v);
    if (t === undefined) {
      t = utf8(text(v));
      if (scoreBytes.size < SCORE_CACHE_LIMIT) scoreBytes.set(v, t);
    }
    return t;
  };
  /** Per answer code (0 = not answered): the column's cell, with the comma before it. */
  const codeCells = (column: number, maxCode: number) =>
    Array.from({ length: maxCode + 1 }, (_, code) =>
      utf8(`,${code === 0 ? empty[column] : `${prefix[column]}${code}`}`),
    );
  const ITEM = 1;
  const CHOICE = 2;
  const SCALE = 3;
  interface Plan {
    kind: Uint8Array;
    source: Int32Array;
    cells: Uint8Array[][];
    /** Most bytes a row's cells after the lead ones take. */
    rowMax: number;
  }
  /**
   * For an instrument: what each column after the lead ones holds (kind, and which item, choice
   * or scale), in column order, so that a row is written left to right by appending.
   */
  const plans = new Map<Placement, Plan>();
  const planFor = (place: Placement): Plan => {
    let plan = plans.get(place);
    if (plan) return plan;
    const kind = new Uint8Array(columns.length);
    const source = new Int32Array(columns.length);
    const cells: Uint8Array[][] = columns.map((_, column) => [utf8(`,${empty[column]}`)]);
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
      cells[column] = [utf8(`,${prefix[column]}0`), utf8(`,${prefix[column]}1`), utf8(`,${empty[column]}`)];
    });
    place.scaleColumn.forEach((column, s) => {
      if (column < 0) return;
      kind[column] = SCALE;
      source[column] = s;
      cells[column] = [utf8(`,${empty[column]}`), utf8(`,${prefix[column]}`)];
    });
    let rowMax = 0;
    for (let column = lead; column < columns.length; column++) {
      const longest = Math.max(...(cells[column] as Uint8Array[]).map((c) => c.length));
      rowMax += longest + (kind[column] === SCALE ? SCORE_MAX : 0);
    }
    plan = { kind, source, cells, rowMax };
    plans.set(place, plan);
    return plan;
  };
  const lead = RESPONSE_ID_COLUMNS.length;

  // What goes between rows: CSV and NDJSON end each line; the JSON array puts ",\n" between them.
  const lineEnd = utf8(format === "csv" ? "\r\n" : format === "ndjson" ? "\n" : "");
  const jsonFirst = utf8("\n");
  const jsonNext = utf8(",\n");
  const open = utf8(json ? "{" : "");
  const close = utf8(json ? "}" : "");
  let written = 0;

  /** Column `column`'s cell holding `value`, as the format writes it (with its key in JSON). */
  const cell = (column: number, value: Cell) => `${prefix[column]}${text(value)}`;

  /** Appends a page's rows to the sink, each with its separators. */
  function page(place: Placement, input: PackedPage, sink: ByteSink): void {
    const { def } = place;
    const index = instrumentIndex(def);
    const width = index.width;
    const { kind, source, cells, rowMax } = planFor(place);
    const scores = scoreMatrix(def, input.packed, input.count);
    const S = scores.scaleKeys.length;
    const C = columns.length;
    const packed = input.packed;
    const choiceCount = place.choiceColumn.length;
    for (let i = 0; i < input.count; i++) {
      sink.ensure(jsonNext.length + open.length);
      if (format === "json") sink.put(written === 0 ? jsonFirst : jsonNext);
      written++;
      sink.put(open);
      input.lead(i, sink);
      sink.ensure(rowMax + close.length + lineEnd.length);
      const row = i * width;
      const choices = row + index.choiceOffset;
      let chosen = 0;
      for (let k = 0; k < choiceCount; k++) chosen += packed[choices + k] as number;
      const b = sink.buf;
      let p = sink.pos;
      for (let column = lead; column < C; column++) {
        const at = cells[column] as Uint8Array[];
        let c: Uint8Array;
        switch (kind[column]) {
          case ITEM:
            c = at[packed[row + (source[column] as number)] as number] as Uint8Array;
            break;
          case CHOICE:
            c = at[chosen > 0 ? (packed[choices + (source[column] as number)] as number) : 2] as Uint8Array;
            break;
          case SCALE: {
            const v = scores.values[i * S + (source[column] as number)] as number;
            if (Number.isNaN(v)) c = at[0] as Uint8Array;
            else {
              const key = at[1] as Uint8Array;
              for (let j = 0; j < key.length; j++) b[p++] = key[j] as number;
              c = score(v);
            }
            break;
          }
          default:
            c = at[0] as Uint8Array;
        }
        for (let j = 0; j < c.length; j++) b[p++] = c[j] as number;
      }
      sink.pos = p;
      sink.put(close);
      sink.put(lineEnd);
    }
  }

  return { page, cell, rows: () => written };
}
