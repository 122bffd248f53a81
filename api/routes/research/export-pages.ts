/**
 * The respondent export's rows of a closed round, written once after the close (responses cannot
 * change while a round is closed, and a reopen discards them): an export then copies each row's
 * stored text and adds the cells that depend on the export (round and centre, the team where it
 * may be named, the panel code) instead of reading every answer, computing every scale score and
 * signing every response id again. Profiled (bench/http/export-profile.ts), those and D1's
 * escaping of each page were most of the export's time; the CSV export now runs at about the speed
 * of a plain SELECT of the same rows (bench/BENCHMARKS.md, the export section).
 *
 * Stored pages are a cache: an export uses a centre's pages only for CSV, only where the export's
 * columns are the round's instrument's own, and only when the pages were written at the round's
 * current close and hold as many rows as the centre has responses. Otherwise it computes the rows
 * as before (responses.export.ts). Both write the same bytes (tests/api/research-export-pages.test.ts).
 *
 * What is stored is nothing the export would not show: pseudonyms, raw codes and scores, the team
 * as an index into the page's team ids. Which team may be named and whether the panel code goes
 * are decided by each export, as for computed rows.
 *
 * A page's body is printable ASCII, so D1 hands it over without escaping (the computed pages'
 * control-character separators make D1's JSON escape every row, a large share of their cost).
 * Each row is
 * `<pseudonym, 20 hex><team index or nothing> <panel: x + hex, or nothing> <,cell,cell…>;`.
 */
import { and, eq } from "drizzle-orm";
import { type InstrumentDefinition, instrumentIndex } from "../../../shared/instrument/index.ts";
import type { ExportFormat } from "../../../shared/schemas/research.ts";
import { getDb } from "../../db/client.ts";
import { exportPages, responses, rounds } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { loadInstrument } from "../instruments/instruments.service.ts";
import type { Reader } from "./d1-session.ts";
import type { ExportRound, RoundCentre } from "./export-scope.ts";
import type { EncodedChunk } from "./export-stream.ts";
import { ByteSink, responseLineWriter, utf8 } from "./response-lines.ts";
import { networkResearchKey, responsePseudonymWriter } from "./response-pseudonym.ts";
import {
  type CentreSource,
  fieldEnd,
  fieldStart,
  PSEUDONYM_LENGTH,
  type PseudonymWriter,
  panelCode,
  type ResponseLayout,
  responseLayout,
  responsePages,
  type StoredRowCells,
} from "./responses.export.ts";

/** Longest body of a stored page: D1 refuses a value over 2,000,000 bytes. */
export const STORED_PAGE_LIMIT = 1_500_000;

export interface StoredPage {
  rows: number;
  /** The team ids the rows name by position. */
  teams: string[];
  body: string;
}

const SPACE = 32;
const SEMICOLON = 59;
const decoder = new TextDecoder();

/** Characters of a number written in decimal. */
function putDecimal(sink: ByteSink, n: number): void {
  const digits = String(n);
  sink.ensure(digits.length);
  for (let j = 0; j < digits.length; j++) sink.buf[sink.pos++] = digits.charCodeAt(j);
}

/**
 * A (round, centre)'s stored pages, written from its responses with the export's own row writer
 * (so the stored cells are the computed cells byte for byte), cut under `STORED_PAGE_LIMIT`.
 */
export async function* buildStoredPages(
  reader: Reader,
  roundId: string,
  instrumentId: string,
  def: InstrumentDefinition,
  centreId: string,
  pseudonym: PseudonymWriter,
): AsyncGenerator<StoredPage> {
  const layout = responseLayout([[instrumentId, def]]);
  const place = layout.placement.get(instrumentId);
  if (!place) return;
  const writer = responseLineWriter(layout, "csv");
  const teams: string[] = [];
  const teamIndex = new Map<string, number>();
  for await (const page of responsePages(reader, roundId, centreId, instrumentIndex(def).width)) {
    const { text } = page;
    const lead = (i: number, sink: ByteSink) => {
      sink.ensure(PSEUDONYM_LENGTH);
      pseudonym(text, fieldStart(page, i, 0), fieldEnd(page, i, 0), sink.buf, sink.pos);
      sink.pos += PSEUDONYM_LENGTH;
      const teamStart = fieldStart(page, i, 1);
      const teamEnd = fieldEnd(page, i, 1);
      if (teamEnd > teamStart) {
        const team = text.slice(teamStart, teamEnd);
        let k = teamIndex.get(team);
        if (k === undefined) {
          k = teams.length;
          teams.push(team);
          teamIndex.set(team, k);
        }
        putDecimal(sink, k);
      }
      // The panel field as read: `x` + hex, or nothing.
      const panelStart = fieldStart(page, i, 2);
      const panelEnd = fieldEnd(page, i, 2);
      sink.ensure(panelEnd - panelStart + 2);
      sink.buf[sink.pos++] = SPACE;
      for (let h = panelStart; h < panelEnd; h++) sink.buf[sink.pos++] = text.charCodeAt(h);
      sink.buf[sink.pos++] = SPACE;
    };
    const sink = new ByteSink(1 << 16);
    writer.page(place, { packed: page.packed, count: page.count, lead }, sink);
    // CSV ends each row with CRLF, which JSON would escape: a stored row ends in `;`.
    const body = decoder.decode(sink.buf.subarray(0, sink.pos)).replaceAll("\r\n", ";");
    for (let at = 0; at < body.length; ) {
      let end = body.length;
      if (end - at > STORED_PAGE_LIMIT) end = body.lastIndexOf(";", at + STORED_PAGE_LIMIT - 1) + 1;
      if (end <= at) throw new Error("export pages: a row longer than a stored page");
      const piece = body.slice(at, end);
      let rows = 0;
      for (let j = 0; j < piece.length; j++) if (piece.charCodeAt(j) === SEMICOLON) rows++;
      yield { rows, teams: [...teams], body: piece };
      at = end;
    }
  }
}

/** A stored page as the export's CSV text, rows in the order stored (id order). */
export function copyStoredPage(page: StoredPage, cells: StoredRowCells): string {
  const teamCells = page.teams.map((id) => cells.team(id));
  const { body } = page;
  let out = "";
  let at = 0;
  for (let r = 0; r < page.rows; r++) {
    const teamEnd = body.indexOf(" ", at + PSEUDONYM_LENGTH);
    const panelEnd = body.indexOf(" ", teamEnd + 1);
    const rowEnd = body.indexOf(";", panelEnd + 1);
    if (teamEnd < 0 || panelEnd < 0 || rowEnd < 0) throw new Error("export pages: a malformed stored row");
    const team =
      teamEnd > at + PSEUDONYM_LENGTH
        ? (teamCells[Number(body.slice(at + PSEUDONYM_LENGTH, teamEnd))] ?? cells.noTeam)
        : cells.noTeam;
    // Without a shown team, the panel code goes too where any team is hidden (responses.export.ts).
    const panel =
      panelEnd === teamEnd + 1 || (team === cells.noTeam && cells.anyHidden)
        ? cells.noPanel
        : cells.panel(panelCode(body, teamEnd + 1, panelEnd));
    out += `${body.slice(at, at + PSEUDONYM_LENGTH)}${cells.middle}${team}${panel}${body.slice(panelEnd + 1, rowEnd)}\r\n`;
    at = rowEnd + 1;
  }
  if (at !== body.length) throw new Error("export pages: more stored rows than counted");
  return out;
}

// The reads stay raw SQL: the check is three counts in one round trip, and a page's read is asked
// for ahead of its use (a prepared statement whose promise is kept), as the computed pages are.
interface StoredCheck {
  stored: number;
  pages: number;
  responses: number;
}

/**
 * Where an export takes a centre's stored pages: CSV only, where the export's columns are the
 * round's instrument's own, and only pages of the round's current close that hold every response.
 */
export function storedPages(reader: Reader, layout: ResponseLayout): CentreSource {
  const own = new Map<string, boolean>();
  const sameColumns = (instrumentId: string) => {
    let same = own.get(instrumentId);
    if (same === undefined) {
      const place = layout.placement.get(instrumentId);
      const mine = place ? responseLayout([[instrumentId, place.def]]).columns : [];
      same = mine.length === layout.columns.length && mine.every((c, i) => c === layout.columns[i]);
      own.set(instrumentId, same);
    }
    return same;
  };
  return async (round: ExportRound, centre: RoundCentre, format: ExportFormat, cells: StoredRowCells) => {
    if (format !== "csv" || !round.closedAt || !sameColumns(round.instrumentId)) return null;
    const closedAt = round.closedAt;
    const check = await reader
      .prepare(
        `SELECT (SELECT ifnull(sum(rows), 0) FROM export_pages WHERE round_id = ?1 AND centre_id = ?2 AND closed_at = ?3) AS stored,
                (SELECT count(*) FROM export_pages WHERE round_id = ?1 AND centre_id = ?2 AND closed_at = ?3) AS pages,
                (SELECT count(*) FROM responses WHERE round_id = ?1 AND centre_id = ?2) AS responses`,
      )
      .bind(round.id, centre.id, closedAt)
      .first<StoredCheck>();
    if (!check || check.pages === 0 || check.stored !== check.responses) return null;
    return copied(readStoredPages(reader, round.id, centre.id, closedAt, check.pages), cells);
  };
}

async function* copied(
  pages: AsyncIterable<StoredPage>,
  cells: StoredRowCells,
): AsyncGenerator<EncodedChunk> {
  for await (const page of pages) yield { bytes: utf8(copyStoredPage(page, cells)), rows: page.rows };
}

async function* readStoredPages(
  reader: Reader,
  roundId: string,
  centreId: string,
  closedAt: string,
  pages: number,
): AsyncGenerator<StoredPage> {
  const query = (seq: number) => {
    const next = reader
      .prepare(
        "SELECT rows, teams, body FROM export_pages WHERE round_id = ? AND centre_id = ? AND closed_at = ? AND seq = ?",
      )
      .bind(roundId, centreId, closedAt, seq)
      .first<{ rows: number; teams: string; body: string }>();
    // Asked for ahead and then not awaited (the client went away): no unhandled rejection.
    next.catch(() => {});
    return next;
  };
  let pending = query(0);
  for (let seq = 0; seq < pages; seq++) {
    const row = await pending;
    if (!row) throw new Error(`export pages: page ${seq} of ${roundId}/${centreId} is missing`);
    // As with computed pages, the next one is read while this one is written.
    if (seq + 1 < pages) pending = query(seq + 1);
    yield { rows: row.rows, teams: JSON.parse(row.teams) as string[], body: row.body };
  }
}

/**
 * Writes the stored pages of a closed round, a centre at a time (each centre's in one batch,
 * replacing what an earlier write of the same close left). Run after the close has answered;
 * until it is done, exports compute the rows.
 */
export async function storeExportPages(d1: D1Database, secret: string, roundId: string): Promise<number> {
  const db = getDb(d1);
  const round = await db
    .select({
      networkId: rounds.networkId,
      instrumentId: rounds.instrumentId,
      status: rounds.status,
      closedAt: rounds.closedAt,
    })
    .from(rounds)
    .where(eq(rounds.id, roundId))
    .get();
  const closedAt = round?.closedAt;
  if (!round || !closedAt || (round.status !== "closed" && round.status !== "published")) return 0;
  const def = await loadInstrument(d1, round.instrumentId);
  const pseudonym = responsePseudonymWriter(await networkResearchKey(d1, secret, round.networkId));
  const centres = await db
    .selectDistinct({ centreId: responses.centreId })
    .from(responses)
    .where(eq(responses.roundId, roundId));
  let rows = 0;
  for (const { centreId } of centres) {
    const writes: D1PreparedStatement[] = [
      statement(
        d1,
        db
          .delete(exportPages)
          .where(and(eq(exportPages.roundId, roundId), eq(exportPages.centreId, centreId))),
      ),
    ];
    let seq = 0;
    for await (const page of buildStoredPages(d1, roundId, round.instrumentId, def, centreId, pseudonym)) {
      writes.push(
        statement(
          d1,
          db.insert(exportPages).values({
            roundId,
            centreId,
            closedAt,
            seq: seq++,
            rows: page.rows,
            teams: JSON.stringify(page.teams),
            body: page.body,
          }),
        ),
      );
      rows += page.rows;
    }
    await d1.batch(writes);
  }
  return rows;
}

/** The statement that drops a round's stored pages (at reopen: its responses may change again). */
export const dropExportPagesStatement = (d1: D1Database, roundId: string) =>
  statement(d1, getDb(d1).delete(exportPages).where(eq(exportPages.roundId, roundId)));
