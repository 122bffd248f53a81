/**
 * The round's headcounts as a spreadsheet: the coordinator downloads the round's centres and teams
 * with the headcounts so far, fills them in from the HR list (or pastes a column), and loads the
 * sheet back. Rows are matched by name, as a person fills them in; the ids stay on the server.
 */
import { csvLine, detectDelimiter, parseCsv } from "../csv.ts";
import { type Headcounts, type HeadcountsUpdate, MAX_HEADCOUNT } from "../schemas/headcount.ts";

/** The header row: the same words in both languages, so a sheet works whoever opens it. */
export const HEADCOUNT_COLUMNS = ["centre", "team", "headcount"] as const;

/** Why a row of a loaded sheet was not taken, by machine code (the SPA words it). */
export type HeadcountSheetProblemCode =
  | "header-missing"
  | "row-malformed"
  | "unknown-centre"
  | "unknown-team"
  | "headcount-invalid"
  | "duplicate-row"
  | "no-rows";

export interface HeadcountSheetProblem {
  /** The row number a spreadsheet shows (1 is the header). */
  row: number;
  code: HeadcountSheetProblemCode;
}

export type HeadcountSheetResult =
  | { ok: true; update: HeadcountsUpdate; rows: number }
  | { ok: false; problems: HeadcountSheetProblem[] };

/** One row per centre, then one per team under it; an empty headcount means none entered. */
export function headcountSheet(headcounts: Headcounts): string {
  let out = csvLine(HEADCOUNT_COLUMNS);
  for (const centre of headcounts.centres) {
    out += csvLine([centre.name, "", centre.headcount]);
    for (const team of centre.teams) out += csvLine([centre.name, team.name, team.headcount]);
  }
  return out;
}

/**
 * Names compare as a person reads them: case, spacing and Unicode form aside, and without the
 * quote the sheet put before a name a spreadsheet would take for a formula.
 */
const key = (name: string) =>
  name
    .normalize("NFC")
    .trim()
    .replace(/^'(?=[=+\-@])/, "")
    .replace(/\s+/g, " ")
    .toLocaleLowerCase("da");

/** A cell as a headcount: empty clears it, else a whole number from 1 to the maximum. */
function headcountOf(cell: string): number | null | undefined {
  const text = cell.trim().replace(/[\s\u00a0]/g, "");
  if (text === "") return null;
  // Whole numbers only, with or without Danish thousands points ("1.200"); "2.5" is not a count.
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(text)) return undefined;
  const n = Number(text.replaceAll(".", ""));
  return n >= 1 && n <= MAX_HEADCOUNT ? n : undefined;
}

/**
 * Reads a filled-in sheet against the round's centres and teams. All or nothing: one problem
 * anywhere and nothing is saved, so a half-read sheet never leaves half the headcounts changed.
 * Centres the sheet leaves out keep their headcounts; a centre with only team rows keeps its own.
 */
export function readHeadcountSheet(text: string, headcounts: Headcounts): HeadcountSheetResult {
  const body = text.replace(/^\uFEFF/, "");
  const records = parseCsv(body, detectDelimiter(body));
  const header = records.next();
  const names = header.done ? [] : header.value.cells.map((c) => c.trim().toLowerCase());
  const at = HEADCOUNT_COLUMNS.map((c) => names.indexOf(c));
  if (at.some((i) => i < 0)) return { ok: false, problems: [{ row: 1, code: "header-missing" }] };
  const [centreAt, teamAt, headcountAt] = at as [number, number, number];

  const centres = new Map(headcounts.centres.map((c) => [key(c.name), c]));
  const problems: HeadcountSheetProblem[] = [];
  const seen = new Set<string>();
  const changes = new Map<string, HeadcountsUpdate["centres"][number]>();
  let rows = 0;
  for (const { row, cells, error } of records) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (error) {
      problems.push({ row, code: "row-malformed" });
      continue;
    }
    const centre = centres.get(key(cells[centreAt] ?? ""));
    if (!centre) {
      problems.push({ row, code: "unknown-centre" });
      continue;
    }
    const teamName = (cells[teamAt] ?? "").trim();
    const team = teamName === "" ? null : centre.teams.find((t) => key(t.name) === key(teamName));
    if (team === undefined) {
      problems.push({ row, code: "unknown-team" });
      continue;
    }
    const headcount = headcountOf(cells[headcountAt] ?? "");
    if (headcount === undefined) {
      problems.push({ row, code: "headcount-invalid" });
      continue;
    }
    const id = `${centre.centreId}\u0000${team?.teamId ?? ""}`;
    if (seen.has(id)) {
      problems.push({ row, code: "duplicate-row" });
      continue;
    }
    seen.add(id);
    rows++;
    const change = changes.get(centre.centreId) ?? {
      centreId: centre.centreId,
      headcount: centre.headcount,
      teams: [],
    };
    if (team) change.teams?.push({ teamId: team.teamId, headcount });
    else change.headcount = headcount;
    changes.set(centre.centreId, change);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (changes.size === 0) return { ok: false, problems: [{ row: 2, code: "no-rows" }] };
  return { ok: true, update: { centres: [...changes.values()] }, rows };
}
