/**
 * How much the fuzz sweep does: about 3,000 requests with a fixed seed in `npm test` (10,000 took
 * over half of the API tests' time); 100,000 or more, with a seed of its own, under `npm run test:fuzz`
 * (scripts/fuzz.ts provides both to the test).
 */
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Total fuzz runs over all routes. */
    fuzzRuns?: number;
    fuzzSeed?: number;
  }
}

export const FUZZ_RUNS = inject("fuzzRuns") ?? 3_000;
export const FUZZ_SEED = inject("fuzzSeed") ?? 20_310_301;
