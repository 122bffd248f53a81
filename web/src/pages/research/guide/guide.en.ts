import { EXPORTS_PER_HOUR } from "../../../../../shared/research/export-limits.ts";
import { SCALE_COLUMNS } from "../../../../../shared/schemas/research.ts";
import type { GuideContent } from "./guide-content.ts";

export const guide: GuideContent = {
  lang: "en",
  title: "Research exports: a guide for R and Python",
  intro:
    "Read-only, longitudinal exports of the network's survey results for research, in CSV, JSON and NDJSON, with a codebook. Centres and teams appear under stable pseudonyms; no figure from fewer respondents than the network's minimum group size leaves amica.",
  contents: "On this page",
  sections: [
    {
      id: "tokens",
      title: "Tokens",
      paragraphs: [
        "The network's coordinator creates a research token on the network's Research page (name and an optional last day) and gives it to you. It is shown once; only its hash is stored. Send it in every request as `Authorization: Bearer amr_…`.",
        "A token reads only the exports of its own network, until its last day (inclusive) or until the coordinator revokes it; after that every request answers `401`. Keep it in an environment variable (`AMICA_TOKEN` below), not in a script you share. Signed in as a researcher, you can also download every export from your home page without a token.",
      ],
    },
    {
      id: "exports",
      title: "The exports",
      paragraphs: ["Each is at `GET /api/v1/networks/{networkId}/export/<name>`:"],
      rows: [
        [
          "scales",
          `Long format, one row per round × centre × team × scale: \`${SCALE_COLUMNS.join(", ")}\`. \`team\` is empty for the centre as a whole.`,
        ],
        [
          "responses",
          "One row per response: `response, round, round_date, wave, centre, team, panel_code`, then one column per item (the raw option code), one per multiple-choice option (`value-most.<key>`, 1/0) and one per scale (the person's score 0–100).",
        ],
        [
          "value-most",
          "“What do you value most in your job?”: `network, round, round_date, wave, centre, option, n, percent` (percent 0–100).",
        ],
        [
          "participation",
          "`network, round, round_date, wave, centre, invited, answered, rate` (counts, shown whatever their size; `rate` is a proportion 0–1).",
        ],
        [
          "codebook",
          'Every column of every export: labels in Danish and English, type, unit (`points 0–100`, `percent 0–100`, `proportion 0–1`, `persons`), options with codes and scores, and a note where a name shadows a pandas method (`round`, `mean`: read them as `df["mean"]`).',
        ],
      ],
    },
    {
      id: "formats",
      title: "Filters and formats",
      paragraphs: [
        'Every export takes `format=csv|json|ndjson`, `rounds=` (round ids, wave numbers or exact labels; a label with a comma such as `1. måling, juni 2007` works alone, or quoted as in CSV: `rounds="1. måling, juni 2007",2`) and `centres=` (pseudonyms or ids). A value that names nothing answers `400` naming the parameter.',
        "CSV is RFC 4180: UTF-8 without BOM, a header row, CRLF line ends, empty cells for missing values. JSON is an array of objects with the same keys (null for missing); NDJSON one object per line. The header `X-Suppressed-Rows` says how many rows the anonymity rules left out.",
        "A text value starting with `=`, `+`, `-`, `@`, a tab or a carriage return (possible only in a self-chosen panel code) gets a leading `'` so that a spreadsheet does not run it as a formula, in every format alike.",
      ],
    },
    {
      id: "anonymity",
      title: "Anonymity",
      paragraphs: ["What the exports leave out, and why you will meet gaps:"],
      items: [
        "Only rounds whose results are published are exported.",
        "Scale rows of a centre or team with fewer respondents than the minimum group size are left out; so is the smallest sibling team where a hidden team could otherwise be worked out by subtraction.",
        "Value-most percentages are left out for a centre where fewer than the minimum answered the question.",
        "Respondent-level rows come only from centres at or above the minimum; `team` is blank where the team's figures would be hidden.",
        "Response ids are pseudonyms, stable across exports. Free-text answers are never exported.",
      ],
    },
    {
      id: "longitudinal",
      title: "Across rounds",
      paragraphs: [
        "A centre keeps its pseudonym (`C01`, `C02`…) in every round and every export, also after it has left the network. `wave` numbers the network's rounds by opening date.",
        "`panel_code` links one person's answers across rounds only where the respondent chose a code: use it for paired analyses, and expect most rows to have none. Rows come in a fixed order that has nothing to do with when anyone answered, and no column holds a time finer than the round's date.",
      ],
    },
    {
      id: "r",
      title: "Worked example in R",
      paragraphs: [
        "Download the scales export and plot one centre's trend on three scales, with 95 % confidence bands. Read CSV files with `check.names = FALSE`, or column names such as `value-most.tasks` change and no longer match the codebook.",
      ],
      example: { kind: "r", lead: "R (httr2, readr, dplyr, ggplot2)" },
    },
    {
      id: "python",
      title: "Worked example in Python (pandas)",
      paragraphs: ["The same with requests, pandas and matplotlib."],
      example: { kind: "python", lead: "Python (requests, pandas, matplotlib)" },
    },
    {
      id: "large",
      title: "Large exports",
      paragraphs: [
        "Exports stream: rows are sent as they are read, so any size works. For the responses export of a large network prefer NDJSON or CSV and read it in pieces.",
      ],
      example: { kind: "large", lead: "Python, in chunks, with labels from the codebook" },
    },
    {
      id: "snapshots",
      title: "Snapshots to cite",
      paragraphs: [
        "For a paper, cite a snapshot of a published round rather than an export: `GET /api/v1/networks/{networkId}/snapshots/{roundId}` gives one gzipped NDJSON file. Its first line is a header (network, round, publish date, data version, minimum group size, rows left out, the columns and the codebook); then one line per response, exactly as the responses export writes it for that round; the last line holds the row count, `sha256` (of every byte before that line, uncompressed) and a citation line naming network, round, publish date, version and hash.",
        "Downloaded twice, the file is the same and so is its hash, until something it holds changes. Your home page shows each published round's citation line with a copy button.",
      ],
      example: { kind: "snapshot", lead: "Python, with the hash checked" },
    },
    {
      id: "limits",
      title: "Limits and audit",
      paragraphs: [
        `Each token (or signed-in person) may start ${EXPORTS_PER_HOUR} exports an hour; beyond that the answer is \`429\` with \`Retry-After\` in seconds. Every export is written to the network's audit log: who (token or person), which export with which filters, when, and how many rows were sent.`,
        "Errors are RFC 9457 `application/problem+json`: `status`, `title`, `detail` and, for bad parameters, `errors[]` with the parameter's path and a machine-readable `code`.",
      ],
    },
  ],
  reference: "The API reference (every endpoint, in English)",
  openapi: "The OpenAPI 3.1 document",
};
