/**
 * What the database holds, cheaply: per table its row count and the total length of every value
 * quoted (so an UPDATE that changes a value almost always changes it too). One query for all tables.
 * Used to check that a refused request left nothing behind.
 */
import { env } from "cloudflare:test";

/** Counters a refused request may move: throttles and the audit trail of failures. */
const IGNORED = new Set(["rate_limits", "audit_log", "d1_migrations", "sqlite_sequence"]);
/**
 * Rows a request may touch without changing anything anyone owns: a session's renewal stamp, a
 * token's last use. Their count still has to stay.
 */
const COUNT_ONLY = new Set(["sessions", "api_tokens"]);

export type Snapshot = Map<string, string>;

let query: Promise<{ sql: string; tables: string[] }> | null = null;

async function build(): Promise<{ sql: string; tables: string[] }> {
  const { results } = await env.DB.prepare(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name",
  ).all<{ name: string; sql: string | null }>();
  const virtual = results.filter((t) => /CREATE VIRTUAL TABLE/i.test(t.sql ?? "")).map((t) => t.name);
  // FTS5 keeps its index in shadow tables (<name>_data, _idx, …); the virtual table stands for them.
  const shadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
  const tables = results
    .map((t) => t.name)
    .filter((n) => !IGNORED.has(n) && !n.startsWith("_cf_") && !n.startsWith("sqlite_") && !shadow(n));
  const parts: string[] = [];
  for (const t of tables) {
    const cols = (await env.DB.prepare(`SELECT name FROM pragma_table_info('${t}')`).all<{ name: string }>())
      .results;
    const content =
      COUNT_ONLY.has(t) || cols.length === 0
        ? "0"
        : `total(${cols.map((c) => `length(quote("${c.name}"))`).join(" + ")})`;
    parts.push(`(SELECT count(*) || ':' || ${content} FROM "${t}") AS "${t}"`);
  }
  return { sql: `SELECT ${parts.join(", ")}`, tables };
}

export async function snapshot(): Promise<Snapshot> {
  query ??= build();
  const { sql, tables } = await query;
  const row = (await env.DB.prepare(sql).raw())[0] as unknown[];
  return new Map(tables.map((t, i) => [t, String(row[i])]));
}

/** Tables whose count or content differ, as "table: before → after". */
export function changes(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [t, v] of after) if (before.get(t) !== v) out.push(`${t}: ${before.get(t)} → ${v}`);
  return out;
}
