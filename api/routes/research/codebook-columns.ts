/**
 * The codebook's entries for the columns that do not come from an instrument: the ids of every
 * export and the figures of the scales, value-most and participation exports. Each says which
 * exports hold it and its unit, so that `rate` (a proportion, 0–1) is not read as `percent`
 * (0–100). The names are the exports' column lists in shared/schemas/research.ts; a test checks
 * that every column of every export has an entry.
 */
import type { LocalizedText } from "../../../shared/instrument/index.ts";
import {
  type CodebookVariable,
  type ExportName,
  PARTICIPATION_COLUMNS,
  RESPONSE_ID_COLUMNS,
  SCALE_COLUMNS,
  VALUE_MOST_COLUMNS,
} from "../../../shared/schemas/research.ts";

const t = (da: string, en: string): LocalizedText => ({ da, en });

type Entry = Pick<CodebookVariable, "label" | "type" | "unit"> & { note?: LocalizedText };

// pandas: `df.round` and `df.mean` are DataFrame methods, so these columns are read as df["round"].
const shadowsPandas = (method: string) =>
  t(
    `I pandas er df.${method} en metode: læs kolonnen som df["${method}"].`,
    `In pandas df.${method} is a method: read the column as df["${method}"].`,
  );

export const columnEntries: Record<string, Entry> = {
  network: { label: t("Netværkets id", "The network's id"), type: "identifier", unit: null },
  response: {
    label: t(
      "Pseudonymt besvarelses-id (stabilt på tværs af udtræk)",
      "Pseudonymous response id (stable across exports)",
    ),
    type: "identifier",
    unit: null,
  },
  round: {
    label: t("Målerundens id", "Survey round id"),
    type: "identifier",
    unit: null,
    note: shadowsPandas("round"),
  },
  round_date: { label: t("Dato rundens åbnede", "Date the round opened"), type: "date", unit: "YYYY-MM-DD" },
  wave: {
    label: t(
      "Rundens nummer i netværket (1 = første)",
      "Wave: the round's number in the network (1 = first)",
    ),
    type: "integer",
    unit: null,
  },
  centre: {
    label: t("Centrets faste pseudonym", "The centre's stable pseudonym"),
    type: "identifier",
    unit: null,
  },
  team: {
    label: t(
      "Teamets pseudonym; tomt for centret som helhed, og hvor teamet er for lille til at blive vist",
      "The team's pseudonym; blank for the centre as a whole and where the team is too small to be shown",
    ),
    type: "identifier",
    unit: null,
  },
  panel_code: {
    label: t(
      "Selvvalgt panelkode, der forbinder én persons svar på tværs af runder (tom hvor et team er skjult)",
      "Self-chosen panel code linking one person's answers across rounds (blank where a team is hidden)",
    ),
    type: "identifier",
    unit: null,
  },
  scale: { label: t("Skalaens nøgle", "The scale's key"), type: "identifier", unit: null },
  n: {
    label: t(
      "Antal personer bag tallet: med en score på skalaen (scales) eller som besvarede spørgsmålet (value-most)",
      "Persons behind the figure: with a score on the scale (scales) or who answered the question (value-most)",
    ),
    type: "integer",
    unit: "persons",
  },
  mean: {
    label: t("Gennemsnitlig score", "Mean score"),
    type: "score",
    unit: "points 0–100",
    note: shadowsPandas("mean"),
  },
  sd: {
    label: t("Standardafvigelse (stikprøve, n − 1)", "Standard deviation (sample, n − 1)"),
    type: "number",
    unit: "points 0–100",
  },
  ci_low: {
    label: t("Nedre grænse af 95 %-konfidensintervallet", "Lower end of the 95% confidence interval"),
    type: "score",
    unit: "points 0–100",
  },
  ci_high: {
    label: t("Øvre grænse af 95 %-konfidensintervallet", "Upper end of the 95% confidence interval"),
    type: "score",
    unit: "points 0–100",
  },
  option: {
    label: t(
      "Svarmuligheden (nøgle) i spørgsmålet om det vigtigste",
      "The option's key in the value-most question",
    ),
    type: "identifier",
    unit: null,
  },
  percent: {
    label: t("Andel, der valgte svarmuligheden, i procent", "Share who chose the option, in percent"),
    type: "number",
    unit: "percent 0–100",
  },
  invited: {
    label: t("Inviterede (tomt hvor det ikke er kendt)", "Invited (blank where not known)"),
    type: "integer",
    unit: "persons",
  },
  answered: { label: t("Besvarelser", "Responses"), type: "integer", unit: "persons" },
  rate: {
    label: t(
      "Svarprocent som andel: answered / invited (0,75 = 75 %); tom hvor invited ikke er kendt",
      "Response rate as a proportion: answered / invited (0.75 = 75%); blank where invited is not known",
    ),
    type: "number",
    unit: "proportion 0–1",
  },
};

/** The fixed columns of each export (the responses export adds its instrument's columns). */
export const fixedColumns: Record<Exclude<ExportName, "codebook">, readonly string[]> = {
  scales: SCALE_COLUMNS,
  responses: RESPONSE_ID_COLUMNS,
  "value-most": VALUE_MOST_COLUMNS,
  participation: PARTICIPATION_COLUMNS,
};
