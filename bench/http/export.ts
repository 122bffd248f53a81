/**
 * Export of at least 1,000,000 rows through the research API: the `responses` export (one row per
 * response) of the demo network as CSV, with a research token, streamed and counted on the client.
 *
 * The rows: before `wrangler dev` starts, `prepareExportData` writes published rounds of synthetic
 * responses straight into the local D1 file (better-sqlite3), with their stored aggregates computed
 * by the shared `aggregateRound` and written with the API's own `aggregateStatements`, as closing
 * the round through the API would have stored them. Going through the import route instead would
 * take longer than the whole benchmark budget.
 *
 * The floor: a plain SELECT of the same rows (the columns the export reads: rowid, id, team_id,
 * panel_code, answers), for the same rounds and centres, from the same D1 file with better-sqlite3
 * in this process, every row stepped through and its answer bytes counted.
 *
 * Memory: the workerd process that runs the Worker (and on local workerd also hosts D1 and the
 * cache) has its RSS high-water mark reset (/proc/<pid>/clear_refs) just before the export, then its
 * VmRSS polled every 100 ms and VmHWM read at the end. wrangler's own DevTools session has its
 * Network domain turned off first (`quietInspector`, below): with it on, workerd reports every D1
 * query to it as a network event with its body, which slows the export and allocates in the
 * process being measured.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { BUILTIN_INSTRUMENT_ID } from "../../api/routes/instruments/instrument-id.ts";
import type { Reader } from "../../api/routes/research/d1-session.ts";
import { buildStoredPages } from "../../api/routes/research/export-pages.ts";
import { newResearchKey, responsePseudonymWriter } from "../../api/routes/research/response-pseudonym.ts";
import { aggregateStatements } from "../../api/routes/rounds/aggregates.service.ts";
import { DEMO_NETWORK_ID, demoCentres } from "../../scripts/demo/network.ts";
import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { aggregateRound } from "../../shared/scoring/aggregate-round.ts";
import { MIN_GROUP_SIZE_FLOOR } from "../../shared/scoring/anonymity.ts";
import { syntheticRound } from "../synthetic-round.ts";
import { type IsolateHeap, type RuntimeInspector, runtimeInspector } from "./runtime-inspector.ts";
import { type BenchServer, signIn } from "./server.ts";

/**
 * `wrangler dev` keeps its own DevTools session on the workerd that runs the Worker and turns on
 * its Network domain (wrangler's InspectorProxyWorker): workerd then copies the body of every
 * subrequest, each D1 page included, into an inspector event, which wrangler's proxy buffers
 * until a DevTools window connects. Over a million-row export that is hundreds of megabytes of
 * base64 through two more processes, growth in the measured process and, twice seen, wrangler
 * tearing the runtime down mid-export. Cloudflare has no such session, so the benchmark turns
 * the domain off (through wrangler's inspector proxy, which passes the command to that session)
 * and disconnects before it measures.
 */
async function quietInspector(server: BenchServer) {
  const list = await fetch(`http://127.0.0.1:${server.inspectorPort}/json`);
  const url = ((await list.json()) as { webSocketDebuggerUrl?: string }[])[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error("wrangler's inspector proxy lists no Worker");
  // wrangler's own dependency `ws`: Node's built-in WebSocket is refused by wrangler's proxy.
  const WebSocket = (await import("ws" as string)).default as new (
    url: string,
  ) => {
    send(data: string): void;
    close(): void;
    on(type: string, fn: (data: unknown) => void): void;
  };
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.on("open", () => resolve());
    ws.on("error", () => reject(new Error(`cannot connect to ${url}`)));
  });
  await new Promise<void>((resolve, reject) => {
    ws.on("message", (data) => {
      if ((JSON.parse(String(data)) as { id?: number }).id === 1) resolve();
    });
    ws.send(JSON.stringify({ id: 1, method: "Network.disable" }));
    // Not answered: the measurement would not be what it says, so the benchmark stops.
    setTimeout(() => reject(new Error("wrangler's inspector proxy did not answer Network.disable")), 10_000);
  });
  ws.close();
}

export interface ExportDataOptions {
  rows: number;
  rounds: number;
}

export interface ExportData {
  rounds: number;
  rows: number;
  centres: number;
  seconds: number;
  /** The export's stored rows, written as each round's close writes them, and the time that took. */
  stored: { rows: number; seconds: number };
  databaseBytes: number;
}

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const newId = () => {
  const bytes = randomBytes(20);
  let out = "";
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
};

/** Published rounds of synthetic responses, two a year from 2010, in the demo network. */
/**
 * The export's stored rows of the synthetic rounds, made by the API's own `buildStoredPages` from
 * the rows just written, as the Worker writes them after each close (api/routes/research/export-pages.ts).
 * The demo network gets a research key first, as a network made through the API has from the start.
 */
async function storeExportRows(
  db: Database.Database,
  rounds: readonly { id: string; closedAt: string; centreIds: string[] }[],
): Promise<number> {
  db.prepare("UPDATE networks SET research_key = ? WHERE id = ? AND research_key IS NULL").run(
    newResearchKey(),
    DEMO_NETWORK_ID,
  );
  const key = db
    .prepare("SELECT research_key FROM networks WHERE id = ?")
    .pluck()
    .get(DEMO_NETWORK_ID) as string;
  const pseudonym = responsePseudonymWriter(key);
  const reader = sqliteReader(db);
  const insert = db.prepare(
    "INSERT INTO export_pages (round_id, centre_id, closed_at, seq, rows, teams, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  let rows = 0;
  for (const round of rounds)
    for (const centreId of round.centreIds) {
      let seq = 0;
      for await (const page of buildStoredPages(
        reader,
        round.id,
        BUILTIN_INSTRUMENT_ID,
        def,
        centreId,
        pseudonym,
      )) {
        insert.run(
          round.id,
          centreId,
          round.closedAt,
          seq++,
          page.rows,
          JSON.stringify(page.teams),
          page.body,
        );
        rows += page.rows;
      }
    }
  return rows;
}

/** D1's reader over better-sqlite3, for the API's own page queries (buildStoredPages). */
function sqliteReader(db: Database.Database): Reader {
  return {
    prepare: (sql: string) => {
      const statement = db.prepare(sql);
      return {
        bind: (...params: unknown[]) => ({
          first: async () => statement.get(...params) ?? null,
          all: async () => ({ results: statement.all(...params) }),
        }),
      };
    },
  } as unknown as Reader;
}

export async function prepareExportData(d1File: string, o: ExportDataOptions): Promise<ExportData> {
  const t0 = performance.now();
  const db = new Database(d1File);
  db.pragma("journal_mode = WAL");
  // A throw-away database: no need to wait for the disk.
  db.pragma("synchronous = OFF");
  const perRound = Math.ceil(o.rows / o.rounds);
  const insertRound = db.prepare(
    `INSERT INTO rounds (id, network_id, label, opens_on, closes_on, instrument_id, status, closed_at, published_at, data_version)
     VALUES (?, ?, ?, ?, ?, ?, 'published', ?, ?, 1)`,
  );
  const insertRoundCentre = db.prepare(
    "INSERT INTO round_centres (round_id, centre_id, invited) VALUES (?, ?, ?)",
  );
  const insertResponse = db.prepare(
    `INSERT INTO responses (id, round_id, centre_id, team_id, panel_code, answers, source, submitted_at)
     VALUES (?, ?, ?, ?, ?, ?, 'bench', ?)`,
  );
  // The API's own SQL for stored aggregates, collected instead of sent to D1.
  const collect = {
    prepare: (sql: string) => ({ bind: (...params: unknown[]) => ({ sql, params }) }),
  } as unknown as D1Database;
  const width = def.items.length + def.multipleChoice.options.length;
  let centresUsed = 0;
  const roundIds: { id: string; closedAt: string; centreIds: string[] }[] = [];
  for (let r = 0; r < o.rounds; r++) {
    const year = 2010 + Math.floor(r / 2);
    const opensOn = `${year}-${r % 2 === 0 ? "03" : "09"}-01`;
    const closesOn = `${year}-${r % 2 === 0 ? "03" : "09"}-28`;
    const centres = demoCentres.filter((c) => !c.leftOn || c.leftOn > opensOn);
    centresUsed = centres.length;
    // As many synthetic teams per centre as the smallest centre has, each one a real team.
    const teamsPerCentre = Math.min(...centres.map((c) => c.teams.length));
    const round = syntheticRound(def, {
      respondents: perRound,
      centres: centres.length,
      teamsPerCentre,
      missing: 0.03,
      noTeam: 0.05,
      seed: 1000 + r,
    });
    // The synthetic round's ids → the demo's centres and teams.
    const centreIds = centres.map((c) => c.id);
    const teamIds = centres.flatMap((c) =>
      Array.from({ length: teamsPerCentre }, (_, k) => `${c.id}-team-${k + 1}`),
    );
    const roundId = `bench-export-${String(r + 1).padStart(2, "0")}`;
    roundIds.push({ id: roundId, closedAt: `${closesOn}T16:00:00.000Z`, centreIds });
    const stamp = `${closesOn}T16:00:00.000Z`;
    const rows = aggregateRound(def, { ...round, centreIds, teamIds });
    db.transaction(() => {
      insertRound.run(
        roundId,
        DEMO_NETWORK_ID,
        `Export benchmark ${r + 1}`,
        opensOn,
        closesOn,
        BUILTIN_INSTRUMENT_ID,
        stamp,
        stamp,
      );
      const perCentre = new Map<string, number>();
      for (let i = 0; i < perRound; i++) {
        const centre = centreIds[round.centre[i] as number] as string;
        perCentre.set(centre, (perCentre.get(centre) ?? 0) + 1);
        const t = round.team[i] as number;
        insertResponse.run(
          newId(),
          roundId,
          centre,
          t < 0 ? null : teamIds[t],
          i % 10 === 0 ? `P${r}-${i}` : null,
          round.packed.subarray(i * width, (i + 1) * width),
          `${opensOn}T12:00:00.000Z`,
        );
      }
      for (const [centre, n] of perCentre) insertRoundCentre.run(roundId, centre, Math.round(n * 1.25));
      for (const s of aggregateStatements(collect, roundId, rows) as unknown as {
        sql: string;
        params: unknown[];
      }[])
        db.prepare(s.sql).run(...s.params);
    })();
  }
  const written = performance.now();
  const stored = await storeExportRows(db, roundIds);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return {
    rounds: o.rounds,
    rows: perRound * o.rounds,
    centres: centresUsed,
    seconds: (written - t0) / 1000,
    stored: { rows: stored, seconds: (performance.now() - written) / 1000 },
    databaseBytes: readFileSync(d1File).length,
  };
}

export interface ExportBench {
  export: string;
  rows: number;
  bytes: number;
  columns: number;
  seconds: number;
  firstByteMs: number;
  rowsPerSecond: number;
  floor: { rows: number; answerBytes: number; seconds: number; rowsPerSecond: number };
  memory: {
    pid: number | null;
    /** RSS right after the server started (before other benchmarks ran), if known. */
    rssAtStartKiB: number | null;
    rssBeforeKiB: number;
    rssPeakKiB: number;
    /** VmHWM at the end, after it was reset just before the export. */
    hwmKiB: number;
    hwmReset: boolean;
    /** Anonymous memory (heap, not file-backed pages such as a mapped database file). */
    anonBeforeKiB: number;
    anonPeakKiB: number;
  };
  /** The same export of the first rounds only (some 100,000 rows), just before. */
  small: { rows: number; seconds: number; memory: Omit<ExportBench["memory"], "rssAtStartKiB"> };
  /** The same rows as NDJSON, which is computed from the answers (the stored rows are CSV). */
  computed: { rows: number; bytes: number; seconds: number };
  /** The full export once more, right after the first: does the process grow again? */
  again: { rows: number; seconds: number; memory: Omit<ExportBench["memory"], "rssAtStartKiB"> };
  /**
   * The V8 heaps of the runtime's isolates (the Worker's, D1's Durable Object's), read through
   * workerd's own inspector before the exports and during and right after each; null where the
   * inspector could not be reached.
   */
  isolates: {
    ids: string[];
    before: Record<string, IsolateHeap | null>;
    small: IsolateReadings;
    full: IsolateReadings;
    again: IsolateReadings;
  } | null;
  /** CPU seconds each process used during the full export, by role. */
  cpu: [string, number][];
  suppressedHeader: string | null;
}

/** Per isolate: the highest heap readings (bytes) over the samples, and how many were answered during the export. */
export type IsolateReadings = Record<
  string,
  { usedSize: number; totalSize: number; backingStorageSize: number; answeredDuring: number }
>;

/**
 * Polls the isolates' heaps every 100 ms while an export runs (a sample is sent only when the
 * last one was answered: the runtime answers its inspector between tasks, and while it is busy
 * with an export it seldom does), then reads each once more right after the last byte.
 */
function isolateWatch(inspector: RuntimeInspector | null) {
  const readings: IsolateReadings = {};
  if (!inspector) return { stop: async () => null };
  let during = true;
  const take = (id: string, h: IsolateHeap | null) => {
    if (!h) return;
    readings[id] ??= { usedSize: 0, totalSize: 0, backingStorageSize: 0, answeredDuring: 0 };
    const r = readings[id];
    r.usedSize = Math.max(r.usedSize, h.usedSize);
    r.totalSize = Math.max(r.totalSize, h.totalSize);
    r.backingStorageSize = Math.max(r.backingStorageSize, h.backingStorageSize);
    if (during) r.answeredDuring++;
  };
  const inFlight = new Set<string>();
  const timer = setInterval(() => {
    for (const id of inspector.isolates) {
      if (inFlight.has(id)) continue;
      inFlight.add(id);
      void inspector.heap(id).then((h) => {
        inFlight.delete(id);
        take(id, h);
      });
    }
  }, 100);
  return {
    stop: async (): Promise<IsolateReadings> => {
      clearInterval(timer);
      during = false;
      const after = await Promise.all(inspector.isolates.map((id) => inspector.heap(id)));
      for (const [i, id] of inspector.isolates.entries()) take(id, after[i] ?? null);
      return readings;
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; 0 if it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat (11 and 12 after "pid (comm) "), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds of the server's processes and of this one (the client), to tell where an export's time goes. */
function cpuNow(server: BenchServer): Map<string, number> {
  const out = new Map<string, number>();
  const runtime = server.workerdPid();
  for (const p of server.members()) {
    const role =
      p.pid === runtime
        ? "workerd running the Worker and D1"
        : p.comm === "workerd"
          ? "workerd proxy (wrangler's, owns the port)"
          : `${p.comm} (wrangler)`;
    out.set(role, (out.get(role) ?? 0) + cpuSeconds(p.pid));
  }
  const own = process.cpuUsage();
  out.set("the client (this Node process)", (own.user + own.system) / 1e6);
  return out;
}

export function statusKiB(pid: number, field: "VmRSS" | "VmHWM" | "RssAnon" | "RssFile"): number {
  const text = readFileSync(`/proc/${pid}/status`, "utf8");
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text);
  return m ? Number(m[1]) : 0;
}

/** The floor: the same rows with one plain SELECT on the same D1 file. */
function floorSelect(d1File: string): ExportBench["floor"] {
  const db = new Database(d1File, { readonly: true });
  try {
    const net = db.prepare("SELECT min_group_size AS m FROM networks WHERE id = ?").get(DEMO_NETWORK_ID) as {
      m: number;
    };
    const min = Math.max(net.m, MIN_GROUP_SIZE_FLOOR);
    const select = db
      .prepare(
        `SELECT r.rowid, r.id, r.team_id, r.panel_code, r.answers
         FROM rounds ro
         JOIN aggregates a ON a.round_id = ro.id AND a.level = 'centre' AND a.metric = 'count' AND a.key = 'respondents' AND a.n >= ?
         JOIN responses r ON r.round_id = ro.id AND r.centre_id = a.centre_id
         WHERE ro.network_id = ? AND ro.status = 'published'`,
      )
      .raw();
    const t0 = performance.now();
    let rows = 0;
    let answerBytes = 0;
    for (const row of select.iterate(min, DEMO_NETWORK_ID) as Iterable<unknown[]>) {
      rows++;
      answerBytes += (row[4] as Buffer).length;
    }
    const seconds = (performance.now() - t0) / 1000;
    return { rows, answerBytes, seconds, rowsPerSecond: rows / seconds };
  } finally {
    db.close();
  }
}

/** One export's rows, bytes and timing, and the workerd process's memory during it. */
async function measuredExport(
  server: BenchServer,
  token: string,
  query: string,
  log: (line: string) => void,
  inspector: RuntimeInspector | null = null,
) {
  const { base } = server;
  const pid = server.workerdPid();
  let hwmReset = false;
  if (pid) {
    try {
      // "5" resets the peak RSS (VmHWM) of the process to its current RSS.
      writeFileSync(`/proc/${pid}/clear_refs`, "5");
      hwmReset = true;
    } catch {}
  }
  const rssBeforeKiB = pid ? statusKiB(pid, "VmRSS") : 0;
  const anonBeforeKiB = pid ? statusKiB(pid, "RssAnon") : 0;
  let rssPeakKiB = rssBeforeKiB;
  let anonPeakKiB = anonBeforeKiB;
  const rssTimer = setInterval(() => {
    if (!pid) return;
    rssPeakKiB = Math.max(rssPeakKiB, statusKiB(pid, "VmRSS"));
    anonPeakKiB = Math.max(anonPeakKiB, statusKiB(pid, "RssAnon"));
  }, 100);

  const isolates = isolateWatch(inspector);
  log(`export: GET /api/v1/networks/demo-network/export/responses?${query}`);
  const cpuBefore = cpuNow(server);
  const t0 = performance.now();
  const res = await fetch(`${base}/api/v1/networks/${DEMO_NETWORK_ID}/export/responses?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok || !res.body) throw new Error(`export: ${res.status} ${await res.text()}`);
  let firstByteMs = 0;
  let bytes = 0;
  let newlines = 0;
  let head = "";
  let lastByte = 0;
  let nextLog = 100_000;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    if (bytes === 0) firstByteMs = performance.now() - t0;
    if (head.length < 65536) head += Buffer.from(chunk.subarray(0, 65536)).toString("utf8");
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1)) newlines++;
    bytes += chunk.byteLength;
    lastByte = chunk[chunk.byteLength - 1] as number;
    if (newlines >= nextLog) {
      log(`export: ${newlines.toLocaleString("en")} lines, ${(bytes / 2 ** 20).toFixed(0)} MiB`);
      nextLog += 250_000;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(rssTimer);
  const heaps = await isolates.stop();
  const cpuAfter = cpuNow(server);
  const cpu = [...cpuAfter].map(([role, s]): [string, number] => [role, s - (cpuBefore.get(role) ?? 0)]);
  const hwmKiB = pid ? statusKiB(pid, "VmHWM") : 0;

  // Every line is a row (the header included): no exported value holds a line break.
  const lines = head.split("\r\n");
  const columns = (lines[0] ?? "").split(",").length;
  const firstRow = (lines[1] ?? "").split(",").length;
  if (firstRow !== columns) throw new Error(`export: header has ${columns} cells, first row ${firstRow}`);
  if (lastByte !== 10) throw new Error("export: the body does not end with a line break");
  return {
    rows: newlines - 1,
    bytes,
    columns,
    seconds,
    firstByteMs,
    suppressedHeader: res.headers.get("x-suppressed-rows"),
    cpu,
    heaps,
    memory: {
      pid,
      rssBeforeKiB,
      rssPeakKiB: Math.max(rssPeakKiB, hwmKiB),
      anonBeforeKiB,
      anonPeakKiB,
      hwmKiB,
      hwmReset,
    },
  };
}

export async function runExport(
  server: BenchServer,
  opts: { log?: (line: string) => void; rssAtStartKiB?: number | null; smallRounds?: string } = {},
): Promise<ExportBench> {
  const log = opts.log ?? (() => {});
  const { base } = server;
  const cookie = await signIn(base, "coordinator@example.org");
  const created = await fetch(`${base}/api/v1/networks/${DEMO_NETWORK_ID}/tokens`, {
    method: "POST",
    headers: { cookie, origin: base, "content-type": "application/json" },
    body: JSON.stringify({ name: "export benchmark" }),
  });
  if (created.status !== 201) throw new Error(`token: ${created.status} ${await created.text()}`);
  const { token } = (await created.json()) as { token: string };
  await quietInspector(server);
  // The isolates' own heaps, to tell the Worker's memory from the rest of the process (D1's
  // SQLite and the runtime's native memory live in the same process on local workerd).
  const pid = server.workerdPid();
  const inspector = pid
    ? await runtimeInspector(pid, server.inspectorPort).catch((err) => {
        log(`export: workerd's inspector not reached (${(err as Error).message}); isolate heaps not read`);
        return null;
      })
    : null;
  const before: Record<string, IsolateHeap | null> = {};
  for (const id of inspector?.isolates ?? []) before[id] = await (inspector as RuntimeInspector).heap(id);

  try {
    // First the first rounds only (some 100,000 rows), then all, then all once more: the Worker's
    // memory must not grow with the rows (nothing is kept per row), so the peaks should be close;
    // the second full export shows whether what the process gained in the first stays bounded.
    const small = await measuredExport(
      server,
      token,
      `format=csv&rounds=${opts.smallRounds ?? "bench-export-01,bench-export-02"}`,
      log,
      inspector,
    );
    const full = await measuredExport(server, token, "format=csv", log, inspector);
    log("export: the full export once more");
    const again = await measuredExport(server, token, "format=csv", log, inspector);
    if (again.rows !== full.rows || again.bytes !== full.bytes)
      throw new Error(
        `the second full export sent ${again.rows} rows, ${again.bytes} bytes; the first ${full.rows}, ${full.bytes}`,
      );
    log("export: the same rows as NDJSON (computed from the answers: the stored rows are CSV)");
    const computed = await timedNdjson(server, token);
    if (computed.rows !== full.rows)
      throw new Error(`the NDJSON export sent ${computed.rows} rows, the CSV ${full.rows}`);
    return await finishExport(server, full, small, again, computed, {
      isolates: inspector
        ? {
            ids: inspector.isolates,
            before,
            small: small.heaps ?? {},
            full: full.heaps ?? {},
            again: again.heaps ?? {},
          }
        : null,
      rssAtStartKiB: opts.rssAtStartKiB ?? null,
      log,
    });
  } finally {
    inspector?.close();
  }
}

type Measured = Awaited<ReturnType<typeof measuredExport>>;

/** The NDJSON export, timed to its last byte, its lines counted: no memory readings. */
async function timedNdjson(server: BenchServer, token: string): Promise<ExportBench["computed"]> {
  const t0 = performance.now();
  const res = await fetch(
    `${server.base}/api/v1/networks/${DEMO_NETWORK_ID}/export/responses?format=ndjson`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  if (!res.ok || !res.body) throw new Error(`ndjson export: ${res.status}`);
  let rows = 0;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
  }
  return { rows, bytes, seconds: (performance.now() - t0) / 1000 };
}

async function finishExport(
  server: BenchServer,
  full: Measured,
  small: Measured,
  again: Measured,
  computed: ExportBench["computed"],
  o: { isolates: ExportBench["isolates"]; rssAtStartKiB: number | null; log: (line: string) => void },
): Promise<ExportBench> {
  const { log } = o;
  const rows = full.rows;

  log("export: floor (plain SELECT of the same rows)");
  const floor = floorSelect(server.d1File);
  if (floor.rows !== rows) throw new Error(`export sent ${rows} rows, the floor SELECT found ${floor.rows}`);
  return {
    export: "responses",
    rows,
    bytes: full.bytes,
    columns: full.columns,
    seconds: full.seconds,
    firstByteMs: full.firstByteMs,
    rowsPerSecond: rows / full.seconds,
    floor,
    memory: { ...full.memory, rssAtStartKiB: o.rssAtStartKiB },
    small: { rows: small.rows, seconds: small.seconds, memory: small.memory },
    again: { rows: again.rows, seconds: again.seconds, memory: again.memory },
    computed,
    isolates: o.isolates,
    suppressedHeader: full.suppressedHeader,
    cpu: full.cpu,
  };
}
