/**
 * The SPA's pages as path patterns, read from its route table (`web/src/routes.ts` and every
 * module in `web/src/feature-routes/`) with the TypeScript parser. The route modules build Solid
 * components (`lazy`, JSX), which a node test cannot import; their `path`s are plain literals,
 * which a parser reads without running anything. A route whose path is not a literal stops the
 * reading with an error, so that no page slips past the tests that walk this list.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const webSrc = join(import.meta.dirname, "..", "..", "web", "src");

/** The files that declare routes: the table and the features' route modules it spreads in. */
export function routeFiles(): string[] {
  const features = join(webSrc, "feature-routes");
  return [
    join(webSrc, "routes.ts"),
    ...readdirSync(features)
      .filter((f) => f.endsWith(".ts"))
      .sort()
      .map((f) => join(features, f)),
  ];
}

/** Solid Router's nesting: a child's path follows its parent's ("/" + "/" is "/"). */
function joinPaths(parent: string, child: string): string {
  const joined = `${parent}/${child}`.replace(/\/+/g, "/");
  return joined.length > 1 ? joined.replace(/\/$/, "") : joined;
}

function propertyOf(node: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
  }
  return undefined;
}

/**
 * Every page (a route without children) of the SPA as the pattern the router matches, e.g.
 * `/rounds/:roundId/report/:centreId`; a route with several paths gives each of them.
 */
export function spaPagePaths(): string[] {
  const pages = new Set<string>();
  for (const file of routeFiles()) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

    const literalPaths = (expr: ts.Expression): string[] => {
      if (ts.isStringLiteralLike(expr)) return [expr.text];
      if (ts.isArrayLiteralExpression(expr) && expr.elements.every(ts.isStringLiteralLike)) {
        return expr.elements.map((e) => (e as ts.StringLiteralLike).text);
      }
      throw new Error(`${where(expr)}: a route path that is not a string literal (or array of them).`);
    };

    const visitRoute = (route: ts.ObjectLiteralExpression, prefix: string) => {
      const pathExpr = propertyOf(route, "path");
      if (!pathExpr) throw new Error(`${where(route)}: a route without a path.`);
      const paths = literalPaths(pathExpr).map((p) => joinPaths(prefix, p));
      const children = propertyOf(route, "children");
      if (!children) {
        for (const p of paths) pages.add(p);
        return;
      }
      if (!ts.isArrayLiteralExpression(children)) {
        throw new Error(`${where(children)}: route children that are not an array literal.`);
      }
      for (const child of children.elements) {
        // Spread-in feature routes are read from their own modules, at the top level.
        if (ts.isSpreadElement(child)) continue;
        if (!ts.isObjectLiteralExpression(child)) {
          throw new Error(`${where(child)}: a child route that is not an object literal.`);
        }
        for (const p of paths) visitRoute(child, p);
      }
    };

    /** Route objects outside any other route object; their children are visited from them. */
    const findTopRoutes = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node) && propertyOf(node, "path")) {
        visitRoute(node, "/");
        return;
      }
      ts.forEachChild(node, findTopRoutes);
    };
    findTopRoutes(source);
  }
  return [...pages].sort();
}
