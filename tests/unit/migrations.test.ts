// The migration history is applied by wrangler in file-name order. These tests run drizzle-kit in a
// throw-away copy of the project: an unchanged schema must generate nothing, and a probe table must
// generate exactly one file that sorts after every existing migration and touches only the probe.
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

function sqlFiles(dir: string): string[] {
  return readdirSync(join(dir, "migrations"))
    .filter((f) => f.endsWith(".sql"))
    .sort();
}

function generate(dir: string, ...args: string[]): void {
  execFileSync(join(root, "node_modules/.bin/drizzle-kit"), ["generate", ...args], {
    cwd: dir,
    stdio: "pipe",
    timeout: 120_000,
  });
}

// drizzle-kit starts a Node process per run: seconds on a busy machine, so no 5 s unit-test budget.
describe("migrations", { timeout: 120_000 }, () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "amica-migrations-"));
    for (const part of ["api/db", "migrations"])
      cpSync(join(root, part), join(dir, part), { recursive: true });
    cpSync(join(root, "drizzle.config.ts"), join(dir, "drizzle.config.ts"));
    cpSync(join(root, "package.json"), join(dir, "package.json"));
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the journal lists every migration file, the hand-written ones included", () => {
    const journal = JSON.parse(readFileSync(join(root, "migrations/meta/_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    };
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(sqlFiles(root));
  });

  it("an unchanged schema generates no migration", () => {
    const before = sqlFiles(dir);
    generate(dir);
    expect(sqlFiles(dir)).toEqual(before);
  });

  it("a new table generates one migration that sorts last and touches only that table", () => {
    const before = sqlFiles(dir);
    appendFileSync(
      join(dir, "api/db/schema.ts"),
      '\nexport const migrationProbe = sqliteTable("migration_probe", { id: text("id").primaryKey() });\n',
    );
    generate(dir, "--name", "migration_probe");
    const after = sqlFiles(dir);
    const added = after.filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(after.at(-1)).toBe(added[0]);
    const sql = readFileSync(join(dir, "migrations", added[0] as string), "utf8");
    const statements = sql
      .split("--> statement-breakpoint")
      .map((s) => s.trim())
      .filter(Boolean);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(statement).toMatch(/`migration_probe`/);
  });
});
