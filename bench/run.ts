// `npm run bench`: every benchmark, each writing its own section of bench/BENCHMARKS.md.
//   scoring: scores and aggregates a synthetic round of 10,000 respondents with aggregateRound and
//            with three comparisons, checks they agree (no server);
//   load:    load test of the API on local workerd (bench/http/load.ts);
//   import:  10,000 responses imported through the API (bench/http/import.ts);
//   export:  1,000,000 rows exported through the research API (bench/http/export.ts);
//   room:    ballot-to-projector latency with 40 phones, over the live room's WebSocket and over
//            the polling fallback (bench/http/room-latency.ts); then a workshop hour, compressed,
//            with the room's billable events counted, and its cost (bench/http/room-cost.ts);
//   report-open: a centre's report opened in Chromium: time to first table, sequential round
//            trips, language chunks (bench/http/report-open.ts).
// `npm run bench -- --only load,import` runs some of them (`http` = load, import, export, room and
// report-open).
// The HTTP benchmarks run against throw-away `wrangler dev` servers: one for the load test, the
// import and the room, one with the export's million rows.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, totalmem } from "node:os";
import { join } from "node:path";
import { builtinInstrument as def } from "../shared/instrument/builtin/index.ts";
import { aggregateRound } from "../shared/scoring/aggregate-round.ts";
import { amicaFigures } from "./amica-aggregate.ts";
import { arqueroAggregate, arqueroInput } from "./arquero-aggregate.ts";
import { sumPacked } from "./floor.ts";
import { compareFigures } from "./group-figures.ts";
import { type ExportData, prepareExportData, runExport, statusKiB } from "./http/export.ts";
import { runImport } from "./http/import.ts";
import { runLoad } from "./http/load.ts";
import { reportOpenMarkdown, runReportOpen } from "./http/report-open.ts";
import { exportMarkdown, importMarkdown, loadMarkdown } from "./http/results.ts";
import { meterReader, runRoomCost } from "./http/room-cost.ts";
import { runRoomLatency } from "./http/room-latency.ts";
import { roomMarkdown } from "./http/room-results.ts";
import { type BenchServer, startServer } from "./http/server.ts";
import { longRound } from "./long-table.ts";
import { load1, provenance, runInfo, withSection } from "./sections.ts";
import { sqliteAggregate, sqliteDatabase, sqliteStatements } from "./sqlite-aggregate.ts";
import { syntheticRound } from "./synthetic-round.ts";
import { measure, measureInterleaved, type Timing } from "./timing.ts";
import { benchmarksMarkdown, withScoringSection } from "./write-results.ts";

const PARTS = ["scoring", "load", "import", "export", "room", "report-open"] as const;
type Part = (typeof PARTS)[number];

function chosenParts(argv: string[]): Set<Part> {
  const names: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === "--only" && argv[i + 1]) names.push(...(argv[i + 1] as string).split(","));
    else if (arg.startsWith("--only=")) names.push(...arg.slice("--only=".length).split(","));
  });
  if (names.length === 0) return new Set(PARTS);
  const parts = new Set<Part>();
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    if (name === "http")
      for (const p of ["load", "import", "export", "room", "report-open"] as const) parts.add(p);
    else if ((PARTS as readonly string[]).includes(name)) parts.add(name as Part);
    else
      throw new Error(`unknown benchmark ${JSON.stringify(name)}: choose from ${PARTS.join(", ")} or http`);
  }
  return parts;
}

const parts = chosenParts(process.argv.slice(2));
const command =
  process.argv.length > 2 ? `npm run bench -- ${process.argv.slice(2).join(" ")}` : "npm run bench";
const file = join(import.meta.dirname, "BENCHMARKS.md");
const log = (line: string) => process.stdout.write(`${line}\n`);

/** Replaces one section of BENCHMARKS.md at once, so a later failure keeps what was measured. */
function writeSection(update: (existing: string | null) => string) {
  writeFileSync(file, update(existsSync(file) ? readFileSync(file, "utf8") : null));
  // The linter formats Markdown too (aligned tables); let it lay the file out rather than imitate it.
  const biome = join(import.meta.dirname, "..", "node_modules", "@biomejs", "biome", "bin", "biome");
  execFileSync(process.execPath, [biome, "format", "--write", file], { stdio: "ignore" });
}

function scoring() {
  const loadAtStart = loadavg()[0] ?? 0;
  const options = {
    respondents: 10_000,
    centres: 8,
    teamsPerCentre: 5,
    missing: 0.03,
    noTeam: 0.05,
    seed: 2007,
  };
  const fastRuns = Number(process.env.BENCH_RUNS ?? 101);
  const slowRuns = Number(process.env.BENCH_SLOW_RUNS ?? 7);

  const round = syntheticRound(def, options);
  log(`round: ${round.count} respondents × ${def.items.length} items, ${round.packed.length} packed bytes`);

  const long = longRound(def, round);
  const tables = arqueroInput(long);
  const db = sqliteDatabase(long);
  const statements = sqliteStatements(db);
  log(
    `long form: ${long.answers.respondent.length} answer rows, ${long.choices.respondent.length} choice rows`,
  );

  // The comparisons must compute the same figures, or their timings mean nothing.
  const ours = amicaFigures(def, aggregateRound(def, round));
  const agreement = {
    arquero: compareFigures(ours, arqueroAggregate(tables)),
    sqlite: compareFigures(ours, sqliteAggregate(statements)),
  };
  for (const [name, result] of Object.entries(agreement)) {
    if (typeof result === "string" || result > 1e-6)
      throw new Error(`${name} disagrees with aggregateRound: ${result}`);
    log(`${name} agrees with aggregateRound (largest difference ${result.toExponential(1)})`);
  }

  let sink = 0;
  const [amica, floor] = measureInterleaved(
    {
      aggregateRound: () => {
        sink += aggregateRound(def, round).length;
      },
      floor: () => {
        sink += sumPacked(round.packed);
      },
    },
    fastRuns,
  ) as [Timing, Timing];
  log(`aggregateRound: median ${amica.median.toFixed(2)} ms; floor: median ${floor.median.toFixed(2)} ms`);
  const arquero = measure("arquero", () => arqueroAggregate(tables), slowRuns, 1);
  log(`arquero: median ${arquero.median.toFixed(1)} ms`);
  const sqlite = measure("sqlite", () => sqliteAggregate(statements), slowRuns, 1);
  log(`sqlite: median ${sqlite.median.toFixed(1)} ms`);
  db.close();

  const cpu = cpus();
  const markdown = benchmarksMarkdown({
    date: new Date().toISOString(),
    command,
    machine: `${cpu[0]?.model ?? "unknown CPU"} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()}`,
    node: process.version,
    load: `${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end (1-minute load average, ${cpu.length} CPUs)`,
    options,
    items: def.items.length,
    width: round.packed.length / round.count,
    answerRows: long.answers.respondent.length,
    choiceRows: long.choices.respondent.length,
    timings: { amica, floor, arquero, sqlite },
  });
  writeSection((existing) => withScoringSection(existing, markdown));
  log(`written bench/BENCHMARKS.md (checksum ${sink % 997})`);
}

const envNumber = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/** Runs `body` against a throw-away server and stops the server whatever happens. */
async function withServer(
  options: Parameters<typeof startServer>[0],
  body: (server: BenchServer) => Promise<void>,
) {
  const server = await startServer(options);
  const stop = () => {
    server.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await body(server);
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await server.stop();
  }
}

/** The load test, the import and the room share a server with the demo only; the export gets its own. */
async function http() {
  if (parts.has("report-open")) {
    // The browser loads the built SPA from dist/: build it from the code as it is now.
    log("report-open: building the SPA");
    const vite = join(import.meta.dirname, "..", "node_modules", "vite", "bin", "vite.js");
    execFileSync(process.execPath, [vite, "build", "--logLevel", "warn"], { stdio: "inherit" });
  }
  if (parts.has("load") || parts.has("import") || parts.has("room") || parts.has("report-open")) {
    // The room's cost is read from the Worker's meter lines (api/rooms/meter.ts), on only for it.
    const meter = meterReader();
    const metering = parts.has("room") ? { vars: { ROOM_METER: "1" }, onOutput: meter.onOutput } : {};
    await withServer({ log, ...metering }, async (server) => {
      if (parts.has("load")) {
        const sectionStart = load1();
        const run = await runLoad(server, {
          seconds: envNumber("BENCH_LOAD_SECONDS", 4),
          rounds: envNumber("BENCH_LOAD_ROUNDS", 4),
          log,
        });
        writeSection((existing) =>
          withSection(existing, "load", loadMarkdown(run, runInfo(command, sectionStart))),
        );
        log("written the load test to bench/BENCHMARKS.md");
      }
      if (parts.has("import")) {
        const sectionStart = load1();
        const result = await runImport(server, { runs: envNumber("BENCH_IMPORT_RUNS", 3), log });
        writeSection((existing) =>
          withSection(existing, "import", importMarkdown(result, runInfo(command, sectionStart))),
        );
        log("written the import benchmark to bench/BENCHMARKS.md");
      }
      if (parts.has("room")) {
        const sectionStart = load1();
        const run = await runRoomLatency(server, {
          phones: envNumber("BENCH_ROOM_PHONES", 40),
          rounds: envNumber("BENCH_ROOM_ROUNDS", 2),
          log,
        });
        const cost = await runRoomCost(server, meter.events, {
          phones: envNumber("BENCH_ROOM_PHONES", 40),
          compress: envNumber("BENCH_ROOM_COMPRESS", 60),
          log,
        });
        writeSection((existing) =>
          withSection(existing, "room", roomMarkdown(run, cost, runInfo(command, sectionStart))),
        );
        log("written the room latency benchmark to bench/BENCHMARKS.md");
      }
      if (parts.has("report-open")) {
        const sectionStart = load1();
        const result = await runReportOpen(server, { runs: envNumber("BENCH_REPORT_RUNS", 5), log });
        const text = provenance(runInfo(command, sectionStart), "bench/run.ts, bench/http/report-open.ts");
        writeSection((existing) => withSection(existing, "report-open", reportOpenMarkdown(result, text)));
        log("written the report-open benchmark to bench/BENCHMARKS.md");
      }
    });
  }
  if (parts.has("export")) {
    const exportOptions = {
      rows: envNumber("BENCH_EXPORT_ROWS", 1_000_000),
      rounds: envNumber("BENCH_EXPORT_ROUNDS", 20),
    };
    // The section's load average covers the whole part, from writing the data on.
    const sectionStart = load1();
    let data: ExportData | null = null;
    const prepare = async (d1File: string) => {
      log(`export: writing ${exportOptions.rows.toLocaleString("en")} responses into the local D1`);
      const written = await prepareExportData(d1File, exportOptions);
      data = written;
      log(
        `export: ${written.rows.toLocaleString("en")} responses written in ${written.seconds.toFixed(0)} s, ` +
          `their export rows stored in ${written.stored.seconds.toFixed(0)} s`,
      );
    };
    await withServer({ log, prepare }, async (server) => {
      const workerd = server.workerdPid();
      const rssAtStartKiB = workerd ? statusKiB(workerd, "VmRSS") : null;
      const result = await runExport(server, { log, rssAtStartKiB });
      writeSection((existing) =>
        withSection(existing, "export", exportMarkdown(result, data, runInfo(command, sectionStart))),
      );
      log("written the export benchmark to bench/BENCHMARKS.md");
    });
  }
}

const started = performance.now();
if (parts.has("scoring")) scoring();
if ([...parts].some((p) => p !== "scoring")) await http();
log(`bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
