/**
 * From CSV cells to a response: what each header column means, and one row checked against the
 * round's centres, teams and instrument (through validateAnswers, the same check the survey uses).
 */
import { type InstrumentDefinition, validateAnswers } from "../../../shared/instrument/index.ts";
import { issueCode } from "../../../shared/schemas/field-error-code.ts";
import type { ImportErrorCode } from "../../../shared/schemas/import-error-code.ts";
import { panelCodeSchema } from "../../../shared/schemas/survey.ts";

/** One thing wrong in a row: the column, a code the SPA says in the reader's language, English for API readers. */
export interface CellError {
  column: string;
  code: ImportErrorCode;
  /** Bounds the words need ("from {min} to {max}"). */
  params?: Record<string, number>;
  message: string;
}

type Column =
  | { kind: "centre" | "team" | "panel" | "choices" }
  | { kind: "item"; code: string }
  | { kind: "choice"; key: string }
  | { kind: "open"; code: string };

export interface ColumnPlan {
  names: string[];
  columns: Column[];
}

/** Which header names mean what; errors name the header cell. */
export function planColumns(
  def: InstrumentDefinition,
  header: string[],
): { ok: true; plan: ColumnPlan } | { ok: false; errors: CellError[] } {
  const items = new Set(def.items.map((i) => i.code));
  const open = new Set(def.openQuestions.map((q) => q.code));
  const mc = def.multipleChoice;
  const options = new Set(mc.options.map((o) => o.key));
  const names = header.map((h) => h.trim().toLowerCase());
  const errors: CellError[] = [];
  const columns: Column[] = names.map((name, i) => {
    if (names.indexOf(name) !== i)
      errors.push({ column: name, code: "duplicate", message: "This column appears twice." });
    if (name === "centre") return { kind: "centre" };
    if (name === "team") return { kind: "team" };
    if (name === "panel_code") return { kind: "panel" };
    if (items.has(name)) return { kind: "item", code: name };
    if (open.has(name)) return { kind: "open", code: name };
    if (name === mc.code) return { kind: "choices" };
    if (name.startsWith(`${mc.code}.`) && options.has(name.slice(mc.code.length + 1)))
      return { kind: "choice", key: name.slice(mc.code.length + 1) };
    errors.push(
      name
        ? { column: name, code: "unknown-column", message: "Not a column of this round's questionnaire." }
        : { column: `(column ${i + 1})`, code: "unnamed-column", message: "A column without a name." },
    );
    return { kind: "open", code: "" };
  });
  if (!names.includes("centre"))
    errors.push({
      column: "centre",
      code: "missing-column",
      message: "The centre column is missing (the centre's id or pseudonym).",
    });
  if (names.includes(mc.code) && columns.some((c) => c.kind === "choice"))
    errors.push({
      column: mc.code,
      code: "choices-both-ways",
      message: `Give the choices either in one ${mc.code} column or in ${mc.code}.<option> columns, not both.`,
    });
  return errors.length ? { ok: false, errors } : { ok: true, plan: { names, columns } };
}

export interface Lookup {
  /** Centre id or lower-cased pseudonym → centre id, for the centres the caller may import for. */
  centres: Map<string, string>;
  /** Per centre id: team id, lower-cased pseudonym or lower-cased name → team id. */
  teams: Map<string, Map<string, string>>;
}

export interface ParsedRow {
  centreId: string;
  teamId: string | null;
  panelCode: string | null;
  packed: Uint8Array;
  openAnswers: Record<string, string>;
}

const MAX_ERRORS_PER_ROW = 20;
const CHOICE_SEPARATORS = /[|,;\s]+/;

/** One data row: the response it makes, or what is wrong with it by column. */
export function parseRow(
  def: InstrumentDefinition,
  plan: ColumnPlan,
  lookup: Lookup,
  cells: string[],
): { ok: true; value: ParsedRow } | { ok: false; errors: CellError[] } {
  const errors: CellError[] = [];
  const answers: Record<string, unknown> = {};
  const chosen: string[] = [];
  let centreCell = "";
  let teamCell = "";
  let panelCode: string | null = null;
  if (cells.length > plan.columns.length)
    errors.push({
      column: "(row)",
      code: "too-many-cells",
      params: { cells: cells.length, columns: plan.columns.length },
      message: `More cells (${cells.length}) than columns (${plan.columns.length}).`,
    });
  plan.columns.forEach((col, i) => {
    const raw = cells[i] ?? "";
    const cell = raw.trim();
    if (cell === "") return;
    switch (col.kind) {
      case "centre":
        centreCell = cell;
        break;
      case "team":
        teamCell = cell;
        break;
      case "panel": {
        const parsed = panelCodeSchema.safeParse(cell);
        if (parsed.success) panelCode = parsed.data;
        else {
          const issue = parsed.error.issues[0];
          errors.push({
            column: plan.names[i],
            ...(issue ? issueCode(issue) : { code: "invalid" }),
            message: issue?.message ?? "Not valid.",
          });
        }
        break;
      }
      case "item":
        answers[col.code] = /^\d{1,3}$/.test(cell) ? Number(cell) : cell;
        break;
      case "choices":
        answers[def.multipleChoice.code] = cell.split(CHOICE_SEPARATORS).filter(Boolean);
        break;
      case "choice":
        if (cell === "1") chosen.push(col.key);
        else if (cell !== "0")
          errors.push({
            column: plan.names[i],
            code: "choice-flag",
            message: "Use 1 for chosen, 0 or empty for not.",
          });
        break;
      case "open":
        answers[col.code] = raw;
        break;
    }
  });
  if (chosen.length) answers[def.multipleChoice.code] = chosen;

  const centreId = lookup.centres.get(centreCell) ?? lookup.centres.get(centreCell.toLowerCase());
  if (!centreCell)
    errors.push({ column: "centre", code: "required", message: "Empty: give the centre's id or pseudonym." });
  else if (!centreId)
    errors.push({
      column: "centre",
      code: "unknown",
      message: "Not a centre of this round that you may import for.",
    });
  let teamId: string | null = null;
  if (teamCell && centreId) {
    const teams = lookup.teams.get(centreId);
    teamId = teams?.get(teamCell) ?? teams?.get(teamCell.toLowerCase()) ?? null;
    if (!teamId)
      errors.push({
        column: "team",
        code: "unknown",
        message: "Not a team of this centre (give its id, pseudonym or name).",
      });
  }

  const checked = validateAnswers(def, answers);
  if (!checked.ok) {
    for (const e of checked.errors) {
      const code = e.path.replace(/^answers\./, "");
      const column = code.startsWith(`${def.multipleChoice.code}.`) ? def.multipleChoice.code : code;
      errors.push({ column, code: e.code, ...(e.params && { params: e.params }), message: e.message });
    }
  }
  if (errors.length || !checked.ok || !centreId)
    return { ok: false, errors: errors.slice(0, MAX_ERRORS_PER_ROW) };
  return {
    ok: true,
    value: { centreId, teamId, panelCode, packed: checked.packed, openAnswers: checked.openAnswers },
  };
}
