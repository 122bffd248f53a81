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
import type { EncodedTable } from "./export-stream.ts";
import { responseLineWriter } from "./response-lines.ts";

/**
 * Rows per D1 query. Each query is a round trip to the database (a Durable Object, on local
 * workerd in the same process): 2,000 rows of some 130 bytes keep the trips few and a page's
 * memory small (bench/BENCHMARKS.md, the export section).
 */
export const RESPONSE_PAGE = 2000;

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

/**
 * A page of rows as D1 gives them with `.raw()`: id, team_id, panel_code, and the answers as hex.
 * D1 sends a BLOB as a JSON array of numbers, which both ends of the query spent more time writing
 * and parsing than the export spent on anything else; `hex(answers)` is one string per row.
 */
type RawRow = [string, string | null, string | null, string];

// Hex digit value by character code ('0'–'9', 'A'–'F'; SQLite's hex() writes upper case).
const NIBBLE = new Uint8Array(128);
for (let i = 0; i < 10; i++) NIBBLE[48 + i] = i;
for (let i = 0; i < 6; i++) {
  NIBBLE[65 + i] = 10 + i;
  NIBBLE[97 + i] = 10 + i;
}

/** The rows' answers back to back, each cut to (or padded with blanks to) the instrument's width. */
function packPage(rows: readonly RawRow[], width: number): Uint8Array {
  const packed = new Uint8Array(rows.length * width);
  for (let i = 0; i < rows.length; i++) {
    const hex = (rows[i] as RawRow)[3];
    const n = Math.min(width, hex.length >> 1);
    for (let b = 0, at = i * width; b < n; b++, at++) {
      packed[at] =
        ((NIBBLE[hex.charCodeAt(2 * b)] as number) << 4) | (NIBBLE[hex.charCodeAt(2 * b + 1)] as number);
    }
  }
  return packed;
}

export function responsesTable(
  reader: Reader,
  scope: ExportScope,
  rounds: readonly ExportRound[],
  layout: ResponseLayout,
  plan: ResponsesPlan,
  pseudonym: (id: string) => string,
): EncodedTable {
  async function* lines(format: ExportFormat): AsyncGenerator<string[]> {
    const writer = responseLineWriter(layout, format);
    for (const round of rounds) {
      const place = layout.placement.get(round.instrumentId);
      if (!place) continue;
      const width = instrumentIndex(place.def).width;
      for (const centre of plan.shown.get(round.id) ?? []) {
        const teams = await shownTeams(reader, scope, round.id, centre);
        // The cells every row of this round and centre shares, written once.
        const middle = [round.id, round.date, round.wave, centre.pseudonym]
          .map((v, k) => writer.cell(k + 1, v))
          .join(",");
        const teamCells = new Map([...teams.names].map(([id, name]) => [id, writer.cell(5, name)]));
        const noTeam = writer.cell(5, null);
        const noPanel = writer.cell(6, null);
        let after = "";
        for (;;) {
          const rows = await reader
            .prepare(
              `SELECT id, team_id, panel_code, hex(answers) FROM responses
               WHERE round_id = ? AND centre_id = ? AND id > ? ORDER BY id LIMIT ?`,
            )
            .bind(round.id, centre.id, after, RESPONSE_PAGE)
            .raw<RawRow>();
          if (rows.length === 0) break;
          const lead = (i: number) => {
            const [id, teamId, panelCode] = rows[i] as RawRow;
            const team = (teamId && teamCells.get(teamId)) || noTeam;
            // Without a shown team, the panel code goes too where any team is hidden (see above).
            const panel =
              panelCode === null || (team === noTeam && teams.anyHidden)
                ? noPanel
                : writer.cell(6, panelCode);
            return `${writer.cell(0, pseudonym(id))},${middle},${team},${panel}`;
          };
          yield writer.lines(place, { packed: packPage(rows, width), count: rows.length, lead });
          if (rows.length < RESPONSE_PAGE) break;
          after = (rows[rows.length - 1] as RawRow)[0];
        }
      }
    }
  }
  return { columns: layout.columns, lines };
}
