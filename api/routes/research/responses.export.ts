/**
 * The `responses` export: one row per response, for the centres of a round that reach the
 * minimum group size (a smaller centre contributes nothing and its responses count as
 * suppressed). The team column is blank where the team's figure would be hidden (under the
 * minimum, or hidden to protect a sibling): the respondents left without a team then form a
 * group of zero or at least the minimum, as in the reports. Response ids are pseudonyms.
 *
 * Rows come in id order within (round, centre), never in the order people answered: response ids
 * are random (api/lib/ids.ts) and never leave the API, so their order is a secret permutation that
 * a holder of the code list, who may learn the order in which named people answered, cannot line
 * up with the rows. Pages are read by keyset on the id, which the
 * `responses_round_centre_id` index serves in order: each page is one index seek, whatever its depth.
 *
 * Panel codes: in a (round, centre) where any team is hidden, the rows without a team (the hidden
 * teams' and those who gave none) lose their panel codes too. Otherwise a code seen again in
 * another round where the team is shown would tie those rows to the team, and the hidden team's
 * figures would follow; and codes could tell the hidden team's rows from the others left without
 * a team. Rows of teams that are shown keep their codes.
 */
import { type InstrumentDefinition, instrumentIndex } from "../../../shared/instrument/index.ts";
import { type ExportFormat, RESPONSE_ID_COLUMNS } from "../../../shared/schemas/research.ts";
import { hiddenTeams, meetsMinimum } from "../../../shared/scoring/anonymity.ts";
import type { Reader } from "./d1-session.ts";
import {
  type ExportRound,
  type ExportScope,
  type RoundCentre,
  roundCentres,
  roundMinimum,
} from "./export-scope.ts";
import type { EncodedChunk, EncodedTable } from "./export-stream.ts";
import { ByteSink, responseLineWriter, utf8 } from "./response-lines.ts";

/**
 * Rows per D1 query. Each query is a round trip to the database (a Durable Object, on local
 * workerd in the same process): 4,000 rows of some 130 bytes (some 1 MB of text, 2 MB of CSV)
 * keep the trips few and a page's memory small (bench/BENCHMARKS.md, the export section).
 */
export const RESPONSE_PAGE = 4000;

/** Where each instrument's answers go among the export's columns (the union over its rounds). */
export interface Placement {
  def: InstrumentDefinition;
  itemColumn: Int32Array;
  choiceColumn: Int32Array;
  scaleColumn: Int32Array;
}

export interface ResponseLayout {
  columns: string[];
  placement: Map<string, Placement>;
}

/** Item columns, then multiple-choice options (`value-most.<key>`), then scale scores. */
export function responseLayout(instruments: readonly [string, InstrumentDefinition][]): ResponseLayout {
  const items: string[] = [];
  const choices: string[] = [];
  const scales: string[] = [];
  const add = (list: string[], name: string) => {
    if (!list.includes(name)) list.push(name);
  };
  const choiceName = (def: InstrumentDefinition, key: string) => `${def.multipleChoice.code}.${key}`;
  for (const [, def] of instruments) {
    for (const item of def.items) add(items, item.code);
    for (const o of def.multipleChoice.options) add(choices, choiceName(def, o.key));
  }
  const taken = new Set([...RESPONSE_ID_COLUMNS, ...items, ...choices]);
  const scaleName = (key: string) => (taken.has(key) ? `${key}.score` : key);
  for (const [, def] of instruments) for (const s of def.scales) add(scales, scaleName(s.key));
  const columns = [...RESPONSE_ID_COLUMNS, ...items, ...choices, ...scales];
  const at = new Map(columns.map((c, i) => [c, i]));
  const placement = new Map<string, Placement>();
  for (const [id, def] of instruments) {
    placement.set(id, {
      def,
      itemColumn: Int32Array.from(def.items.map((i) => at.get(i.code) ?? -1)),
      choiceColumn: Int32Array.from(
        def.multipleChoice.options.map((o) => at.get(choiceName(def, o.key)) ?? -1),
      ),
      scaleColumn: Int32Array.from(def.scales.map((s) => at.get(scaleName(s.key)) ?? -1)),
    });
  }
  return { columns, placement };
}

export interface ResponsesPlan {
  /** Per round, the centres that reach the minimum group size. */
  shown: Map<string, RoundCentre[]>;
  /** Responses left out with their centres. */
  suppressed: number;
}

async function heldCentres(reader: Reader, roundId: string): Promise<Set<string>> {
  const { results } = await reader
    .prepare("SELECT centre_id FROM aggregate_holds WHERE round_id = ?")
    .bind(roundId)
    .all<{ centre_id: string }>();
  return new Set(results.map((r) => r.centre_id));
}

export async function planResponses(reader: Reader, scope: ExportScope): Promise<ResponsesPlan> {
  const shown = new Map<string, RoundCentre[]>();
  let suppressed = 0;
  for (const round of scope.rounds) {
    const centres = await roundCentres(reader, scope, round.id);
    // A centre whose figures stay at an earlier version is left out: its rows would show which
    // answers came in since, the very difference the hold keeps back.
    const held = await heldCentres(reader, round.id);
    const ok = centres.filter((c) => meetsMinimum(c.respondents, round.minGroupSize) && !held.has(c.id));
    for (const c of centres) if (!ok.includes(c)) suppressed += c.respondents;
    shown.set(round.id, ok);
  }
  return { shown, suppressed };
}

/**
 * Team id → pseudonym for the teams that may be named (the others are left blank), and whether
 * any team of the centre is hidden in the round.
 */
async function shownTeams(reader: Reader, scope: ExportScope, roundId: string, centre: RoundCentre) {
  const { results } = await reader
    .prepare(
      `SELECT a.team_id, a.n, t.pseudonym FROM aggregates a LEFT JOIN teams t ON t.id = a.team_id
       WHERE a.round_id = ? AND a.centre_id = ? AND a.level = 'team' AND a.metric = 'count' AND a.key = 'respondents'`,
    )
    .bind(roundId, centre.id)
    .all<{ team_id: string; n: number; pseudonym: string | null }>();
  const hidden = hiddenTeams(
    centre.respondents,
    results.map((r) => ({ team: r.team_id, n: r.n })),
    roundMinimum(scope, roundId),
  );
  return {
    names: new Map(results.filter((r) => !hidden.has(r.team_id)).map((r) => [r.team_id, r.pseudonym])),
    anyHidden: hidden.size > 0,
  };
}

// Separators of a page's records and of a record's fields, as the page query writes them: control
// characters no id holds (ids are made by the API); the panel code, which people type, is sent
// as hex.
const RS = "\u001e";
const US = "\u001f";
const FIELDS = 4;

/**
 * One page of a (round, centre) as a single string: D1 turns every value of a result into JSON
 * and back, which for a row per response (a JavaScript array per row at both ends, and the
 * answers as an array of numbers) cost more than anything the export did with the rows. One
 * string per page is one value to copy. Each record is `id US team_id US panel US answers`,
 * with the panel code as `x` + hex (empty for none) and the answers as hex; records in id order.
 */
const PAGE_SQL = `SELECT count(*) AS n, max(id) AS last,
  group_concat(id || '${US}' || ifnull(team_id, '') || '${US}' ||
    CASE WHEN panel_code IS NULL THEN '' ELSE 'x' || hex(panel_code) END || '${US}' || hex(answers),
    '${RS}' ORDER BY id) AS page
  FROM (SELECT id, team_id, panel_code, answers FROM responses
        WHERE round_id = ? AND centre_id = ? AND id > ? ORDER BY id LIMIT ?)`;

/**
 * D1 (like local workerd) refuses a string over 2,000,000 bytes (SQLITE_TOOBIG): a page's text
 * stays well under it, whatever the instrument's width (2 hex characters per answer byte, and room
 * for the ids and a panel code per row).
 */
const PAGE_TEXT_LIMIT = 1_500_000;
const ROW_TEXT_OVERHEAD = 200;

interface PageRow {
  n: number;
  last: string | null;
  page: string | null;
}

// Hex digit value by character code ('0'–'9', 'A'–'F'; SQLite's hex() writes upper case).
const NIBBLE = new Uint8Array(128);
for (let i = 0; i < 10; i++) NIBBLE[48 + i] = i;
for (let i = 0; i < 6; i++) {
  NIBBLE[65 + i] = 10 + i;
  NIBBLE[97 + i] = 10 + i;
}

/**
 * Where each record's fields start and end in the page's text (`FIELDS` pairs per record), found
 * by scanning once; a page that does not hold the rows it says it holds is an error, never rows
 * cut in the wrong place.
 */
function splitPage(text: string, count: number, into: Int32Array): Int32Array {
  const bounds = into.length >= count * FIELDS * 2 ? into : new Int32Array(count * FIELDS * 2);
  let at = 0;
  for (let r = 0; r < count; r++) {
    if (at > text.length) throw new Error("export page: fewer records than counted");
    let recordEnd = text.indexOf(RS, at);
    if (recordEnd === -1) recordEnd = text.length;
    for (let f = 0; f < FIELDS; f++) {
      let end = recordEnd;
      if (f === FIELDS - 1) {
        const extra = text.indexOf(US, at);
        if (extra !== -1 && extra < recordEnd) throw new Error("export page: a record with too many fields");
      } else {
        end = text.indexOf(US, at);
        if (end === -1 || end > recordEnd) throw new Error("export page: a record with too few fields");
      }
      bounds[(r * FIELDS + f) * 2] = at;
      bounds[(r * FIELDS + f) * 2 + 1] = end;
      at = end + 1;
    }
  }
  if (at !== text.length + 1) throw new Error("export page: more records than counted");
  return bounds;
}

/** The rows' answers back to back, each cut to (or padded with blanks to) the instrument's width. */
function packPage(text: string, bounds: Int32Array, count: number, width: number): Uint8Array {
  const packed = new Uint8Array(count * width);
  for (let i = 0; i < count; i++) {
    const start = bounds[(i * FIELDS + 3) * 2] as number;
    const end = bounds[(i * FIELDS + 3) * 2 + 1] as number;
    const n = Math.min(width, (end - start) >> 1);
    for (let b = 0, at = i * width, h = start; b < n; b++, at++, h += 2) {
      packed[at] = ((NIBBLE[text.charCodeAt(h)] as number) << 4) | (NIBBLE[text.charCodeAt(h + 1)] as number);
    }
  }
  return packed;
}

const decoder = new TextDecoder();

/** A panel code from its page field (`x` + hex). */
export function panelCode(text: string, start: number, end: number): string {
  const bytes = new Uint8Array((end - start - 1) >> 1);
  for (let b = 0, h = start + 1; b < bytes.length; b++, h += 2)
    bytes[b] = ((NIBBLE[text.charCodeAt(h)] as number) << 4) | (NIBBLE[text.charCodeAt(h + 1)] as number);
  return decoder.decode(bytes);
}

/** The pseudonym of a response id written into bytes (20 hex characters). */
export type PseudonymWriter = (text: string, start: number, end: number, out: Uint8Array, at: number) => void;
export const PSEUDONYM_LENGTH = 20;

/** One page of a (round, centre)'s responses as read: the page's text, its fields and the answers. */
export interface ResponsePage {
  text: string;
  /** Where each record's fields start and end in `text` (`FIELDS` pairs per record). */
  bounds: Int32Array;
  count: number;
  /** The answers of the `count` rows, each cut or padded to the instrument's width. */
  packed: Uint8Array;
}

/** Start and end of field `field` (0 id, 1 team id, 2 panel code, 3 answers) of record `row`. */
export const fieldStart = (page: ResponsePage, row: number, field: number) =>
  page.bounds[(row * FIELDS + field) * 2] as number;
export const fieldEnd = (page: ResponsePage, row: number, field: number) =>
  page.bounds[(row * FIELDS + field) * 2 + 1] as number;

/** A panel code field (`x` + hex) as text. */
export const panelText = (page: ResponsePage, row: number) =>
  panelCode(page.text, fieldStart(page, row, 2), fieldEnd(page, row, 2));

/**
 * A (round, centre)'s responses in id order, a page at a time (`pageRows` at most, fewer for a
 * wide instrument). A page is valid until the next is asked for.
 */
export async function* responsePages(
  reader: Reader,
  roundId: string,
  centreId: string,
  width: number,
  pageRows = RESPONSE_PAGE,
): AsyncGenerator<ResponsePage> {
  const rowsPerPage = Math.max(
    1,
    Math.min(pageRows, Math.floor(PAGE_TEXT_LIMIT / (2 * width + ROW_TEXT_OVERHEAD))),
  );
  const query = (after: string) => {
    const next = reader.prepare(PAGE_SQL).bind(roundId, centreId, after, rowsPerPage).first<PageRow>();
    // A page asked for ahead and then not awaited (the client went away) must not end as
    // an unhandled rejection; awaited, it still throws its error there.
    next.catch(() => {});
    return next;
  };
  let bounds: Int32Array = new Int32Array(0);
  let pending = query("");
  for (;;) {
    const row = await pending;
    const count = row?.n ?? 0;
    if (count === 0 || !row?.page || !row.last) return;
    const more = count >= rowsPerPage;
    // The next page is asked for before this one is written: the database reads it while
    // the Worker writes and the client takes this one (on Cloudflare, D1's round trip
    // overlaps the writing instead of adding to it). At most two pages are held at once.
    if (more) pending = query(row.last);
    const text = row.page;
    bounds = splitPage(text, count, bounds);
    yield { text, bounds, count, packed: packPage(text, bounds, count, width) };
    if (!more) return;
  }
}

/** The CSV cells an export writes around a stored row's own text (export-pages.ts). */
export interface StoredRowCells {
  /** From after the pseudonym to the team cell: the round's and the centre's cells. */
  middle: string;
  /** The team cell (with its comma) of a team id. */
  team: (id: string) => string;
  noTeam: string;
  panel: (code: string) => string;
  noPanel: string;
  /** Any team of the centre hidden in the round: rows without a shown team lose their panel code. */
  anyHidden: boolean;
}

/**
 * A centre's rows as stored after the round closed, written with `cells`, or null where none may
 * be used (the export then computes them).
 */
export type CentreSource = (
  round: ExportRound,
  centre: RoundCentre,
  format: ExportFormat,
  cells: StoredRowCells,
) => Promise<AsyncIterable<EncodedChunk> | null>;

/**
 * The rows, a page of bytes at a time. `pageRows` is the page size (a test may make it small so
 * that few rows span many pages). `stored`, where given, offers a centre's rows as written after
 * the round closed (export-pages.ts), which are copied instead of computed.
 */
export function responsesTable(
  reader: Reader,
  scope: ExportScope,
  rounds: readonly ExportRound[],
  layout: ResponseLayout,
  plan: ResponsesPlan,
  pseudonym: PseudonymWriter,
  pageRows = RESPONSE_PAGE,
  stored?: CentreSource,
): EncodedTable {
  async function* chunks(format: ExportFormat): AsyncGenerator<EncodedChunk> {
    const writer = responseLineWriter(layout, format);
    // Where the pseudonym goes in the first cell (between the quotes in JSON).
    const probe = "0".repeat(PSEUDONYM_LENGTH);
    const first = writer.cell(0, probe);
    const beforeId = utf8(first.slice(0, first.indexOf(probe)));
    const afterId = first.slice(first.indexOf(probe) + PSEUDONYM_LENGTH);
    let sinkSize = 1 << 16;
    for (const round of rounds) {
      const place = layout.placement.get(round.instrumentId);
      if (!place) continue;
      const width = instrumentIndex(place.def).width;
      for (const centre of plan.shown.get(round.id) ?? []) {
        const teams = await shownTeams(reader, scope, round.id, centre);
        // The cells every row of this round and centre shares, written once.
        const middleText = `${afterId},${[round.id, round.date, round.wave, centre.pseudonym]
          .map((v, k) => writer.cell(k + 1, v))
          .join(",")},`;
        const teamCellText = (id: string) => `${writer.cell(5, teams.names.get(id) ?? null)},`;
        const noTeamText = `${writer.cell(5, null)},`;
        const noPanelText = writer.cell(6, null);
        const storedRows = stored
          ? await stored(round, centre, format, {
              middle: middleText,
              team: teamCellText,
              noTeam: noTeamText,
              panel: (code) => writer.cell(6, code),
              noPanel: noPanelText,
              anyHidden: teams.anyHidden,
            })
          : null;
        if (storedRows) {
          yield* storedRows;
          continue;
        }
        const middle = utf8(middleText);
        const teamCells = new Map([...teams.names].map(([id]) => [id, utf8(teamCellText(id))]));
        const noTeam = utf8(noTeamText);
        const noPanel = utf8(noPanelText);
        const leadRoom =
          beforeId.length +
          PSEUDONYM_LENGTH +
          middle.length +
          Math.max(noTeam.length, ...[...teamCells.values()].map((c) => c.length)) +
          noPanel.length;
        for await (const page of responsePages(reader, round.id, centre.id, width, pageRows)) {
          const { text } = page;
          const lead = (i: number, sink: ByteSink) => {
            sink.ensure(leadRoom);
            sink.put(beforeId);
            pseudonym(text, fieldStart(page, i, 0), fieldEnd(page, i, 0), sink.buf, sink.pos);
            sink.pos += PSEUDONYM_LENGTH;
            sink.put(middle);
            const teamStart = fieldStart(page, i, 1);
            const teamEnd = fieldEnd(page, i, 1);
            const team = (teamEnd > teamStart && teamCells.get(text.slice(teamStart, teamEnd))) || noTeam;
            sink.put(team);
            // Without a shown team, the panel code goes too where any team is hidden (see above).
            if (fieldEnd(page, i, 2) === fieldStart(page, i, 2) || (team === noTeam && teams.anyHidden))
              sink.put(noPanel);
            else {
              const cell = utf8(writer.cell(6, panelText(page, i)));
              sink.ensure(cell.length);
              sink.put(cell);
            }
          };
          const sink = new ByteSink(sinkSize);
          writer.page(place, { packed: page.packed, count: page.count, lead }, sink);
          // The next page's buffer starts at this one's size, so it seldom has to grow.
          sinkSize = Math.max(sinkSize, sink.pos);
          yield { bytes: sink.buf.subarray(0, sink.pos), rows: page.count };
        }
      }
    }
  }
  return { columns: layout.columns, chunks };
}
