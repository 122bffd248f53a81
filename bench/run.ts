// `npm run bench`: scores and aggregates a synthetic round of 10,000 respondents with
// aggregateRound and with three comparisons, checks they agree, and writes bench/BENCHMARKS.md.
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
import { longRound } from "./long-table.ts";
import { sqliteAggregate, sqliteDatabase, sqliteStatements } from "./sqlite-aggregate.ts";
import { syntheticRound } from "./synthetic-round.ts";
import { measure, measureInterleaved, type Timing } from "./timing.ts";
import { benchmarksMarkdown, withScoringSection } from "./write-results.ts";

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

const log = (line: string) => process.stdout.write(`${line}\n`);

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
  command: "npm run bench",
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
const file = join(import.meta.dirname, "BENCHMARKS.md");
writeFileSync(file, withScoringSection(existsSync(file) ? readFileSync(file, "utf8") : null, markdown));
// The linter formats Markdown too (aligned tables); let it lay the file out rather than imitate it.
const biome = join(import.meta.dirname, "..", "node_modules", "@biomejs", "biome", "bin", "biome");
execFileSync(process.execPath, [biome, "format", "--write", file], { stdio: "ignore" });
log(`written bench/BENCHMARKS.md (checksum ${sink % 997})`);
