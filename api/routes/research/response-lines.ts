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

/**
 * Slots of the table of scores already written (a power of two); it takes new scores until half
 * full, which is many times the distinct scores of a large export, and stays 1 MiB at most.
 */
const SCORE_SLOTS_BITS = 15;
const SCORE_SLOTS = 1 << SCORE_SLOTS_BITS;
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
  /**
   * A score's text by the bits of its value, in an open-addressed table of typed arrays: a Map
   * keyed by numbers cost as much as writing the rest of the row (24 scores a row). The key is
   * the exact double (both 32-bit halves), so every value gets its own text as `text` writes it.
   */
  const scoreHi = new Uint32Array(SCORE_SLOTS);
  const scoreLo = new Uint32Array(SCORE_SLOTS);
  const scoreLength = new Uint8Array(SCORE_SLOTS);
  const scoreText = new Uint8Array(SCORE_SLOTS * SCORE_MAX);
  let scoreCount = 0;
  const bits = new Float64Array(1);
  const half = new Uint32Array(bits.buffer);
  /** Writes the score's text at `b[p…]`; gives the position after it. */
  const writeScore = (v: number, b: Uint8Array, p: number): number => {
    bits[0] = v;
    const lo = half[0] as number;
    const hi = half[1] as number;
    let slot = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - SCORE_SLOTS_BITS);
    for (;;) {
      const n = scoreLength[slot] as number;
      if (n === 0) break;
      if (scoreLo[slot] === lo && scoreHi[slot] === hi) {
        for (let j = slot * SCORE_MAX, e = j + n; j < e; j++) b[p++] = scoreText[j] as number;
        return p;
      }
      slot = (slot + 1) & (SCORE_SLOTS - 1);
    }
    const t = utf8(text(v));
    if (scoreCount < SCORE_SLOTS >> 1 && t.length > 0 && t.length <= SCORE_MAX) {
      scoreCount++;
      scoreLo[slot] = lo;
      scoreHi[slot] = hi;
      scoreLength[slot] = t.length;
      scoreText.set(t, slot * SCORE_MAX);
    }
    for (let j = 0; j < t.length; j++) b[p++] = t[j] as number;
    return p;
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
    /**
     * The same cells in one buffer, for the row loop: cell `v` of column `column` is
     * `flat[cellStart[first[column] + v] …]`, `cellLength[first[column] + v]` bytes: the row loop
     * reads typed arrays only, the same for every column.
     */
    flat: Uint8Array;
    first: Int32Array;
    cellStart: Int32Array;
    cellLength: Int32Array;
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
    const all = cells.flat();
    const first = new Int32Array(columns.length);
    for (let column = 0, n = 0; column < columns.length; column++) {
      first[column] = n;
      n += (cells[column] as Uint8Array[]).length;
    }
    const cellStart = new Int32Array(all.length);
    const cellLength = new Int32Array(all.length);
    const flat = new Uint8Array(all.reduce((sum, c) => sum + c.length, 0));
    all.reduce((at, c, i) => {
      flat.set(c, at);
      cellStart[i] = at;
      cellLength[i] = c.length;
      return at + c.length;
    }, 0);
    plan = { kind, source, cells, rowMax, flat, first, cellStart, cellLength };
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
    const { kind, source, rowMax, flat, first, cellStart, cellLength } = planFor(place);
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
        const f = first[column] as number;
        let cell = f;
        switch (kind[column]) {
          case ITEM:
            cell = f + (packed[row + (source[column] as number)] as number);
            break;
          case CHOICE:
            cell = f + (chosen > 0 ? (packed[choices + (source[column] as number)] as number) : 2);
            break;
          case SCALE: {
            const v = scores.values[i * S + (source[column] as number)] as number;
            if (Number.isNaN(v)) break;
            // The key (JSON) and then the score's text.
            for (let j = cellStart[f + 1] as number, e = j + (cellLength[f + 1] as number); j < e; j++)
              b[p++] = flat[j] as number;
            p = writeScore(v, b, p);
            continue;
          }
        }
        for (let j = cellStart[cell] as number, e = j + (cellLength[cell] as number); j < e; j++)
          b[p++] = flat[j] as number;
      }
      sink.pos = p;
      sink.put(close);
      sink.put(lineEnd);
    }
  }

  return { page, cell, rows: () => written };
}
