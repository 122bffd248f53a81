import { applyD1Migrations, env } from "cloudflare:test";

// Every test file gets its own database; the real migrations make its schema.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
