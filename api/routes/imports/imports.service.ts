/**
 * Importing answers collected with another survey tool. The whole file goes in one D1 batch (one
 * transaction): the import record, the responses, the headcount guard and the audit entry. So a
 * file is in completely or not at all, and a file seen before (by its SHA-256) is refused by the
 * unique index on imports even when two uploads race. Only into an open round: rows added to a
 * closed round could lift a hidden group over the minimum after its members' figures were read.
 */

import { detectDelimiter, parseCsv } from "../../../shared/csv.ts";
import type { InstrumentDefinition } from "../../../shared/instrument/index.ts";
import type { ImportResult } from "../../../shared/schemas/survey.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { CodedProblem, Problem, type ProblemBody } from "../../lib/problem.ts";
import type { RoundScope } from "../../lib/round-scope.ts";
import {
  adding,
  assertRoom,
  guardTripped,
  overHeadcount,
  roomGuardStatement,
  roundCapacity,
} from "../headcounts/capacity.ts";
import { loadInstrument } from "../instruments/instruments.service.ts";
import { type CellError, type Lookup, parseRow, planColumns } from "./import-rows.ts";
import { importRecordStatement, RowStatements, toHex } from "./import-statements.ts";

/** Rows listed in a rejection; the count covers them all. */
const MAX_LISTED = 500;
/** Beyond this a file is better split: the batch, and the Worker's memory, stay bounded. */
export const MAX_ROWS = 50_000;

/** A 422 whose body is the import result, problem members alongside. */
export class ImportProblem extends Problem {
  constructor(
    detail: string,
    readonly result: ImportResult,
  ) {
    super(422, detail);
  }

  override body(): ProblemBody & ImportResult {
    return { ...super.body(), ...this.result };
  }
}

async function lookupFor(d1: D1Database, scope: RoundScope): Promise<Lookup> {
  const [centreRes, teamRes] = await d1.batch([
    d1
      .prepare(
        "SELECT c.id, c.pseudonym FROM centres c JOIN round_centres rc ON rc.centre_id = c.id WHERE rc.round_id = ?",
      )
      .bind(scope.round.id),
    d1
      .prepare(
        "SELECT t.id, t.centre_id, t.name, t.pseudonym FROM teams t JOIN round_centres rc ON rc.centre_id = t.centre_id WHERE rc.round_id = ?",
      )
      .bind(scope.round.id),
  ]);
  const allowed = new Set(scope.centreIds);
  const centres = new Map<string, string>();
  for (const c of centreRes.results as { id: string; pseudonym: string }[]) {
    if (!allowed.has(c.id)) continue;
    centres.set(c.id, c.id);
    centres.set(c.pseudonym.toLowerCase(), c.id);
  }
  const teams = new Map<string, Map<string, string>>();
  for (const t of teamRes.results as { id: string; centre_id: string; name: string; pseudonym: string }[]) {
    const byKey = teams.get(t.centre_id) ?? new Map<string, string>();
    byKey.set(t.name.trim().toLowerCase(), t.id);
    byKey.set(t.pseudonym.toLowerCase(), t.id);
    byKey.set(t.id, t.id);
    teams.set(t.centre_id, byKey);
  }
  return { centres, teams };
}

async function sha256Bytes(bytes: ArrayBuffer): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)));
}

function decode(bytes: ArrayBuffer): string {
  try {
    // TextDecoder drops a leading BOM.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Problem(422, "The file is not UTF-8 text. In Excel, save it as “CSV UTF-8”.");
  }
}

export interface ImportOptions {
  partial: boolean;
  filename: string | null;
}

interface Parsed {
  rows: RowStatements;
  /** The centre and team of each stored row, for the headcount check and the audit. */
  groups: { centreId: string; teamId: string | null }[];
  rejected: ImportResult["rejected"];
  rejectedCount: number;
  total: number;
}

function parseFile(
  text: string,
  def: InstrumentDefinition,
  lookup: Lookup,
  rows: RowStatements,
  opts: ImportOptions,
): Parsed {
  const records = parseCsv(text, detectDelimiter(text));
  const blank = (cells: string[]) => cells.every((cell) => cell.trim() === "");
  let header = records.next();
  while (!header.done && blank(header.value.cells)) header = records.next();
  if (header.done) throw new Problem(422, "The file is empty: it needs a header row and data rows.");
  const headerErrors: CellError[] = header.value.error
    ? [{ column: "(row)", code: header.value.errorCode ?? "invalid", message: header.value.error }]
    : [];
  const planned = planColumns(def, header.value.cells);
  if (!planned.ok || headerErrors.length) {
    const errors = [...headerErrors, ...(planned.ok ? [] : planned.errors)];
    throw new ImportProblem("The header row does not fit this round's questionnaire; nothing was stored.", {
      imported: 0,
      rejected: [{ row: header.value.row, errors }],
      rejectedCount: 1,
    });
  }
  const out: Parsed = { rows, groups: [], rejected: [], rejectedCount: 0, total: 0 };
  for (const record of records) {
    if (blank(record.cells)) continue;
    if (++out.total > MAX_ROWS)
      throw new Problem(422, `The file has more than ${MAX_ROWS} rows; split it into smaller files.`);
    const parsed = record.error
      ? {
          ok: false as const,
          errors: [
            { column: "(row)", code: record.errorCode ?? ("invalid" as const), message: record.error },
          ],
        }
      : parseRow(def, planned.plan, lookup, record.cells);
    if (!parsed.ok) {
      out.rejectedCount++;
      if (out.rejected.length < MAX_LISTED) out.rejected.push({ row: record.row, errors: parsed.errors });
    } else if (opts.partial || out.rejectedCount === 0) {
      rows.add(parsed.value);
      out.groups.push({ centreId: parsed.value.centreId, teamId: parsed.value.teamId });
    }
  }
  rows.flush();
  return out;
}

/**
 * Checks and stores one CSV file. Returns 201 with what was stored, 200 for a file seen before;
 * throws an ImportProblem (422) when rows are rejected and nothing may be stored.
 */
export async function importCsv(
  d1: D1Database,
  p: UserPrincipal,
  scope: RoundScope,
  bytes: ArrayBuffer,
  opts: ImportOptions,
): Promise<{ status: 200 | 201; body: ImportResult }> {
  const { round } = scope;
  if (round.status !== "open")
    throw new CodedProblem(
      409,
      "round-not-open",
      round.status === "draft"
        ? "The round has not opened yet; open it before importing answers."
        : `The round is ${round.status}: answers go in only while it is open, so none can be added to figures already read.`,
    );
  const hash = await sha256Bytes(bytes);
  const duplicate = async () => {
    const seen = await d1
      .prepare("SELECT created_at FROM imports WHERE round_id = ? AND content_hash = ?")
      .bind(round.id, hash)
      .first<{ created_at: string }>();
    return seen
      ? {
          status: 200 as const,
          body: {
            imported: 0,
            rejected: [],
            rejectedCount: 0,
            duplicate: true,
            note: `This file was imported into the round on ${seen.created_at.slice(0, 10)}; nothing was added again.`,
          },
        }
      : null;
  };
  const seen = await duplicate();
  if (seen) return seen;

  const def = await loadInstrument(d1, round.instrumentId);
  const importId = newId();
  const submittedAt = new Date().toISOString();
  const parsed = parseFile(
    decode(bytes),
    def,
    await lookupFor(d1, scope),
    new RowStatements(d1, round.id, importId, submittedAt),
    opts,
  );
  if (parsed.total === 0) throw new Problem(422, "The file has a header row but no data rows.");
  const result: ImportResult = {
    imported: parsed.rows.count,
    rejected: parsed.rejected,
    rejectedCount: parsed.rejectedCount,
  };
  if (parsed.rejectedCount > 0 && !opts.partial)
    throw new ImportProblem(
      `${parsed.rejectedCount} of ${parsed.total} rows were rejected, so nothing was stored. Fix them, or send ?partial=true to store the valid rows.`,
      { ...result, imported: 0 },
    );
  if (parsed.rows.count === 0)
    throw new ImportProblem("No row could be imported; nothing was stored.", result);

  const add = adding(parsed.groups);
  assertRoom(await roundCapacity(d1, round.id), add, "answers");
  try {
    await d1.batch([
      importRecordStatement(d1, {
        importId,
        round,
        contentHash: hash,
        filename: opts.filename,
        rowCount: result.imported,
        userId: p.userId,
      }),
      ...parsed.rows.statements,
      roomGuardStatement(d1, round.id, add),
      auditStatement(d1, p, {
        action: "responses.import",
        networkId: round.networkId,
        targetType: "round",
        targetId: round.id,
        detail: {
          importId,
          imported: result.imported,
          rejected: result.rejectedCount,
          filename: opts.filename,
          // Per centre and team, so each centre's facilitator reads what went into their own.
          groups: importedGroups(parsed.groups),
        },
      }),
    ]);
  } catch (err) {
    if (guardTripped(err))
      throw overHeadcount(
        "Codes or answers were added to this group meanwhile; it is at its headcount.",
        "centre",
      );
    const message = String(err);
    if (message.includes("UNIQUE constraint failed: imports.round_id, imports.content_hash")) {
      const again = await duplicate();
      if (again) return again;
    }
    if (message.includes("NOT NULL constraint failed: imports.round_id"))
      throw new Problem(
        409,
        "The round changed while the file was being imported; nothing was stored. Try again.",
      );
    throw err;
  }
  return { status: 201, body: result };
}

/** Rows per centre and team (teamId null: rows for the centre without a team). */
function importedGroups(groups: { centreId: string; teamId: string | null }[]) {
  const counts = new Map<string, { centreId: string; teamId: string | null; rows: number }>();
  for (const g of groups) {
    const key = `${g.centreId}/${g.teamId ?? ""}`;
    const entry = counts.get(key) ?? { ...g, rows: 0 };
    entry.rows++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}
