/**
 * The export endpoints as OpenAPI routes, each with an example in every format. The bodies are
 * streamed (see export-stream.ts); the schemas describe one row.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  codebookSchema,
  exportQuerySchema,
  participationRowSchema,
  responseRowSchema,
  scaleRowSchema,
  valueMostRowSchema,
} from "../../../shared/schemas/research.ts";
import { problems } from "../../lib/router.ts";

const params = z.object({ networkId: idParam });
const security = [{ researchToken: [] }];

const headers = {
  "X-Suppressed-Rows": {
    description:
      "Rows left out by the anonymity rules (groups under the network's minimum group size, and teams hidden so that they cannot be worked out from their siblings). Sent before the body.",
    schema: { type: "integer" as const, minimum: 0 },
  },
  "X-D1-Bookmark": {
    description:
      "Where D1 read replication is on: the bookmark of the data read. Send it back as `X-D1-Bookmark` to read data at least as new in a later export.",
    schema: { type: "string" as const },
  },
};

const csv = (lines: string[]) => `${lines.join("\r\n")}\r\n`;
const ndjson = (rows: unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;

function tableResponse(rowSchema: z.ZodType, csvExample: string, rows: unknown[], what: string) {
  return {
    description: `${what}. JSON: an array of row objects; NDJSON: one row object per line; CSV: RFC 4180 with a header row, empty cells for null.`,
    headers,
    content: {
      "application/json": { schema: z.array(rowSchema), example: rows },
      "text/csv": { schema: z.string(), example: csvExample },
      "application/x-ndjson": { schema: z.string(), example: ndjson(rows) },
    },
  };
}

const common = {
  tags: ["research"],
  security,
  request: { params, query: exportQuerySchema },
};
const errors = problems(400, 401, 403, 404, 429);
const round = { network: "demo-network", round: "demo-round-2007", round_date: "2007-06-01", wave: 1 };

const scaleRows = [
  {
    ...round,
    centre: "C01",
    team: null,
    scale: "predictability",
    n: 41,
    mean: 58.5,
    sd: 18.2,
    ci_low: 52.8,
    ci_high: 64.2,
  },
  {
    ...round,
    centre: "C01",
    team: "T01",
    scale: "predictability",
    n: 12,
    mean: 61.4,
    sd: 15.9,
    ci_low: 51.3,
    ci_high: 71.5,
  },
];

export const scales = createRoute({
  ...common,
  method: "get",
  path: "/networks/{networkId}/export/scales",
  summary: "Scale scores in long format: round × centre × team × scale, with n, mean, SD and 95% CI",
  description:
    "One row per round × centre pseudonym × team pseudonym (null for the centre as a whole) × scale, from the figures stored when each round closed (the same as the reports). Rows under the minimum group size, or hidden to protect a sibling team, are left out; `X-Suppressed-Rows` says how many. Tokens and researchers see published rounds; a coordinator also sees closed ones. Streamed.",
  responses: {
    200: tableResponse(
      scaleRowSchema,
      csv([
        "network,round,round_date,wave,centre,team,scale,n,mean,sd,ci_low,ci_high",
        "demo-network,demo-round-2007,2007-06-01,1,C01,,predictability,41,58.5,18.2,52.8,64.2",
        "demo-network,demo-round-2007,2007-06-01,1,C01,T01,predictability,12,61.4,15.9,51.3,71.5",
      ]),
      scaleRows,
      "Scale rows",
    ),
    ...errors,
  },
});

const responseRow = {
  response: "5f0c2a9e41d7b3686a0e",
  ...{ round: round.round, round_date: round.round_date, wave: 1 },
  centre: "C01",
  team: "T01",
  panel_code: null,
  pr1: 2,
  pr2: 3,
  "value-most.tasks": 1,
  "value-most.salary": 0,
  predictability: 62.5,
};

export const responses = createRoute({
  ...common,
  method: "get",
  path: "/networks/{networkId}/export/responses",
  summary:
    "Respondent-level rows: raw item codes and scale scores, pseudonymous ids, above the threshold only",
  description:
    "One row per response: `response` (a pseudonymous id, stable across exports, not the database id), `round`, `round_date`, `wave`, `centre`, `team` (blank where the team is too small to be shown), `panel_code` (where the respondent chose one: it links one person across rounds), then one column per item code (the raw option code; see the codebook), one per multiple-choice option (`value-most.<key>`, 1/0) and one per scale (the person's score 0–100). Only centres at or above the minimum group size contribute; `X-Suppressed-Rows` counts the responses left out. Several instruments give the union of their columns. Streamed in pages of 4,000 (NDJSON suits large exports).",
  responses: {
    200: tableResponse(
      responseRowSchema,
      csv([
        "response,round,round_date,wave,centre,team,panel_code,pr1,pr2,…,value-most.tasks,value-most.salary,…,predictability,…",
        "5f0c2a9e41d7b3686a0e,demo-round-2007,2007-06-01,1,C01,T01,,2,3,…,1,0,…,62.5,…",
      ]),
      [responseRow],
      "Response rows",
    ),
    ...errors,
  },
});

const valueMostRows = [
  { ...round, centre: "C01", option: "tasks", n: 40, percent: 55 },
  { ...round, centre: "C01", option: "colleagues", n: 40, percent: 72.5 },
];

export const valueMost = createRoute({
  ...common,
  method: "get",
  path: "/networks/{networkId}/export/value-most",
  summary: "“What do you value most in your job?”: percentages per round × centre × option",
  description:
    "`n` is the number of the centre's respondents who answered the question, `percent` the share of them who chose the option (the report's figure). A centre where fewer than the minimum group size answered the question is left out, all its options counted in `X-Suppressed-Rows`.",
  responses: {
    200: tableResponse(
      valueMostRowSchema,
      csv([
        "network,round,round_date,wave,centre,option,n,percent",
        "demo-network,demo-round-2007,2007-06-01,1,C01,tasks,40,55",
        "demo-network,demo-round-2007,2007-06-01,1,C01,colleagues,40,72.5",
      ]),
      valueMostRows,
      "Value-most rows",
    ),
    ...errors,
  },
});

const participationRows = [{ ...round, centre: "C01", invited: 52, answered: 41, rate: 0.7885 }];

export const participation = createRoute({
  ...common,
  method: "get",
  path: "/networks/{networkId}/export/participation",
  summary: "Participation per round × centre: invited, answered and rate",
  description:
    "`invited` is the number set on the round for the centre, else the single-use invitations issued (null if neither); `rate` is answered / invited. Counts of participation are shown whatever their size.",
  responses: {
    200: tableResponse(
      participationRowSchema,
      csv([
        "network,round,round_date,wave,centre,invited,answered,rate",
        "demo-network,demo-round-2007,2007-06-01,1,C01,52,41,0.7885",
      ]),
      participationRows,
      "Participation rows",
    ),
    ...errors,
  },
});

const codebookExample = {
  instruments: [{ id: "builtin-amica-copsoq-1", key: "amica-copsoq", version: 1 }],
  variables: [
    {
      name: "pr1",
      label: {
        da: "Får du i god tid besked om vigtige beslutninger …?",
        en: "Are you told in good time about important decisions …?",
      },
      type: "ordinal",
      exports: ["responses"],
      unit: null,
      note: null,
      scale: "predictability",
      reversed: false,
      polarity: "higher-better",
      options: [
        { code: 1, label: { da: "I meget høj grad", en: "To a very large extent" }, score: 100 },
        { code: 2, label: { da: "I høj grad", en: "To a large extent" }, score: 75 },
      ],
    },
    {
      name: "rate",
      label: {
        da: "Svarprocent som andel: answered / invited (0,75 = 75 %); tom hvor invited ikke er kendt",
        en: "Response rate as a proportion: answered / invited (0.75 = 75%); blank where invited is not known",
      },
      type: "number",
      exports: ["participation"],
      unit: "proportion 0–1",
      note: null,
      scale: null,
      reversed: null,
      polarity: null,
      options: [],
    },
  ],
};

const codebookContent = {
  "application/json": { schema: codebookSchema, example: codebookExample },
  "text/csv": {
    schema: z.string(),
    example: csv([
      "name,label_da,label_en,type,scale,reversed,polarity,exports,unit,note_da,note_en,option_code,option_label_da,option_label_en,option_score",
      "pr1,Får du i god tid besked om vigtige beslutninger …?,Are you told in good time about important decisions …?,ordinal,predictability,false,higher-better,responses,,,,1,I meget høj grad,To a very large extent,100",
    ]),
  },
  "application/x-ndjson": { schema: z.string(), example: ndjson(codebookExample.variables) },
};

export const codebook = createRoute({
  ...common,
  method: "get",
  path: "/networks/{networkId}/export/codebook",
  summary: "Codebook of every export: labels (da/en), types, units, options with codes and scores, scales",
  description:
    "Describes every column of every export: the responses export's for the instruments of the network's rounds (or of the rounds named in `rounds=`), in its column order, then the columns of the scales, value-most and participation exports. `exports` names the exports holding a column; `unit` says what a number counts in (`points 0–100` for scores, `percent 0–100` for `percent`, `proportion 0–1` for `rate`, `persons` for counts). `score` is the option's 0–100 value before any reversal; a reversed item scores 100 − score. JSON is one object `{instruments, variables}`; NDJSON one variable per line; CSV one row per variable × option (`exports` space-separated).",
  responses: { 200: { description: "The codebook", content: codebookContent }, ...errors },
});

export const instrumentCodebook = createRoute({
  method: "get",
  path: "/instruments/{instrumentId}/codebook",
  tags: ["research"],
  security,
  summary: "Codebook of one instrument version (same shape as the network codebook)",
  request: {
    params: z.object({ instrumentId: idParam }),
    query: z.object({ format: exportQuerySchema.shape.format }),
  },
  responses: { 200: { description: "The codebook", content: codebookContent }, ...problems(400, 401, 404) },
});

export const researchDocs = createRoute({
  method: "get",
  path: "/research-docs",
  tags: ["research"],
  summary:
    "How to use the research API from R and Python (pandas), with worked examples (HTML, works offline)",
  responses: { 200: { description: "HTML page", content: { "text/html": { schema: z.string() } } } },
});

const snapshotParams = z.object({ networkId: idParam, roundId: idParam });

const snapshotHeaderExample = {
  amica_snapshot: 1,
  network: { id: "demo-network", name: "Demo network" },
  round: {
    id: "demo-round-2007",
    label: "1. måling, juni 2007",
    round_date: "2007-06-01",
    wave: 1,
    published_on: "2007-07-02",
    data_version: 1,
  },
  min_group_size: 5,
  suppressed_rows: 0,
  columns: ["response", "round", "round_date", "wave", "centre", "team", "panel_code", "pr1", "…"],
  codebook: { instruments: codebookExample.instruments, variables: [codebookExample.variables[0]] },
};

const snapshotSummaryExample = {
  rows: 212,
  sha256: "9f2c5a0e4b1d7c3e8a6f0b2d4c6e8a0b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f",
  citation:
    "Demo network: 1. måling, juni 2007 (round demo-round-2007, published 2007-07-02), amica data snapshot v1, 212 responses, SHA-256 9f2c5a0e4b1d7c3e8a6f0b2d4c6e8a0b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f.",
};

const snapshotDescription =
  "A versioned snapshot of one published round, to cite in a paper: one gzipped NDJSON file. Line 1 is a header `{amica_snapshot: 1, network, round (id, label, round_date, wave, published_on, data_version), min_group_size, suppressed_rows, columns, codebook}`; then one line per response, exactly as the `responses` export writes it in NDJSON for the round (the same anonymity rules and pseudonyms, in a fixed order); the last line is `{amica_snapshot_end: 1, rows, sha256, citation}`, where `sha256` is the SHA-256 of every byte before that line, uncompressed. The content holds no date but the round's publish date: downloaded twice it is the same, byte for byte, until something it holds changes: the round's data (a new data_version), its label, the network's name or minimum group size, or a held centre's figures being released.";

export const snapshot = createRoute({
  method: "get",
  path: "/networks/{networkId}/snapshots/{roundId}",
  tags: ["research"],
  security,
  summary: "Snapshot of a published round: gzipped NDJSON with its codebook and content hash",
  description: snapshotDescription,
  request: { params: snapshotParams },
  responses: {
    200: {
      description:
        "The file (`amica-<network>-<round>-v<data_version>.ndjson.gz`). Uncompressed, the first line is the header, the last the footer.",
      headers: {
        "X-Suppressed-Rows": headers["X-Suppressed-Rows"],
        "X-D1-Bookmark": headers["X-D1-Bookmark"],
      },
      content: {
        "application/gzip": {
          schema: z.string().meta({ format: "binary" }),
          example: ndjson([
            snapshotHeaderExample,
            responseRow,
            { amica_snapshot_end: 1, ...snapshotSummaryExample },
          ]),
        },
      },
    },
    ...problems(401, 403, 404, 409, 429),
  },
});

export const snapshotCitation = createRoute({
  method: "get",
  path: "/networks/{networkId}/snapshots/{roundId}/citation",
  tags: ["research"],
  security,
  summary: "A round snapshot's citation line and content hash, without the rows",
  description: `The header of the round's snapshot (without the codebook and columns), its row count, content hash and citation line, computed from the same content as the file. ${snapshotDescription}`,
  request: { params: snapshotParams },
  responses: {
    200: {
      description: "What the snapshot holds and how to cite it",
      content: {
        "application/json": {
          schema: z.object({
            network: z.object({ id: z.string(), name: z.string() }),
            round: z.object({
              id: z.string(),
              label: z.string(),
              round_date: z.string(),
              wave: z.number().int(),
              published_on: z.string(),
              data_version: z.number().int(),
            }),
            min_group_size: z.number().int(),
            suppressed_rows: z.number().int(),
            file: z.string(),
            rows: z.number().int(),
            sha256: z.string(),
            citation: z.string(),
          }),
          example: {
            network: snapshotHeaderExample.network,
            round: snapshotHeaderExample.round,
            min_group_size: 5,
            suppressed_rows: 0,
            file: "amica-demo-network-demo-round-2007-v1.ndjson.gz",
            ...snapshotSummaryExample,
          },
        },
      },
    },
    ...problems(401, 403, 404, 409, 429),
  },
});
