/**
 * How much the fuzz sweep does: about 10,000 requests with a fixed seed in `npm test`; more, with a
 * seed of its own, under `npm run fuzz` (scripts/fuzz.ts provides both to the test).
 */
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Total fuzz runs over all routes. */
    fuzzRuns?: number;
    fuzzSeed?: number;
  }
}

export const FUZZ_RUNS = inject("fuzzRuns") ?? 10_400;
export const FUZZ_SEED = inject("fuzzSeed") ?? 20_310_301;
