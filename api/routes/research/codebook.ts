/**
 * The codebook: every variable of the responses export with its labels in Danish and English,
 * its type, response options (code, labels, score before reversal), scale membership, reversed
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
import type { Cell } from "./export-stream.ts";
import { responseLayout } from "./responses.export.ts";

const t = (da: string, en: string): LocalizedText => ({ da, en });

const idVariables: Record<(typeof RESPONSE_ID_COLUMNS)[number], Pick<CodebookVariable, "label" | "type">> = {
  response: {
    label: t(
      "Pseudonymt besvarelses-id (stabilt på tværs af udtræk)",
      "Pseudonymous response id (stable across exports)",
    ),
    type: "identifier",
  },
  round: { label: t("Målerundens id", "Survey round id"), type: "identifier" },
  round_date: { label: t("Dato rundens åbnede", "Date the round opened"), type: "date" },
  wave: {
    label: t(
      "Rundens nummer i netværket (1 = første)",
      "Wave: the round's number in the network (1 = first)",
    ),
    type: "integer",
  },
  centre: { label: t("Centrets faste pseudonym", "The centre's stable pseudonym"), type: "identifier" },
  team: {
    label: t(
      "Teamets pseudonym (tomt hvor teamet er for lille til at blive vist)",
      "The team's pseudonym (blank where the team is too small to be shown)",
    ),
    type: "identifier",
  },
  panel_code: {
    label: t(
      "Selvvalgt panelkode, der forbinder én persons svar på tværs af runder",
      "Self-chosen panel code linking one person's answers across rounds",
    ),
    type: "identifier",
  },
};

const none = { scale: null, reversed: null, polarity: null, options: [] };

export function buildCodebook(instruments: readonly [string, InstrumentDefinition][]): Codebook {
  const layout = responseLayout(instruments);
  const byName = new Map<string, CodebookVariable>();
  for (const name of RESPONSE_ID_COLUMNS) byName.set(name, { name, ...idVariables[name], ...none });
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
        scale: scale.key,
        reversed: false,
        polarity: scale.polarity,
        options: [],
      });
    });
  }
  return {
    instruments: instruments.map(([id, def]) => ({ id, key: def.key, version: def.version })),
    // In the column order of the responses export.
    variables: layout.columns.map((c) => byName.get(c)).filter((v): v is CodebookVariable => v !== undefined),
  };
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
    ];
    if (v.options.length === 0) rows.push([...base, null, null, null, null]);
    for (const o of v.options) rows.push([...base, o.code, o.label.da, o.label.en, o.score]);
  }
  return rows;
}

export { CODEBOOK_COLUMNS };
