import type { D1Migration } from "cloudflare:test";
import type { Bindings } from "../../api/env.ts";

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      TEST_MIGRATIONS: D1Migration[];
      /** An empty database for the migration test alone (vitest.config.ts). */
      MIGRATIONS_DB: D1Database;
    }
  }
}
