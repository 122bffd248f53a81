/**
 * The fuzz sweep with more runs than `npm test` gives it: `npm run fuzz` (100,000 requests),
 * `FUZZ_RUNS=500000 npm run fuzz`, or `npm run fuzz -- --runs 50000 --seed 42` to replay a seed.
 * A seed is drawn at random unless given, and printed, so that a failure can be repeated.
 */
import { parseArgs } from "node:util";
import { startVitest } from "vitest/node";

const { values } = parseArgs({
  options: { runs: { type: "string" }, seed: { type: "string" } },
});
const runs = Number(values.runs ?? process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(values.seed ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run fuzz -- [--runs N] [--seed S]  (or FUZZ_RUNS, FUZZ_SEED)");
  process.exit(2);
}
console.log(`fuzz: ${runs} runs, seed ${seed}`);
const vitest = await startVitest("test", ["tests/api/hardening/fuzz.test.ts"], {
  project: ["api"],
  run: true,
  watch: false,
  provide: { fuzzRuns: runs, fuzzSeed: seed },
});
await vitest?.close();
process.exit(process.exitCode ?? (vitest?.state.getCountOfFailedTests() ? 1 : 0));
