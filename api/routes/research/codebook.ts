/**
 * The codebook: every column of every export (the responses export's first, in its order, then
 * those of the scales, value-most and participation exports) with its labels in Danish and
 * English, its type, the exports that hold it, its unit, response options (code, labels, score before reversal), scale membership, reversed
 * flag and polarity. Built from instrument definitions alone; several instruments (rounds on
 * different versions) give the union, the first definition of a name winning.
 */
import type { InstrumentDefinition, LocalizedText } from "../../../shared/instrument/index.ts";
import {
  CODEBOOK_COLUMNS,
  type Codebook,
  type CodebookVariable,
  RESPONSE_ID_COLUMNS,
} from "../../../shared/schemas/research.ts";
import { columnEntries, fixedColumns } from "./codebook-columns.ts";
import type { Cell } from "./export-stream.ts";
import { responseLayout } from "./responses.export.ts";

const t = (da: string, en: string): LocalizedText => ({ da, en });

const RESPONSES: CodebookVariable["exports"] = ["responses"];
const none = { scale: null, reversed: null, polarity: null, options: [] };
const plain = { exports: RESPONSES, unit: null, note: null };

/** The entry of a fixed column, with the exports that hold it. */
function fixedVariable(name: string): CodebookVariable {
  const entry = columnEntries[name];
  if (!entry) throw new Error(`the codebook has no entry for the column ${name}`);
  const exports = (Object.keys(fixedColumns) as (keyof typeof fixedColumns)[]).filter((e) =>
    fixedColumns[e].includes(name),
  );
  return {
    name,
    label: entry.label,
    type: entry.type,
    exports,
    unit: entry.unit,
    note: entry.note ?? null,
    ...none,
  };
}

export function buildCodebook(instruments: readonly [string, InstrumentDefinition][]): Codebook {
  const layout = responseLayout(instruments);
  const byName = new Map<string, CodebookVariable>();
  for (const name of RESPONSE_ID_COLUMNS) byName.set(name, fixedVariable(name));
  for (const [id] of instruments) {
    const place = layout.placement.get(id);
    if (!place) continue;
    const { def } = place;
    const polarity = new Map(def.scales.map((s) => [s.key, s.polarity]));
    def.items.forEach((item, slot) => {
      const name = layout.columns[place.itemColumn[slot] as number] as string;
      if (byName.has(name)) return;
      byName.set(name, {
        name,
        label: item.text,
        type: "ordinal",
        ...plain,
        scale: item.scale,
        reversed: item.reversed,
        polarity: polarity.get(item.scale) ?? null,
        options: (def.responseSets[item.responseSet]?.options ?? []).map((o) => ({
          code: o.code,
          label: o.label,
          score: o.score,
        })),
      });
    });
    const mc = def.multipleChoice;
    mc.options.forEach((option, k) => {
      const name = layout.columns[place.choiceColumn[k] as number] as string;
      if (byName.has(name)) return;
      byName.set(name, {
        name,
        label: t(`${mc.text.da} — ${option.label.da}`, `${mc.text.en} — ${option.label.en}`),
        type: "binary",
        ...none,
        ...plain,
        options: [
          { code: 1, label: t("Valgt", "Chosen"), score: 100 },
          { code: 0, label: t("Ikke valgt", "Not chosen"), score: 0 },
        ],
      });
    });
    def.scales.forEach((scale, s) => {
      const name = layout.columns[place.scaleColumn[s] as number] as string;
      if (byName.has(name)) return;
      byName.set(name, {
        name,
        label: scale.label,
        type: "score",
        ...plain,
        unit: "points 0–100",
        scale: scale.key,
        reversed: false,
        polarity: scale.polarity,
        options: [],
      });
    });
  }
  return {
    instruments: instruments.map(([id, def]) => ({ id, key: def.key, version: def.version })),
    // The responses export's columns in its order, then the other exports' columns.
    variables: [
      ...layout.columns.map((c) => byName.get(c)).filter((v): v is CodebookVariable => v !== undefined),
      ...otherColumns().map(fixedVariable),
    ],
  };
}

/** Columns of the scales, value-most and participation exports that the responses export lacks. */
function otherColumns(): string[] {
  const seen = new Set<string>(RESPONSE_ID_COLUMNS);
  const out: string[] = [];
  for (const cols of Object.values(fixedColumns))
    for (const c of cols)
      if (!seen.has(c)) {
        seen.add(c);
        out.push(c);
      }
  return out;
}

/** The codebook in long form for CSV/NDJSON: one row per variable × option (one row without options). */
export function codebookRows(book: Codebook): Cell[][] {
  const rows: Cell[][] = [];
  for (const v of book.variables) {
    const base: Cell[] = [
      v.name,
      v.label.da,
      v.label.en,
      v.type,
      v.scale,
      v.reversed === null ? null : v.reversed ? "true" : "false",
      v.polarity,
      v.exports.join(" "),
      v.unit,
      v.note?.da ?? null,
      v.note?.en ?? null,
    ];
    if (v.options.length === 0) rows.push([...base, null, null, null, null]);
    for (const o of v.options) rows.push([...base, o.code, o.label.da, o.label.en, o.score]);
  }
  return rows;
}

export { CODEBOOK_COLUMNS };
