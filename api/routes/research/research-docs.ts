/**
 * The research API's guide as one self-contained HTML page (no script, no external resource, so
 * it works offline and under the API's Content-Security-Policy): tokens, the exports, anonymity,
 * longitudinal use, limits, and worked examples in R and Python (pandas) that download the scales
 * export and plot a centre's trend (shared/research/guide-examples.ts, also shown in the app's guide).
 */
import { escapeHtml as esc } from "../../../shared/escape-html.ts";
import { EXPORTS_PER_HOUR } from "../../../shared/research/export-limits.ts";
import {
  largeExample,
  pythonExample,
  rExample,
  snapshotExample,
} from "../../../shared/research/guide-examples.ts";
import { SCALE_COLUMNS } from "../../../shared/schemas/research.ts";

const code = (lang: string, text: string) => `<pre><code class="${lang}">${esc(text.trim())}</code></pre>`;

export function researchDocsPage(base: string): string {
  const endpoints: [string, string][] = [
    [
      "scales",
      `Long format, one row per round × centre × team × scale: <code>${SCALE_COLUMNS.join(", ")}</code>. <code>team</code> is empty for the centre as a whole.`,
    ],
    [
      "responses",
      "One row per response: <code>response, round, round_date, wave, centre, team, panel_code</code>, then one column per item code (raw option code), one per multiple-choice option (<code>value-most.&lt;key&gt;</code>, 1/0) and one per scale (the person's score 0–100).",
    ],
    [
      "value-most",
      "“What do you value most in your job?”: <code>network, round, round_date, wave, centre, option, n, percent</code>.",
    ],
    [
      "participation",
      "<code>network, round, round_date, wave, centre, invited, answered, rate</code> (counts, shown whatever their size; <code>rate</code> is a proportion 0–1, while <code>percent</code> in value-most is 0–100).",
    ],
    [
      "codebook",
      'Every column of every export: labels in Danish and English, type, the exports that hold it, unit (<code>points 0–100</code> for scores and means, <code>percent 0–100</code> for <code>percent</code>, <code>proportion 0–1</code> for <code>rate</code>, <code>persons</code> for counts), options with codes and scores, scale, reversed flag, polarity, and a note where a name shadows a pandas method (<code>round</code>, <code>mean</code>: read them as <code>df["mean"]</code>).',
    ],
  ];
  const rows = endpoints
    .map(
      ([name, text]) =>
        `<tr><td><code>GET /api/v1/networks/{networkId}/export/${name}</code></td><td>${text}</td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>amica research API: exports in R and Python</title><style>
body{font:16px/1.55 system-ui,sans-serif;max-width:62rem;margin:0 auto;padding:1rem;color:#1b1b1b}
code,pre{font-family:ui-monospace,monospace;font-size:.88em}pre{background:#f4f4f4;padding:.75rem;overflow:auto;border-radius:4px}
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}
h2{margin-top:2rem;border-bottom:1px solid #ddd}nav a{margin-right:1rem}
</style></head><body>
<header><h1>amica research API</h1>
<p>Read-only, longitudinal exports of a network's survey results for research, in CSV, JSON and NDJSON, with a codebook. Centres and teams appear under stable pseudonyms; no figure from fewer respondents than the network's minimum group size leaves the API.</p>
<nav><a href="#tokens">Tokens</a><a href="#exports">Exports</a><a href="#anonymity">Anonymity</a><a href="#longitudinal">Across rounds</a><a href="#r">R</a><a href="#python">Python</a><a href="#snapshots">Snapshots</a><a href="#limits">Limits</a><a href="/api/docs">API reference</a><a href="/api/openapi.json">OpenAPI 3.1</a></nav></header>
<main>
<h2 id="tokens">Tokens</h2>
<p>The network's coordinator creates a research token (<code>POST /api/v1/networks/{networkId}/tokens</code> with <code>{"name", "expiresOn"?}</code>) and gives it to you. It is shown once; only its hash is stored. Send it in every request:</p>
${code("http", "Authorization: Bearer amr_…")}
<p>A token reads only the export endpoints of its own network, until its expiry date (inclusive) or until the coordinator revokes it; after that every request answers <code>401</code>. Keep it in an environment variable (<code>AMICA_TOKEN</code> below), not in a script you share.</p>

<h2 id="exports">Exports</h2>
<table><thead><tr><th>Endpoint</th><th>Rows</th></tr></thead><tbody>${rows}</tbody></table>
<p>Every export takes <code>?format=csv|json|ndjson</code> (default JSON, or what <code>Accept</code> asks for), <code>rounds=</code> (round ids, wave numbers or exact labels, comma-separated or as a repeated parameter; a label with a comma, such as <code>1. måling, juni 2007</code>, works alone or quoted as in CSV: <code>rounds="1. måling, juni 2007",2</code>) and <code>centres=</code> (comma-separated pseudonyms or ids). A value that names nothing is a <code>400</code> naming the parameter. CSV is RFC 4180: UTF-8 without BOM, a header row, CRLF line ends, empty cells for missing values. JSON is an array of objects with the same keys (null for missing); NDJSON one object per line. The codebook in JSON is one object <code>{"instruments", "variables"}</code>, also at <code>GET /api/v1/instruments/{instrumentId}/codebook</code>.</p>
<p>Exports stream: rows are sent as they are read, so any size works; prefer NDJSON or CSV for the responses export of a large network. The header <code>X-Suppressed-Rows</code> tells how many rows the anonymity rules left out. A text value starting with <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, a tab or a carriage return (possible only in a self-chosen panel code) is prefixed with <code>'</code> so that a spreadsheet does not run it as a formula. The prefix is applied in CSV, JSON and NDJSON alike, so a code reads the same in every file and still links. Where the database is replicated, <code>X-D1-Bookmark</code> names the state read; send it back as a request header to read data at least that new.</p>

<h2 id="anonymity">Anonymity</h2>
<ul>
<li>Only rounds whose results are published are exported to tokens and researchers (a coordinator also sees rounds that are closed but not yet published).</li>
<li>Scale rows for a centre or team with fewer respondents than the minimum group size are left out; so is the smallest sibling team where a hidden team could otherwise be worked out by subtraction.</li>
<li>Value-most percentages are left out for a centre where fewer than the minimum answered the question.</li>
<li>Respondent-level rows come only from centres at or above the minimum; <code>team</code> is blank where the team's figures would be hidden.</li>
<li>Response ids are pseudonyms, stable across exports, not the database's ids. Free-text answers are never exported.</li>
</ul>

<h2 id="longitudinal">Across rounds</h2>
<p>A centre keeps its pseudonym (<code>C01</code>, <code>C02</code>…) in every round and every export, also after it has left the network. <code>wave</code> numbers the network's rounds by opening date. <code>panel_code</code> links one person's answers across rounds only where the respondent chose a code; use it for paired analyses, and expect most rows to have none. Where a team is hidden in a round, the rows left without a team in that centre and round carry no panel code either, so that no code can tie a hidden team's rows to it through another round. Rows come in a fixed order within round and centre that has nothing to do with when anyone answered (the order of the internal ids, which are random), and no column holds a time finer than the round's date.</p>

<h2 id="r">Worked example in R</h2>
<p>Download the scales export and plot one centre's trend on three scales, with 95% confidence bands.</p>
${code("r", rExample(base))}

<h2 id="python">Worked example in Python (pandas)</h2>
<p>The same with <code>requests</code>, <code>pandas</code> and <code>matplotlib</code>.</p>
${code("python", pythonExample(base))}
<p>Large respondent-level exports, read in chunks, and labels from the codebook:</p>
${code("python", largeExample(base))}
<h2 id="snapshots">Snapshots to cite</h2>
<p>For a paper, cite a snapshot of a published round rather than an export: <code>GET /api/v1/networks/{networkId}/snapshots/{roundId}</code> gives one file, <code>amica-&lt;network&gt;-&lt;round&gt;-v&lt;version&gt;.ndjson.gz</code> (gzipped NDJSON). Its first line is a header: the network, the round (id, label, <code>round_date</code>, <code>wave</code>, <code>published_on</code>, <code>data_version</code>), the minimum group size, the rows left out (<code>suppressed_rows</code>), the columns and the codebook of every column (labels in Danish and English, types, options). Then one line per response, exactly as the responses export writes it in NDJSON for that round, under the same anonymity rules. The last line holds <code>rows</code>, <code>sha256</code> (the SHA-256 of every byte before that line, uncompressed) and <code>citation</code>, a line naming network, round, publish date, version and hash.</p>
<p>The content holds no date but the round's publish date and its rows come in a fixed order: downloaded twice, the file is the same and so is its hash, until something it holds changes: the round's data (a new <code>data_version</code>), its label, the network's name or minimum group size, or a held centre's figures being released; the hash tells any two files apart. <code>GET …/snapshots/{roundId}/citation</code> gives the header, hash and citation line without the rows (the research page shows it with a copy button). Both count as an export.</p>
${code("python", snapshotExample(base))}

<h2 id="limits">Limits and audit</h2>
<p>Each token (or signed-in person) may start ${EXPORTS_PER_HOUR} exports an hour; beyond that the API answers <code>429</code> with <code>Retry-After</code> in seconds. Every export is written to the network's audit log: who (token or person), which export with which filters, when, and how many rows were sent.</p>
<p>Errors are RFC 9457 <code>application/problem+json</code>: <code>status</code>, <code>title</code>, <code>detail</code> and, for bad parameters, <code>errors[]</code> with the parameter's path.</p>
</main></body></html>`;
}
