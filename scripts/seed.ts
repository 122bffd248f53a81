/**
 * Seeds the demo network into a local D1, once: every row has a fixed id and goes in with
 * INSERT OR IGNORE, so a second run changes nothing and a demo someone has edited stays edited.
 * Usage: tsx scripts/seed.ts [--persist-to DIR]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { demoSeedSql } from "./demo/seed-sql.ts";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const persistAt = args.indexOf("--persist-to");
const persist = persistAt >= 0 ? ["--persist-to", args[persistAt + 1]] : [];

const dir = join(root, ".wrangler", "seed");
mkdirSync(dir, { recursive: true });
const file = join(dir, "demo.sql");
writeFileSync(file, `${(await demoSeedSql()).join("\n")}\n`);
execFileSync("npx", ["wrangler", "d1", "execute", "DB", "--local", "--file", file, ...persist], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false" },
});
console.log("demo network seeded");
