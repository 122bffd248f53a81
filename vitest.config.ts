import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // A worker per core: vitest's default keeps one core back (cores - 1), which is one
          // worker on a two-core CI machine; two ran the unit tests in 16 s instead of 23.
          maxWorkers: "100%",
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            main: `${root}/api/index.ts`,
            wrangler: { configPath: `${root}/wrangler.toml` },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations(`${root}/migrations`),
                // Not the development value from wrangler.toml, which is refused off localhost.
                SESSION_SECRET: "api-tests-session-secret-not-the-development-one",
              },
              // A database of its own for tests/api/hardening/migrations.test.ts, which empties the
              // database it works on: DB is shared by the test files that run in the same workerd.
              d1Databases: { MIGRATIONS_DB: "api-tests-migrations" },
            },
          })),
        ],
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          // Generous: CI machines have 2 cores and the suites run many requests through workerd.
          testTimeout: 30_000,
          setupFiles: ["tests/api/setup.ts"],
          // One workerd (one Miniflare, one D1) per pool worker, reused by every file that worker
          // runs, instead of a fresh one per file: starting it took ~3 s a file, over 100 s of the
          // run. So files share a database: fixtures get ids of their own (tests/api/helpers.ts),
          // throttle counters start empty per file (tests/api/setup.ts), and the migration test
          // has its own database (MIGRATIONS_DB above).
          isolate: false,
          // A worker per core, not vitest's cores - 1: a worker mostly waits on its workerd, and
          // on a two-core machine two workers ran the API tests in 62 s instead of 88.
          maxWorkers: "100%",
        },
      },
      {
        test: {
          name: "smoke",
          include: ["tests/smoke/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/smoke/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One wrangler dev for the whole suite; the files share its data, so one at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/global-setup.ts"],
          setupFiles: ["tests/browser/setup.ts"],
          // On CI (a shared machine whose whole run lands or not) a failed browser test gets one
          // more try; a test that passes only then is named in the output (tests/browser/setup.ts),
          // with what its page showed, so a flake is seen and mended, not hidden.
          retry: process.env.CI ? 1 : 0,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          isolate: false,
        },
      },
    ],
  },
});
