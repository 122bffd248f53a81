/**
 * Every migration, in file-name order as wrangler applies them, run over a database that holds
 * data: from an empty database, apply one migration, put representative rows into every table
 * that exists at that point, apply the next, and so on; after each step every row put in before
 * must still be there with the same values (key columns and all). The migrations come from the
 * migrations folder (TEST_MIGRATIONS), so a new one is covered the day it is added.
 */
import { applyD1Migrations, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  emptyDatabase,
  insertRows,
  type Legacy,
  type Row,
  readRow,
  readTables,
  same,
} from "./migration-rows.ts";

/** Values that a migration rewrites on purpose (see the migration named in `until`). */
const LEGACY: Legacy[] = [
  {
    table: "action_items",
    column: "status",
    until: "0002_workshops",
    values: ["open", "done"],
    becomes: { open: "planned" },
  },
];

/**
 * Columns a migration drops on purpose, as "table.column": their values are not expected to
 * survive. Empty: no migration so far throws data away.
 */
const DROPPED = new Set<string>([]);

/** Facts derived from the data that must hold once a migration is in (and after every later one). */
const DERIVED = [
  {
    after: "0003_practices_fts",
    what: "every practice is in the full-text index",
    sql: "SELECT count(*) AS n FROM practices WHERE id NOT IN (SELECT practice_id FROM practices_fts)",
  },
];

// Not env.DB: that database is shared with the other test files of this workerd (vitest.config.ts
// runs the api project with isolate: false), and this test empties it. MIGRATIONS_DB is fresh.
const db = env.MIGRATIONS_DB;

const migrations = [...env.TEST_MIGRATIONS].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const applied = (name: string, upTo: number) =>
  migrations.slice(0, upTo + 1).some((m) => m.name.startsWith(name));

async function check(rows: Row[], upTo: number): Promise<string[]> {
  const problems: string[] = [];
  const tables = new Map((await readTables(db)).map((t) => [t.name, t]));
  for (const row of rows) {
    const now = await readRow(db, row).catch((e: Error) => {
      problems.push(`${row.table} ${JSON.stringify(row.key)} (generation ${row.generation}): ${e.message}`);
      return undefined;
    });
    if (now === undefined) continue;
    if (now === null) {
      problems.push(`${row.table} ${JSON.stringify(row.key)} (generation ${row.generation}) is gone`);
      continue;
    }
    const columns = new Set(tables.get(row.table)?.columns.map((c) => c.name));
    for (const [column, was] of Object.entries(row.values)) {
      if (!columns.has(column)) {
        if (!DROPPED.has(`${row.table}.${column}`))
          problems.push(
            `${row.table}.${column} is gone, with the values it held (generation ${row.generation})`,
          );
        continue;
      }
      const legacy = LEGACY.find(
        (l) =>
          l.table === row.table &&
          l.column === column &&
          applied(l.until, upTo) &&
          row.generation < at(l.until),
      );
      const expected = legacy && typeof was === "string" ? (legacy.becomes[was] ?? was) : was;
      if (!same(now[column], expected))
        problems.push(
          `${row.table}.${column} of ${JSON.stringify(row.key)} (generation ${row.generation}) was ${JSON.stringify(expected)}, is ${JSON.stringify(now[column])}`,
        );
    }
  }
  for (const d of DERIVED.filter((d) => applied(d.after, upTo))) {
    const n = (await db.prepare(d.sql).first<{ n: number }>())?.n;
    if (n !== 0) problems.push(`${d.what}: ${n} rows break it`);
  }
  return problems;
}

/** Index of the migration whose name starts with `name` (rows of generations before it are "old"). */
const at = (name: string) => migrations.findIndex((m) => m.name.startsWith(name));

describe("migrations over a database with data", () => {
  it("finds the migrations, in file-name order, and knows the ones the legacy rules name", () => {
    expect(migrations.length).toBeGreaterThan(0);
    for (const name of [...LEGACY.map((l) => l.until), ...DERIVED.map((d) => d.after)])
      expect(at(name), `${name} is not a migration`).toBeGreaterThanOrEqual(0);
  });

  it("keeps every row and value through every later migration", async () => {
    await emptyDatabase(db);
    const rows: Row[] = [];
    const report: string[] = [];
    for (const [i, migration] of migrations.entries()) {
      const before = await readTables(db);
      const counts = new Map<string, number>();
      for (const t of before)
        counts.set(
          t.name,
          (await db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).first<{ n: number }>())?.n ?? 0,
        );
      await applyD1Migrations(db, migrations.slice(0, i + 1));
      for (const p of await check(rows, i)) report.push(`after ${migration.name}: ${p}`);
      for (const [table, n] of counts) {
        const now = await db
          .prepare(`SELECT count(*) AS n FROM "${table}"`)
          .first<{ n: number }>()
          .catch(() => null);
        if (now && now.n < n)
          report.push(`after ${migration.name}: ${table} went from ${n} rows to ${now.n}`);
      }
      const legacy = LEGACY.filter((l) => i < at(l.until));
      rows.push(...(await insertRows(db, await readTables(db), i, legacy)));
    }
    expect(report, report.join("\n")).toEqual([]);
    // Every table got rows, from the generation of the migration that made it on.
    const tables = await readTables(db);
    expect(tables.filter((t) => !rows.some((r) => r.table === t.name)).map((t) => t.name)).toEqual([]);
  }, 120_000);
});
