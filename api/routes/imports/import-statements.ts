/**
 * The statements an import writes. Responses go in as JSON arrays in one bound parameter per
 * statement, unpacked by json_each: 4 bound parameters instead of one per cell, and up to 1,000
 * rows per statement, so that 10,000 rows cost some 15 statements. Rows of VALUES under D1's
 * 100-parameter limit would fit 16 rows a statement: 625 statements for 10,000 rows, close to the
 * 1,000 queries one Worker invocation may make on the paid plan (each statement of a batch counts),
 * and far over the free plan's 50. The answers travel as hex and become a BLOB through unhex().
 */
import { newId } from "../../lib/ids.ts";
import type { RoundRow } from "../../lib/round-scope.ts";
import type { ParsedRow } from "./import-rows.ts";

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
export const toHex = (bytes: Uint8Array) => {
  let out = "";
  for (const b of bytes) out += HEX[b];
  return out;
};

const INSERT_SQL = `INSERT INTO responses (id, round_id, centre_id, team_id, panel_code, answers, open_answers, source, import_id, submitted_at)
  SELECT value ->> '$[0]', ?1, value ->> '$[1]', value ->> '$[2]', value ->> '$[3]', unhex(value ->> '$[4]'), value ->> '$[5]', 'import', ?2, ?3
  FROM json_each(?4)`;
const CHUNK_CHARS = 256 * 1024;
const CHUNK_ROWS = 1000;

export class RowStatements {
  readonly statements: D1PreparedStatement[] = [];
  private rows: string[] = [];
  private chars = 0;
  count = 0;

  constructor(
    private readonly d1: D1Database,
    private readonly roundId: string,
    private readonly importId: string,
    private readonly submittedAt: string,
  ) {}

  add(r: ParsedRow) {
    const open = Object.keys(r.openAnswers).length ? r.openAnswers : null;
    const json = JSON.stringify([newId(), r.centreId, r.teamId, r.panelCode, toHex(r.packed), open]);
    this.rows.push(json);
    this.chars += json.length + 1;
    this.count++;
    if (this.chars >= CHUNK_CHARS || this.rows.length >= CHUNK_ROWS) this.flush();
  }

  flush() {
    if (!this.rows.length) return;
    this.statements.push(
      this.d1
        .prepare(INSERT_SQL)
        .bind(this.roundId, this.importId, this.submittedAt, `[${this.rows.join(",")}]`),
    );
    this.rows = [];
    this.chars = 0;
  }
}

/**
 * The import's own record, first in the batch. Its round_id comes from a subquery that finds the
 * round only in the status and data version we read: if a close, reopen or another import came
 * between, it is NULL, the NOT NULL constraint fails and the whole batch rolls back. The unique
 * index on (round_id, content_hash) refuses a file imported before, even two uploads at once.
 */
export function importRecordStatement(
  d1: D1Database,
  r: {
    importId: string;
    round: RoundRow;
    contentHash: string;
    filename: string | null;
    rowCount: number;
    userId: string;
  },
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO imports (id, round_id, content_hash, filename, row_count, created_by)
       VALUES (?1, (SELECT id FROM rounds WHERE id = ?2 AND status = ?3 AND data_version = ?4), ?5, ?6, ?7, ?8)`,
    )
    .bind(
      r.importId,
      r.round.id,
      r.round.status,
      r.round.dataVersion,
      r.contentHash,
      r.filename,
      r.rowCount,
      r.userId,
    );
}
