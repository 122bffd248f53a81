import { applyD1Migrations, env } from "cloudflare:test";

// The real migrations make the schema. The project runs with `isolate: false` (vitest.config.ts):
// the files a pool worker runs, one after another, share its database, so this is a no-op after the
// first file (applyD1Migrations skips migrations already recorded).
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// Throttle counters would carry over from one file to the next: many are keyed by client address,
// which is "local" for every request that names none, so a file that uses up the 400 misses of
// "local" (workshops.test.ts does, on purpose) got a later file's wrong codes answered with 429.
// Each file starts with none, as it did with a database of its own; within a file they count as
// before. Files of one pool worker run one after another, so no other file's counters are cleared.
await env.DB.prepare("DELETE FROM rate_limits").run();
