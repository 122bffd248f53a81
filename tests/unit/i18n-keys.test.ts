// Every message key in shared/i18n is used somewhere in web/, api/ or shared/: a key whose screen
// was rewritten stays behind in both languages, gets translated again when words are reviewed, and
// is never shown. A key counts as used when it appears in the source as a quoted string (a plural
// pair `x.one`/`x.other` when `x` does, since tp() adds the form), or when it starts with one of
// the prefixes below, which the code completes from a value at run time.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { da } from "../../shared/i18n/da.ts";
import { en } from "../../shared/i18n/en.ts";
import { featuresDa } from "../../shared/i18n/features/all-da.ts";
import { featuresEn } from "../../shared/i18n/features/all-en.ts";

const root = join(import.meta.dirname, "../..");

/**
 * Keys built from a code or an enum value (`t(\`workshops.stage.${stage}\`)`): every key under the
 * prefix counts as used. Each must still be built somewhere (checked below), so a prefix whose
 * code went away leaves this list, and its keys are checked one by one again.
 */
const BUILT_FROM_CODES = [
  // Machine codes of the API's field errors and of CSV import rows, optionally `.<field>`
  // (shared/i18n/index.ts fieldErrorMessage, importErrorMessage).
  "error.field.",
  "survey.import.error.",
  // A refusal's machine code (web/src/lib/form.ts).
  "workshops.refusal.",
  // Enum values: roles, statuses, stages, kinds, sources.
  "role.",
  "status.",
  "workshops.stage.",
  "workshops.status.",
  "workshops.session.status.",
  "workshops.kind.",
  "seminars.kind.",
  "seminars.theme.source.",
  "research.kind.",
  "research.kindHint.",
  "survey.headcount.sheet.",
  // The cycle guide's steps and their states (web/src/pages/cycle/cycle-words.ts).
  "seminars.cycle.step.",
  "seminars.cycle.status.",
  "seminars.cycle.do.",
  "seminars.cycle.done.",
  "seminars.cycle.todo.",
  "seminars.cycle.link.",
  // The report's lights, verdicts and states (web/src/pages/results, web/src/charts).
  "results.light.",
  "results.legend.light.",
  "results.change.",
  "results.pending.",
  "results.rounds.",
  "results.summary.better.",
  "results.summary.same.",
  "results.summary.worse.",
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === "node_modules" || e.name === "dist"
        ? []
        : filesUnder(join(dir, e.name))
      : /\.(ts|tsx|js|html)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** The dictionaries themselves do not count as a use of their keys. */
const isDictionary = (f: string) => /^shared\/i18n\/((da|en)\.ts|features\/)/.test(f);

const source = ["web", "api", "shared"]
  .flatMap((d) => filesUnder(join(root, d)))
  .filter((f) => !isDictionary(relative(root, f).replaceAll("\\", "/")))
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");

const quoted = new Set([...source.matchAll(/["'`]([A-Za-z][\w.-]*)["'`]/g)].map((m) => m[1]));

function unusedOf(keys: string[]): string[] {
  return keys.filter((key) => {
    const base = key.replace(/\.(one|other)$/, "");
    return !quoted.has(key) && !quoted.has(base) && !BUILT_FROM_CODES.some((p) => key.startsWith(p));
  });
}

describe("i18n keys", () => {
  const keys = Object.keys({ ...da, ...featuresDa });

  it("reads the source it checks", () => {
    expect(keys.length).toBeGreaterThan(1000);
    expect(quoted.has("app.name")).toBe(true);
  });

  it("English has the same keys as Danish", () => {
    expect(Object.keys({ ...en, ...featuresEn }).sort()).toEqual([...keys].sort());
  });

  it("every key is used in web/, api/ or shared/", () => {
    expect(unusedOf(keys), "delete these from both languages (or use them)").toEqual([]);
  });

  it("every prefix built from codes is still built somewhere and names keys", () => {
    const stale = BUILT_FROM_CODES.filter(
      (p) => !source.includes(`\`${p}\${`) || !keys.some((k) => k.startsWith(p)),
    );
    expect(stale, "remove these from BUILT_FROM_CODES").toEqual([]);
  });
});
