/**
 * The research API's shapes: tokens, export parameters, the export rows and the codebook. The
 * column lists are the contract of the CSV exports (their header rows, in this order) and the keys
 * of the JSON/NDJSON objects.
 */
import { z } from "zod";
import { isoDate, nameText } from "./common.ts";

// ---------------------------------------------------------------------------------------- tokens

export const tokenCreateSchema = z.object({
  name: nameText(120).meta({ example: "Follow-up study 2010 (R scripts)" }),
  /** Last day the token works (inclusive). Omit for a token that works until revoked. */
  expiresOn: isoDate.optional().meta({ example: "2010-12-31" }),
});
export type TokenCreate = z.infer<typeof tokenCreateSchema>;

export const tokenCreatedSchema = z.object({
  id: z.string(),
  /** The bearer token. Shown once: only its SHA-256 is stored. */
  token: z.string().meta({ example: "amr_3mJx0Qk9m2VtQ1bX8cYwLr7pN4sE6uH5gD0aZfKq" }),
  name: z.string(),
  expiresOn: z.string().nullable(),
});
export type TokenCreated = z.infer<typeof tokenCreatedSchema>;

export const tokenSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  name: z.string(),
  expiresOn: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Neither revoked nor past its expiry date. */
  active: z.boolean(),
});
export type Token = z.infer<typeof tokenSchema>;

// --------------------------------------------------------------------------------------- exports

export const exportFormats = ["csv", "json", "ndjson"] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

const idList = (what: string) =>
  z
    .union([z.string().max(4000), z.array(z.string().max(4000)).max(200)])
    .optional()
    .meta({
      description: `${what}, comma-separated or as a repeated parameter. A value that names something as a whole (a label with a comma) is taken whole; items may be quoted as in CSV (\`"1. måling, juni 2007",2\`). Unknown values are a 400 naming this parameter.`,
    });

export const exportQuerySchema = z.object({
  format: exportFormatSchema.optional().meta({
    description: "csv (RFC 4180), json (an array of objects) or ndjson. Default: from Accept, else json.",
  }),
  rounds: idList("Round ids, wave numbers or exact round labels"),
  centres: idList("Centre ids or pseudonyms"),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export const SCALE_COLUMNS = [
  "network",
  "round",
  "round_date",
  "wave",
  "centre",
  "team",
  "scale",
  "n",
  "mean",
  "sd",
  "ci_low",
  "ci_high",
] as const;

export const scaleRowSchema = z.object({
  network: z.string().meta({ description: "The network's id" }),
  round: z.string().meta({ description: "The round's id" }),
  round_date: z.string().meta({ description: "The date the round opened, YYYY-MM-DD" }),
  wave: z.int().meta({ description: "1 for the network's first round by opening date" }),
  centre: z.string().meta({ description: "The centre's stable pseudonym" }),
  team: z
    .string()
    .nullable()
    .meta({ description: "The team's pseudonym; null (empty in CSV) for the centre as a whole" }),
  scale: z.string(),
  n: z.int(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  ci_low: z.number().nullable(),
  ci_high: z.number().nullable(),
});
export type ScaleRow = z.infer<typeof scaleRowSchema>;

/** The fixed leading columns of the responses export; item, choice and scale columns follow. */
export const RESPONSE_ID_COLUMNS = [
  "response",
  "round",
  "round_date",
  "wave",
  "centre",
  "team",
  "panel_code",
] as const;

export const responseRowSchema = z
  .object({
    response: z.string().meta({ description: "Pseudonymous response id (not the database id)" }),
    round: z.string(),
    round_date: z.string(),
    wave: z.int(),
    centre: z.string(),
    team: z.string().nullable(),
    panel_code: z.string().nullable(),
  })
  .catchall(z.number().nullable())
  .meta({
    description:
      "Then one column per item code (the raw option code, null when not answered), one per multiple-choice option (`value-most.<key>`: 1 chosen, 0 not, null when the question was not answered) and one per scale (the person's score 0–100, null when fewer than half its items were answered).",
  });

export const VALUE_MOST_COLUMNS = [
  "network",
  "round",
  "round_date",
  "wave",
  "centre",
  "option",
  "n",
  "percent",
] as const;

export const valueMostRowSchema = z.object({
  network: z.string(),
  round: z.string(),
  round_date: z.string(),
  wave: z.int(),
  centre: z.string(),
  option: z.string(),
  n: z.int().meta({ description: "Respondents of the centre who answered the question" }),
  percent: z.number().nullable().meta({ description: "Share of them who chose the option, 0–100" }),
});

export const PARTICIPATION_COLUMNS = [
  "network",
  "round",
  "round_date",
  "wave",
  "centre",
  "invited",
  "answered",
  "rate",
] as const;

export const participationRowSchema = z.object({
  network: z.string(),
  round: z.string(),
  round_date: z.string(),
  wave: z.int(),
  centre: z.string(),
  invited: z.int().nullable(),
  answered: z.int(),
  rate: z.number().nullable().meta({ description: "answered / invited, 0–1; null when invited is unknown" }),
});

// -------------------------------------------------------------------------------------- codebook

const bilingual = z.object({ da: z.string(), en: z.string() });

export const variableTypes = [
  "identifier",
  "date",
  "integer",
  "ordinal",
  "binary",
  "score",
  "number",
] as const;

/** The exports a codebook describes (the codebook itself has fixed columns, CODEBOOK_COLUMNS). */
export const exportNames = ["scales", "responses", "value-most", "participation", "codebook"] as const;
export type ExportName = (typeof exportNames)[number];

export const codebookVariableSchema = z.object({
  /** The column name in the exports; for items the item code used in imports too. */
  name: z.string(),
  label: bilingual,
  type: z.enum(variableTypes),
  /** The exports that have this column. */
  exports: z.array(z.enum(exportNames)),
  /**
   * What a number counts in: "points 0–100" for scores, "percent 0–100", "proportion 0–1",
   * "persons", "YYYY-MM-DD"; null for codes and identifiers.
   */
  unit: z.string().nullable(),
  /** Something to know when reading the column (a name that shadows a pandas method). */
  note: bilingual.nullable(),
  /** The scale an item belongs to, or the scale a score column holds; null for other variables. */
  scale: z.string().nullable(),
  reversed: z.boolean().nullable(),
  polarity: z.enum(["higher-better", "higher-worse"]).nullable(),
  options: z.array(
    z.object({
      code: z.int(),
      label: bilingual,
      /** The option's 0–100 value before any reversal. */
      score: z.number().nullable(),
    }),
  ),
});
export type CodebookVariable = z.infer<typeof codebookVariableSchema>;

export const codebookSchema = z.object({
  instruments: z.array(z.object({ id: z.string(), key: z.string(), version: z.int() })),
  variables: z.array(codebookVariableSchema),
});
export type Codebook = z.infer<typeof codebookSchema>;

export const CODEBOOK_COLUMNS = [
  "name",
  "label_da",
  "label_en",
  "type",
  "scale",
  "reversed",
  "polarity",
  "exports",
  "unit",
  "note_da",
  "note_en",
  "option_code",
  "option_label_da",
  "option_label_en",
  "option_score",
] as const;
