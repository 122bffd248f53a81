/**
 * A drizzle query as a raw D1 statement, so that a change and its audit entry (or any mix of
 * statements) go into one `d1.batch()`: one transaction, nothing half-written.
 */
export function statement(
  d1: D1Database,
  query: { toSQL(): { sql: string; params: unknown[] } },
): D1PreparedStatement {
  const { sql, params } = query.toSQL();
  return d1.prepare(sql).bind(...params);
}
