/**
 * The real D1 binding with a witness: every statement the Worker runs goes to D1 as it is, and
 * each one that wrote rows (an INSERT, UPDATE or DELETE whose result counts changes) is noted with
 * its table. A batch that fails is rolled back by D1 and noted as nothing. So after a request the
 * notes say what it committed, at no cost to the database.
 *
 * (Triggers would be the other way to watch, but D1 counts rows written by triggers in
 * `meta.changes`, which the API's "exactly one row changed" checks read: they would break.)
 */

export interface Write {
  table: string;
  changes: number;
  sql: string;
}

const WRITE = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|replace|update|delete)\b/i;
const TABLE =
  /\b(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+["`[]?([\w]+)/i;

function tableOf(sql: string): string | null {
  if (!WRITE.test(sql)) return null;
  return TABLE.exec(sql)?.[1] ?? "(unknown)";
}

type Note = (sql: string, changes: number | null) => void;

class Statement {
  constructor(
    readonly real: D1PreparedStatement,
    readonly sql: string,
    private readonly note: Note,
  ) {}

  bind(...values: unknown[]): Statement {
    return new Statement(this.real.bind(...values), this.sql, this.note);
  }

  async run<T>(): Promise<D1Result<T>> {
    const r = await this.real.run<T>();
    this.note(this.sql, r.meta?.changes ?? null);
    return r;
  }

  async all<T>(): Promise<D1Result<T>> {
    const r = await this.real.all<T>();
    this.note(this.sql, r.meta?.changes ?? null);
    return r;
  }

  async first<T>(column?: string): Promise<T | null> {
    const r = column === undefined ? await this.real.first<T>() : await this.real.first<T>(column);
    // No count comes back: a write that returned a row (RETURNING) wrote it.
    if (r !== null) this.note(this.sql, null);
    return r;
  }

  async raw<T>(options?: { columnNames?: boolean }): Promise<T[]> {
    const r = (await this.real.raw<T>(options as { columnNames: true })) as T[];
    if (r.length) this.note(this.sql, null);
    return r;
  }
}

const unwrap = (s: unknown) => (s instanceof Statement ? s.real : (s as D1PreparedStatement));

function observeSource<T extends Pick<D1Database, "prepare" | "batch">>(target: T, note: Note): T {
  return new Proxy(target, {
    get(t, prop) {
      if (prop === "prepare") return (sql: string) => new Statement(t.prepare(sql), sql, note);
      if (prop === "batch")
        return async (statements: unknown[]) => {
          const results = await t.batch(statements.map(unwrap));
          results.forEach((r, i) => {
            const s = statements[i];
            if (s instanceof Statement) note(s.sql, r.meta?.changes ?? null);
          });
          return results;
        };
      if (prop === "withSession")
        return (...args: unknown[]) =>
          observeSource((t as unknown as D1Database).withSession(...(args as [string])), note);
      const v = Reflect.get(t, prop);
      return typeof v === "function" ? v.bind(t) : v;
    },
  });
}

/** `db` with every committed write noted in `writes`. */
export function observe(db: D1Database, writes: Write[]): D1Database {
  return observeSource(db, (sql, changes) => {
    const table = tableOf(sql);
    if (table && (changes === null || changes > 0)) writes.push({ table, changes: changes ?? 1, sql });
  });
}
