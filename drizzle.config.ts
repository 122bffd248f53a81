import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./api/db/schema.ts",
  out: "./migrations",
  // wrangler applies migrations in file-name order, and the early history skipped 0001, so an index
  // prefix (the journal's length) would sort a new file before 0004/0005. A timestamp sorts last.
  migrations: { prefix: "timestamp" },
});
