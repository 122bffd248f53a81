/** The HTTP sections of bench/BENCHMARKS.md: load test, import, export. */
import { cpus } from "node:os";
import { num, provenance, type RunInfo } from "../sections.ts";
import { median } from "../timing.ts";
import type { ExportBench, ExportData, IsolateReadings } from "./export.ts";
import type { ImportBench } from "./import.ts";
import type { LoadRun } from "./load.ts";

const FILE = "bench/run.ts, bench/http/";
const ms = (x: number) => (Number.isNaN(x) ? "–" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const pct = (x: number) => `${Math.round(x * 100)}%`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (k: number) => `${(k / 1024).toFixed(0)} MiB`;
const target = (ok: boolean) => (ok ? "met" : "**not met**");

const SERVER = `a throw-away \`wrangler dev\` (local workerd, a local D1 under its own \`--persist-to\`
directory with the migrations and the demo seed, the demo's rounds closed and published through
the API; bench/http/server.ts). A request goes from the client to wrangler's proxy workerd, which
owns the port, and on to the workerd running the Worker, D1 and the cache: client, both workerd
processes and anything else on the machine share its CPUs.`;

export function loadMarkdown(run: LoadRun, info: RunInfo): string {
  const ceiling = run.results.find((r) => r.key === "ceiling");
  const report = run.results.find((r) => r.key === "report");
  const rows = run.results.map((r) => {
    const ratio = r.key === "ceiling" ? "1" : pct(median(r.ratios));
    const rounds =
      r.perRound.length > 6
        ? `${r.perRound.length} segments, ${Math.min(...r.perRound).toFixed(0)}–${Math.max(...r.perRound).toFixed(0)}`
        : r.perRound.map((x) => x.toFixed(0)).join(", ");
    const failed = r.non2xx + r.errors + r.timeouts;
    return `| ${r.name} | \`${r.path}\` | ${num(r.requestsPerSecond)} | ${ratio} | ${rounds} | ${ms(r.p50)} | ${ms(r.p99)} | ${failed} | ${r.note} |`;
  });
  const reportRatio = report ? median(report.ratios) : Number.NaN;
  const q = report?.ratios ?? [];
  const { missMs, hitMs } = run.reportLatency;
  return `## Load test of the API (local workerd)

${provenance(info, `${FILE}load.ts`)}

Server: ${SERVER}

Clients: autocannon in the benchmark's own process, ${run.connections} connections. After a 1 s warm-up of
each route, ${run.rounds} rounds; in each, every route runs for ${run.secondsPerSegment} s between two ${run.secondsPerSegment} s segments of the
ceiling (the order of the routes rotating from round to round), so that a slow spell of the
shared machine falls on both sides of each ratio. Requests per second are 2xx responses over the
segments' time; "÷ ceiling" is the median over rounds of the route's segment ÷ the mean of the
ceiling's segments just before and after it; p50/p99 are over every response of the route.

| route | path | req/s | ÷ ceiling | req/s per segment | p50 ms | p99 ms | failed | what it does |
|---|---|---:|---:|---|---:|---:|---:|---|
${rows.join("\n")}

| target | measured | |
|---|---:|---|
| published report ≥ 50% of the ceiling's throughput | ${Number.isNaN(reportRatio) ? "–" : `${pct(reportRatio)}${q.length > 1 ? ` (rounds: ${q.map(pct).join(", ")})` : ""}`} | ${target(reportRatio >= 0.5)} |

The report was served from the cache: \`x-amica-cache: ${run.reportCache.warm ?? "absent"}\` on a read just before the
run${run.reportCache.first ? ` (the first read since the server started said \`${run.reportCache.first}\`)` : ""}. Single sequential reads of five team reports of the
same centre: first read (cache miss, report built from D1) median ${missMs.length ? ms(median(missMs)) : "–"} ms, second read (hit)
median ${hitMs.length ? ms(median(hitMs)) : "–"} ms.${ceiling ? ` The ceiling served ${num(ceiling.ok)} requests in all.` : ""}

Notes:
- On local workerd D1 is a SQLite file in the same workerd process, reached through a Durable
  Object; deployed, a D1 query crosses the network and the cache is Cloudflare's, so the absolute
  figures here say little about production. The ratios to the ceiling, measured side by side, are
  the figures to compare.
- "trivial route, signed in" is the ceiling's route with the session cookie: the difference from
  the ceiling is what authenticating a request costs (verifying the signed cookie, no query). The
  report adds routing, query validation, the access checks and a Cache API read to that.
- The Worker is not the only thing busy: autocannon, wrangler's proxy workerd and the Worker's
  workerd share the machine, so even the ceiling is far below what workerd serves alone, and
  ratios to it are compressed toward 1 compared with a deployed Worker. To see where a route's
  time goes inside the Worker, \`tsx bench/http/profile.ts <path>\` profiles it (not part of
  \`npm run bench\`).
`;
}

export function importMarkdown(r: ImportBench, info: RunInfo): string {
  const runs = r.runs.map(
    (x, i) =>
      `| ${i + 1} | ${(x.apiMs / 1000).toFixed(2)} | ${num((x.rows / x.apiMs) * 1000)} | ${ms(x.floorMs)} | ${num((x.rows / x.floorMs) * 1000)} | ${(x.apiMs / x.floorMs).toFixed(1)}× |`,
  );
  const apiMs = median(r.runs.map((x) => x.apiMs));
  const floorMs = median(r.runs.map((x) => x.floorMs));
  return `## Importing responses through the API

${provenance(info, `${FILE}import.ts`)}

Server: ${SERVER}

What is timed: \`POST /api/v1/rounds/:roundId/responses/import\` (text/csv, as the coordinator) of
${r.rows.toLocaleString("en")} responses into a new open round of the demo network (${r.centres} centres), from the first byte sent
to the JSON answer (201, all rows imported). The file, ${mib(r.bytes)}: a header, then per row the centre's
pseudonym, a team name (5% blank), a panel code on every tenth row, ${r.items} item columns (3% of cells
blank) and the "value most" choices in one column. Each run sends a different file (another seed),
so none is refused as a duplicate. The round is open, so no aggregates are recomputed.

The floor: a plain insert of the same rows (read back from D1 after each import: the same ids,
answers and columns, and the import's own record) into a copy of the same D1 database taken before
the imports, with better-sqlite3 in this process: one prepared INSERT per row, one transaction.

| | median s | rows/s | runs |
|---|---:|---:|---:|
| import through the API | ${(apiMs / 1000).toFixed(2)} | ${num((r.rows / apiMs) * 1000)} | ${r.runs.length} |
| floor: plain insert of the same rows | ${(floorMs / 1000).toFixed(3)} | ${num((r.rows / floorMs) * 1000)} | ${r.runs.length} |
| API ÷ floor, run by run (median) | ${r.ratio.toFixed(1)}× | | |

| run | API s | API rows/s | floor ms | floor rows/s | API ÷ floor |
|---:|---:|---:|---:|---:|---:|
${runs.join("\n")}

The API's time includes the HTTP upload, CSV parsing, checking every row against the instrument
(\`validateAnswers\`), packing the answers and one D1 batch (one transaction): the import's record,
statements of up to 1,000 rows or 256 KB each (json_each over one bound parameter; about a dozen
for ${r.rows.toLocaleString("en")} rows) and an audit row. ${r.databaseRows.toLocaleString("en")} responses were in D1 after the runs.
`;
}

/** Whose memory grows: the isolates' V8 heaps beside the process's RSS, and what that leaves outside them. */
function isolateMarkdown(r: ExportBench): string {
  const iso = r.isolates;
  if (!iso)
    return "The isolates' heaps could not be read (workerd's inspector was not reached), so the growth is not attributed.";
  const B = 2 ** 20;
  const mb = (bytes: number) => `${(bytes / B).toFixed(0)} MiB`;
  const label = (id: string) =>
    id.startsWith("core:user:")
      ? `the Worker (\`${id}\`)`
      : id.startsWith("d1:db")
        ? `D1's Durable Object (\`${id}\`)`
        : `\`${id}\``;
  // An isolate's footprint: V8's committed heap and the ArrayBuffers' backing stores outside it.
  const foot = (h: { totalSize: number; backingStorageSize: number } | null | undefined) =>
    h ? h.totalSize + h.backingStorageSize : 0;
  const cell = (h: IsolateReadings[string] | undefined) =>
    h
      ? `${mb(h.usedSize)} / ${mb(h.totalSize)} + ${mb(h.backingStorageSize)}${h.answeredDuring === 0 ? " ¹" : ""}`
      : "–";
  const rows = iso.ids.map((id) => {
    const b = iso.before[id];
    return `| ${label(id)} | ${b ? `${mb(b.usedSize)} / ${mb(b.totalSize)} + ${mb(b.backingStorageSize)}` : "–"} | ${cell(iso.small[id])} | ${cell(iso.full[id])} | ${cell(iso.again[id])} |`;
  });
  const sum = (readings: IsolateReadings) => Object.values(readings).reduce((t, h) => t + foot(h), 0);
  const worker = iso.ids.find((id) => id.startsWith("core:user:"));
  const workerSmall = worker ? foot(iso.small[worker]) : 0;
  const workerFull = worker ? foot(iso.full[worker]) : 0;
  const workerDiff = workerFull - workerSmall;
  const processDiff = (r.memory.rssPeakKiB - r.small.memory.rssPeakKiB) * 1024;
  const isolatesDiff = sum(iso.full) - sum(iso.small);
  const anyUnanswered = iso.ids.some((id) =>
    [iso.small[id], iso.full[id], iso.again[id]].some((h) => h && h.answeredDuring === 0),
  );
  return `The V8 heaps of the runtime's isolates (workerd's own inspector, \`Runtime.getHeapUsage\`;
bench/http/runtime-inspector.ts), as used / committed + ArrayBuffer backing stores outside the heap,
before the exports and, for each export, the highest of the readings answered during it and the
one right after its last byte:

| isolate | before | ${r.small.rows.toLocaleString("en")} rows | ${r.rows.toLocaleString("en")} rows | ${r.again.rows.toLocaleString("en")} rows again |
|---|---:|---:|---:|---:|
${rows.join("\n")}
${anyUnanswered ? "\n¹ No reading was answered while the export ran (the runtime answers its inspector between tasks, and the export kept it busy): the reading right after the last byte only.\n" : ""}
${
  worker
    ? `The Worker's isolate (committed heap + backing stores) at ${r.small.rows.toLocaleString("en")} rows: ${mb(workerSmall)}, at ${r.rows.toLocaleString("en")} rows: ${mb(workerFull)}, a difference of ${mb(workerDiff)} (target ≤ 32 MiB: ${workerDiff <= 32 * B ? "met" : "not met"}).`
    : "The Worker's isolate was not among those read."
} Between the two exports' peaks the process's RSS differs by ${mb(processDiff)}; the isolates' readings (committed heaps + backing stores, summed) differ by ${mb(isolatesDiff)}${
    processDiff > isolatesDiff
      ? `, which leaves ${mb(processDiff - isolatesDiff)} outside the V8 heaps: native memory of the runtime process (D1's SQLite and its page cache, HTTP buffers, pages the allocator keeps after use), which on Cloudflare is not the Worker's`
      : ": the growth is the isolates' own (V8 heaps and ArrayBuffers the garbage collector has not yet reclaimed), not native memory of the process"
  }.`;
}

export function exportMarkdown(r: ExportBench, data: ExportData | null, info: RunInfo): string {
  const m = r.memory;
  return `## Exporting 1,000,000 rows through the research API

${provenance(info, `${FILE}export.ts`)}

Server: ${SERVER}

Data: ${
    data
      ? `${data.rounds} published rounds of ${(data.rows / data.rounds).toLocaleString("en")} synthetic responses each (${data.centres} centres, ${data.rows.toLocaleString("en")} responses), written
straight into the local D1 file before \`wrangler dev\` started, with the stored aggregates that
closing them through the API would have computed (the shared \`aggregateRound\` and the API's own
\`aggregateStatements\`; ${data.seconds.toFixed(0)} s), and the export's stored CSV rows that the Worker
writes after each close (the API's own \`buildStoredPages\`, api/routes/research/export-pages.ts:
${data.stored.rows.toLocaleString("en")} rows in ${data.stored.seconds.toFixed(0)} s, ${num(data.stored.rows / data.stored.seconds)} rows/s in this Node process), D1 file
${mib(data.databaseBytes)}, besides the demo's own rounds`
      : "the rounds already in the database"
  }.

What is timed: \`GET /api/v1/networks/demo-network/export/responses?format=csv\` with a research
token (\`Authorization: Bearer\`): the respondent-level export, one row per response of every
published round (all centres reach the minimum group size; \`X-Suppressed-Rows: ${r.suppressedHeader ?? "–"}\`), ${r.columns} columns
(ids, round, centre and team pseudonyms, panel code, the raw item codes, the choices and the 24
scale scores), pseudonymous response ids (HMAC). Streamed by the client, which counts the rows
(line breaks) and bytes; from the request to the last byte.

The floor: one plain \`SELECT rowid, id, team_id, panel_code, answers\` of the same rows (the same
rounds and centres, as the export chooses them) on the same D1 file, with better-sqlite3 in this
process, every row stepped through; the row counts are checked to be equal.

| | rows | time s | rows/s | bytes |
|---|---:|---:|---:|---:|
| export through the API (CSV) | ${r.rows.toLocaleString("en")} | ${r.seconds.toFixed(1)} | ${num(r.rowsPerSecond)} | ${mib(r.bytes)} |
| floor: plain SELECT of the same rows | ${r.floor.rows.toLocaleString("en")} | ${r.floor.seconds.toFixed(2)} | ${num(r.floor.rowsPerSecond)} | ${mib(r.floor.answerBytes)} of answers |
| export ÷ floor (time) | | ${(r.seconds / r.floor.seconds).toFixed(2)}× | | |
| for comparison: the same rows as NDJSON, computed from the answers | ${r.computed.rows.toLocaleString("en")} | ${r.computed.seconds.toFixed(1)} | ${num(r.computed.rows / r.computed.seconds)} | ${mib(r.computed.bytes)} |

First byte after ${ms(r.firstByteMs)} ms.

CPU time each process used during the export (from /proc/<pid>/stat and \`process.cpuUsage()\`;
the machine has ${cpus().length} CPUs, so processes that together need more than ${cpus().length} × the wall time wait for each other):

| process | CPU s | share of the wall time |
|---|---:|---:|
${r.cpu.map(([role, s]) => `| ${role} | ${s.toFixed(1)} | ${((100 * s) / r.seconds).toFixed(0)} % |`).join("\n")}

Memory of the workerd process that runs the Worker (pid ${m.pid ?? "?"}) during the export,
${m.hwmReset ? "its VmHWM reset just before the export and read after it" : "VmHWM could not be reset"}, VmRSS and RssAnon polled every 100 ms:

| | before the export | peak during it | growth |
|---|---:|---:|---:|
| RSS | ${kib(m.rssBeforeKiB)} | ${kib(m.rssPeakKiB)} | ${kib(m.rssPeakKiB - m.rssBeforeKiB)} |
| of which anonymous (RssAnon: heaps, not file pages) | ${kib(m.anonBeforeKiB)} | ${kib(m.anonPeakKiB)} | ${kib(m.anonPeakKiB - m.anonBeforeKiB)} |

The same export of the first two rounds only (${r.small.rows.toLocaleString("en")} rows, ${r.small.seconds.toFixed(1)} s), just before, measured the same way:

| peak during the export | ${r.small.rows.toLocaleString("en")} rows | ${r.rows.toLocaleString("en")} rows | difference (target ≤ 32 MiB) |
|---|---:|---:|---:|
| RSS | ${kib(r.small.memory.rssPeakKiB)} | ${kib(m.rssPeakKiB)} | ${kib(m.rssPeakKiB - r.small.memory.rssPeakKiB)} |
| RssAnon | ${kib(r.small.memory.anonPeakKiB)} | ${kib(m.anonPeakKiB)} | ${kib(m.anonPeakKiB - r.small.memory.anonPeakKiB)} |

The full export once more, right after the first (${r.again.rows.toLocaleString("en")} rows, ${r.again.seconds.toFixed(1)} s), measured the same way:
RSS ${kib(r.again.memory.rssBeforeKiB)} before it, ${kib(r.again.memory.rssPeakKiB)} at its peak (${kib(r.again.memory.rssPeakKiB - m.rssPeakKiB)} over the first full export's peak);
RssAnon peak ${kib(r.again.memory.anonPeakKiB)}.

${isolateMarkdown(r)}

${m.rssAtStartKiB !== null ? `Right after the server started its RSS was ${kib(m.rssAtStartKiB)}. ` : ""}The export sent ${mib(r.bytes)}.

Notes:
- wrangler's DevTools session on the runtime has its Network domain turned off before the
  exports (bench/http/export.ts, \`quietInspector\`): with it on, as \`wrangler dev\` leaves it,
  workerd copies every D1 page's body into an inspector event that wrangler's proxy buffers, which
  cost CPU in three processes, grew the measured process with the rows, and twice ended with
  wrangler tearing the runtime down mid-export (at 497,101 and at some 850,000 rows). Cloudflare
  has no such session.
- On local workerd D1's Durable Object runs in the same process as the Worker (the inspector's
  heap readings above are not answered while an export runs: the runtime is busy throughout);
  what the page asked for ahead gains here was not measured apart. On Cloudflare it overlaps
  D1's round trip.
- That RSS is an upper bound for the Worker: on local workerd the same process holds the runtime,
  D1's SQLite (its page cache included) and the cache, which on Cloudflare live elsewhere. The
  128 MB limit of a deployed Worker counts the isolate alone.
- The floor reads in-process from SQLite. The CSV export reads the rows stored at each round's
  close through D1's Durable Object, a page of up to 1.5 MB of text per query (the next page
  asked for while the Worker writes this one), adds the cells that depend on the export (round,
  centre, the team where it may be named, the panel code) and crosses HTTP through wrangler's
  proxy to the client, all on the machine's ${cpus().length} CPUs. Where no stored rows may be used (JSON
  and NDJSON, a mix of instruments, rows of an earlier close), the export reads the answers in
  pages of up to 4,000 rows (\`group_concat\` of the rows' fields, one string), scores every
  response, computes an HMAC per response id and writes each page into one buffer: the NDJSON
  line above.
- The stored rows cost D1 space (some 400 bytes a response, about the size of its CSV row) and,
  once per close, the time to write them: the close answers first, the rows follow (\`waitUntil\`),
  and exports compute until they are there.
`;
}
