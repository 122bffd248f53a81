/**
 * RFC 4180 CSV, written with commas and read one record at a time so a large file is never held twice: quoted cells with
 * `""` for a quote, delimiters and line breaks inside quotes, CRLF, LF or CR line ends, and a
 * comma or a semicolon as the delimiter (Danish Excel writes semicolons). The caller removes a BOM.
 */
export type Delimiter = "," | ";";

export interface CsvRecord {
  /** 1-based record number, the row number a spreadsheet shows (blank lines count). */
  row: number;
  cells: string[];
  /** Set when the record breaks the quoting rules; the cells are then a best effort. */
  error?: string;
  /** The same as a machine code, for words in the reader's language. */
  errorCode?: CsvErrorCode;
}

export type CsvErrorCode = "unclosed-quote" | "text-after-quote";

/** The delimiter the header row uses: whichever of `;` and `,` it has more of outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted) {
      if (ch === "\n" || ch === "\r") break;
      if (ch === ",") commas++;
      else if (ch === ";") semicolons++;
    }
  }
  return semicolons > commas ? ";" : ",";
}

const LF = 10;
const CR = 13;

/** Index of the next delimiter or line break at or after `from` (or the end). */
function nextStop(text: string, from: number, delimiter: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === delimiter || ch === LF || ch === CR) return i;
  }
  return text.length;
}

export function* parseCsv(text: string, delimiter: Delimiter): Generator<CsvRecord> {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let row = 0;
  while (i < n) {
    row++;
    const cells: string[] = [];
    let error: string | undefined;
    let errorCode: CsvErrorCode | undefined;
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        cell = "";
        i++;
        let closed = false;
        while (i < n) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            cell += text.slice(i);
            i = n;
            break;
          }
          cell += text.slice(i, q);
          if (text.charCodeAt(q + 1) === 34) {
            cell += '"';
            i = q + 2;
          } else {
            i = q + 1;
            closed = true;
            break;
          }
        }
        if (!closed && !error) {
          error = "A quoted cell is never closed.";
          errorCode = "unclosed-quote";
        }
        const stop = nextStop(text, i, delim);
        if (stop > i) {
          if (!error) {
            error = "Text after a closing quote: quote the whole cell and double any quote inside it.";
            errorCode = "text-after-quote";
          }
          cell += text.slice(i, stop);
          i = stop;
        }
      } else {
        const stop = nextStop(text, i, delim);
        cell = text.slice(i, stop);
        i = stop;
      }
      cells.push(cell);
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      if (text.charCodeAt(i) === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      break;
    }
    yield error ? { row, cells, error, errorCode } : { row, cells };
  }
}

export type Cell = string | number | null;

// A spreadsheet would run a cell starting with one of these as a formula; free-text values (panel
// codes, names) could carry one. Exports apply the prefix in every format (a JSON file is opened in
// a spreadsheet too, after a conversion), so a value is the same in CSV, JSON and NDJSON and codes
// still link across files.
const FORMULA = /^[=+\-@\t\r]/;

export const guardFormula = (s: string) => (FORMULA.test(s) ? `'${s}` : s);

export function csvCell(v: Cell): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const s = guardFormula(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (cells: readonly Cell[]) => `${cells.map(csvCell).join(",")}\r\n`;
