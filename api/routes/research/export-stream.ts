/**
 * Export bodies as streams: pages of rows go out as they come from D1, so an export of any size
 * runs in flat memory. CSV is RFC 4180 (UTF-8, no BOM, CRLF, a header row, fields quoted only where
 * needed); JSON is one array of objects, written incrementally; NDJSON is one object per line.
 */
import { type Cell, csvCell, csvLine, guardFormula } from "../../../shared/csv.ts";
import type { ExportFormat } from "../../../shared/schemas/research.ts";

export { csvCell, csvLine, guardFormula } from "../../../shared/csv.ts";
export type { Cell };

export interface ExportTable {
  columns: readonly string[];
  /** Rows in `columns` order, page by page. */
  pages: AsyncIterable<Cell[][]>;
}

/** Rows already written in the export's format, separators included, and how many. */
export interface EncodedChunk {
  bytes: Uint8Array;
  rows: number;
}

/**
 * A table that writes its own rows in the export's format (the respondent export, whose rows are
 * written straight from packed answers into bytes without a cell or a string per value): CSV
 * records with their line ends, NDJSON lines, or the JSON array's objects with the separators
 * between them (the stream writes the array's brackets).
 */
export interface EncodedTable {
  columns: readonly string[];
  chunks(format: ExportFormat): AsyncIterable<EncodedChunk>;
}

/** A cell as the format writes it (CSV field or JSON value), the formula guard included. */
export const cellText = (format: ExportFormat): ((v: Cell) => string) =>
  format === "csv" ? csvCell : jsonValue;

export const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
};

/** `?format=` if given, else what the Accept header asks for, else JSON. */
export function pickFormat(format: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (format) return format;
  const a = (accept ?? "").toLowerCase();
  if (a.includes("text/csv")) return "csv";
  if (a.includes("ndjson")) return "ndjson";
  return "json";
}

export const jsonValue = (v: Cell) =>
  typeof v === "number"
    ? Number.isFinite(v)
      ? String(v)
      : "null"
    : typeof v === "string"
      ? JSON.stringify(guardFormula(v))
      : "null";

function objectWriter(columns: readonly string[]) {
  const keys = columns.map((c) => `${JSON.stringify(c)}:`);
  return (row: readonly Cell[]) => {
    let out = "{";
    for (let i = 0; i < keys.length; i++) out += `${i ? "," : ""}${keys[i]}${jsonValue(row[i] ?? null)}`;
    return `${out}}`;
  };
}

/** What the stream reports when it ends: rows written, and whether it ran to the end. */
export type OnEnd = (rows: number, complete: boolean) => Promise<void>;

export function exportStream(
  table: ExportTable | EncodedTable,
  format: ExportFormat,
  onEnd: OnEnd,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const encoded = "chunks" in table;
  const pages = (encoded ? table.chunks(format) : table.pages)[Symbol.asyncIterator]();
  const object = objectWriter(table.columns);
  let rows = 0;
  let state: "start" | "rows" | "ended" = "start";
  const end = async (complete: boolean) => {
    if (state === "ended") return;
    state = "ended";
    await onEnd(rows, complete).catch((err) => console.error("export audit", err));
  };

  const head = () => (format === "csv" ? csvLine(table.columns) : format === "json" ? "[" : "");
  const encodePage = (page: Cell[][]) => {
    let out = "";
    for (const row of page) {
      if (format === "csv") out += csvLine(row);
      else if (format === "ndjson") out += `${object(row)}\n`;
      else out += `${rows > 0 ? ",\n" : "\n"}${object(row)}`;
      rows++;
    }
    return out;
  };

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (state === "start") {
          state = "rows";
          const h = head();
          if (h) {
            controller.enqueue(encoder.encode(h));
            return;
          }
        }
        // Loop until something is written: a pull that enqueues nothing would not be called again.
        for (;;) {
          const next = await pages.next();
          if (next.done) {
            if (format === "json") controller.enqueue(encoder.encode(rows > 0 ? "\n]\n" : "]\n"));
            await end(true);
            controller.close();
            return;
          }
          if (encoded) {
            const chunk = next.value as EncodedChunk;
            rows += chunk.rows;
            if (chunk.bytes.length > 0) {
              controller.enqueue(chunk.bytes);
              return;
            }
            continue;
          }
          const text = encodePage(next.value as Cell[][]);
          if (text) {
            controller.enqueue(encoder.encode(text));
            return;
          }
        }
      } catch (err) {
        console.error("export stream", err);
        await end(false);
        controller.error(err);
      }
    },
    async cancel() {
      await pages.return?.();
      await end(false);
    },
  });
}

/** A body that is one value (the codebook as JSON), with the same end-of-export bookkeeping. */
export function singleChunkStream(text: string, rows: number, onEnd: OnEnd): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      controller.enqueue(bytes);
      await onEnd(rows, true).catch((err) => console.error("export audit", err));
      controller.close();
    },
  });
}
