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

const wrangler = (more: string[], stdout: "pipe" | "ignore") =>
  execFileSync("npx", ["wrangler", "d1", "execute", "DB", "--local", ...more, ...persist], {
    cwd: root,
    stdio: ["ignore", stdout, "inherit"],
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    encoding: "utf8",
  });

// Until December 2026 the demo's ids carried the centres' names (demo-borgerservice, …). A local
// database seeded then keeps that demo: the new rows would clash with it (same names, other ids).
const legacy = wrangler(
  ["--json", "--command", "SELECT id FROM centres WHERE id = 'demo-borgerservice'"],
  "pipe",
);
if (/demo-borgerservice/.test(legacy)) {
  console.log(
    "The local database holds the demo seeded before its ids lost the centres' names; it is kept as it is.\n" +
      "For the current demo, delete .wrangler/state and run npm start again.",
  );
  process.exit(0);
}

const dir = join(root, ".wrangler", "seed");
mkdirSync(dir, { recursive: true });
const file = join(dir, "demo.sql");
writeFileSync(file, `${(await demoSeedSql()).join("\n")}\n`);
wrangler(["--file", file], "ignore");
console.log("demo network seeded");
