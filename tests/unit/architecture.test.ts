// The layout rules of api/routes, checked on the source text so that a newcomer breaking one hears
// it from the tests and not in review:
// - a route file (index.ts, *.handlers.ts, *.routes.ts) holds no SQL: queries live in the folder's
//   services, where they can be read and reused next to each other;
// - a service (*.service.ts) knows nothing of HTTP: it takes (db, principal, ids), never a Hono
//   Context, so it imports nothing from "hono".
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const routesDir = join(root, "api/routes");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const all = filesUnder(routesDir).map((f) => relative(root, f).replaceAll("\\", "/"));
const isRouteFile = (f: string) => /\/(index|[^/]+\.handlers|[^/]+\.routes)\.ts$/.test(f);
const isService = (f: string) => f.endsWith(".service.ts");

/** What counts as SQL: a raw D1 statement, a drizzle query on a db, or a drizzle sql`` fragment. */
const SQL_SHAPES: [string, RegExp][] = [
  ["raw .prepare(", /\.prepare\(/],
  ["drizzle query", /\b(db|getDb\([^)]*\))\s*\.\s*(select|selectDistinct|insert|update|delete)\b/],
  ["sql`` fragment", /\bsql`/],
];

function sqlIn(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  return SQL_SHAPES.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/**
 * Route files that still hold SQL, to be emptied, never added to (empty now: keep it so). Each
 * entry is checked below, so a file that no longer holds SQL must leave the list.
 */
const STILL_HOLDING_SQL = new Set<string>([]);

describe("api/routes layout", () => {
  it("finds the route files and services it checks", () => {
    expect(all.filter(isRouteFile).length).toBeGreaterThan(20);
    expect(all.filter(isService).length).toBeGreaterThan(20);
  });

  it("no route file holds SQL (queries live in the folder's services)", () => {
    const offenders = all
      .filter((f) => isRouteFile(f) && !STILL_HOLDING_SQL.has(f))
      .flatMap((f) => sqlIn(f).map((what) => `${f}: ${what}`));
    expect(offenders).toEqual([]);
  });

  it("the list of route files still holding SQL only shrinks: each entry still holds some", () => {
    const cleaned = [...STILL_HOLDING_SQL].filter((f) => !all.includes(f) || sqlIn(f).length === 0);
    expect(cleaned, "remove these from STILL_HOLDING_SQL").toEqual([]);
  });

  it("no service imports from hono (services take (db, principal, ids), not a Context)", () => {
    const offenders = all.filter(
      (f) => isService(f) && /from\s+["']hono(\/[^"']*)?["']/.test(readFileSync(join(root, f), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
