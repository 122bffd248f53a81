/**
 * Representative rows for whatever tables a database holds, read from the database itself
 * (sqlite_master, table_info, foreign_key_list), so that a table or column a new migration adds
 * gets rows too. Values follow the drizzle schema where it knows the column (enums, JSON, booleans)
 * and the column's name otherwise (`_on` dates, `_at` instants); foreign keys point at the rows of
 * the same batch, parents first.
 */
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "../../../api/db/schema.ts";

export interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

export interface Table {
  name: string;
  columns: Column[];
  fks: { table: string; from: string; to: string | null }[];
  /** Primary key columns, in key order ("rowid" for tables without one). */
  key: string[];
}

/** A row as inserted: its table, its key values, and every value. */
export interface Row {
  table: string;
  generation: number;
  key: Record<string, unknown>;
  values: Record<string, unknown>;
}

/**
 * Values a column held before a migration rewrote them on purpose: rows made before `until` is
 * applied use `values`; once it is, a value listed in `becomes` reads as its new value.
 */
export interface Legacy {
  table: string;
  column: string;
  until: string;
  values: string[];
  becomes: Record<string, string>;
}

const known = new Map<string, Map<string, { enumValues?: string[]; json: boolean; bool: boolean }>>();
for (const t of Object.values(schema)) {
  if (!t || typeof t !== "object" || !(Symbol.for("drizzle:IsDrizzleTable") in t)) continue;
  const config = getTableConfig(t as SQLiteTable);
  known.set(
    config.name,
    new Map(
      config.columns.map((c) => [
        c.name,
        {
          enumValues: c.enumValues?.length ? [...c.enumValues] : undefined,
          json: c.columnType.endsWith("Json"),
          bool: c.columnType === "SQLiteBoolean",
        },
      ]),
    ),
  );
}

const IGNORED = (name: string) =>
  name.startsWith("sqlite_") || name.startsWith("_cf_") || name === "d1_migrations";

export async function readTables(db: D1Database): Promise<Table[]> {
  const { results } = await db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all<{ name: string; sql: string | null }>();
  const virtual = results.filter((t) => /CREATE VIRTUAL TABLE/i.test(t.sql ?? "")).map((t) => t.name);
  const tables: Table[] = [];
  for (const { name } of results) {
    if (IGNORED(name) || virtual.includes(name) || virtual.some((v) => name.startsWith(`${v}_`))) continue;
    const columns = (await db.prepare(`SELECT * FROM pragma_table_info('${name}')`).all<Column>()).results;
    const fks = (
      await db
        .prepare(`SELECT "table", "from", "to" FROM pragma_foreign_key_list('${name}')`)
        .all<{ table: string; from: string; to: string | null }>()
    ).results;
    const key = columns
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    tables.push({ name, columns, fks, key: key.length ? key : ["rowid"] });
  }
  return parentsFirst(tables);
}

function parentsFirst(tables: Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: Table[] = [];
  const seen = new Set<string>();
  const visit = (t: Table) => {
    if (seen.has(t.name)) return;
    seen.add(t.name);
    for (const fk of t.fks) {
      const parent = byName.get(fk.table);
      if (parent && parent !== t) visit(parent);
    }
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

const isAutoKey = (t: Table, c: Column) => t.key.length === 1 && c.pk === 1 && /^integer$/i.test(c.type);

function value(t: Table, c: Column, generation: number, variant: number, legacy: Legacy[]): unknown {
  const old = legacy.find((l) => l.table === t.name && l.column === c.name);
  if (old) return old.values[variant % old.values.length];
  const info = known.get(t.name)?.get(c.name);
  const tag = `g${generation}v${variant}`;
  if (info?.enumValues) return info.enumValues[(generation + variant) % info.enumValues.length];
  if (info?.json) return JSON.stringify([`${tag}-${c.name}`]);
  if (info?.bool) return variant;
  const type = c.type.toUpperCase();
  if (type.includes("INT")) return generation * 10 + variant + 1;
  if (type.includes("REAL") || type.includes("FLOA") || type.includes("DOUB"))
    return generation + variant / 2 + 0.25;
  if (type.includes("BLOB")) return new Uint8Array([generation, variant, 1, 2, 3]);
  if (c.name.endsWith("_on")) return `203${generation % 10}-0${variant + 1}-15`;
  if (c.name.endsWith("_at")) return `203${generation % 10}-0${variant + 1}-15T10:00:00.000Z`;
  return `${tag}-${t.name}-${c.name}`;
}

/**
 * Two rows per table (variants 0 and 1, so that enums show more than one value), each child
 * pointing at the parents of its own variant. `legacy` lists the columns whose old values apply now.
 */
export async function insertRows(
  db: D1Database,
  tables: Table[],
  generation: number,
  legacy: Legacy[],
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const variant of [0, 1]) {
    const mine = new Map<string, Record<string, unknown>>();
    for (const t of tables) {
      const values: Record<string, unknown> = {};
      for (const c of t.columns) {
        if (isAutoKey(t, c)) continue;
        const fk = t.fks.find((f) => f.from === c.name);
        const parent = fk ? mine.get(fk.table) : undefined;
        if (fk && parent) values[c.name] = parent[fk.to ?? "id"] ?? parent.id;
        else if (fk && !c.notnull) values[c.name] = null;
        else values[c.name] = value(t, c, generation, variant, legacy);
      }
      const names = Object.keys(values);
      const inserted = await db
        .prepare(
          `INSERT INTO "${t.name}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${names.map(() => "?").join(", ")}) RETURNING rowid AS _rowid, *`,
        )
        .bind(...names.map((n) => values[n]))
        .first<Record<string, unknown>>();
      if (!inserted) throw new Error(`no row inserted into ${t.name}`);
      const { _rowid, ...stored } = inserted;
      mine.set(t.name, stored);
      const key = Object.fromEntries(t.key.map((k) => [k, k === "rowid" ? _rowid : stored[k]]));
      rows.push({ table: t.name, generation, key, values: stored });
    }
  }
  return rows;
}

/** The same row now, or null if it is gone. */
export async function readRow(db: D1Database, row: Row): Promise<Record<string, unknown> | null> {
  const keys = Object.keys(row.key);
  return db
    .prepare(`SELECT * FROM "${row.table}" WHERE ${keys.map((k) => `"${k}" = ?`).join(" AND ")}`)
    .bind(...keys.map((k) => row.key[k]))
    .first<Record<string, unknown>>();
}

/** Drops everything the migrations made, so that they can run again from the start. */
export async function emptyDatabase(db: D1Database): Promise<void> {
  const { results } = await db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view', 'table')")
    .all<{ type: string; name: string; sql: string | null }>();
  const drops: string[] = [];
  for (const o of results.filter((o) => o.type !== "table"))
    drops.push(`DROP ${o.type.toUpperCase()} "${o.name}"`);
  const virtual = results.filter((o) => /CREATE VIRTUAL TABLE/i.test(o.sql ?? "")).map((o) => o.name);
  for (const v of virtual) drops.push(`DROP TABLE "${v}"`);
  const tables = await readTables(db);
  for (const t of [...tables].reverse()) drops.push(`DROP TABLE "${t.name}"`);
  drops.push("DROP TABLE IF EXISTS d1_migrations");
  await db.batch(drops.map((sql) => db.prepare(sql)));
}

export const same = (a: unknown, b: unknown) => JSON.stringify(normal(a)) === JSON.stringify(normal(b));
const normal = (v: unknown) =>
  v instanceof ArrayBuffer ? [...new Uint8Array(v)] : v instanceof Uint8Array ? [...v] : v;
