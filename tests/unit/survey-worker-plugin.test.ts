/**
 * The survey's service worker as the build writes it: a new id whenever the build's files change
 * (so the browser installs a new worker with a new cache), and the list of exactly the build's
 * hashed files (so the worker keeps none from another build).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSurveyWorker } from "../../scripts/survey-worker-plugin.ts";

const template = readFileSync(`${import.meta.dirname}/../../web/survey-sw.js`, "utf8");
const buildOf = (source: string) => /const BUILD = "([^"]+)"/.exec(source)?.[1];
const assetsOf = (source: string) =>
  JSON.parse(/const ASSETS = new Set\((\[.*?\])\)/.exec(source)?.[1] ?? "null") as string[];

describe("renderSurveyWorker", () => {
  const first = ["index.html", "assets/survey-main-AAAA.js", "assets/survey-BBBB.css", "favicon.svg"];

  it("lists the build's hashed files only, as paths", () => {
    const source = renderSurveyWorker(template, first);
    expect(assetsOf(source)).toEqual(["/assets/survey-BBBB.css", "/assets/survey-main-AAAA.js"]);
    expect(source).not.toContain("__AMICA_");
  });

  it("gives each build its own id and cache, the same for the same files", () => {
    const a = buildOf(renderSurveyWorker(template, first));
    const again = buildOf(renderSurveyWorker(template, [...first].reverse()));
    const next = buildOf(renderSurveyWorker(template, ["index.html", "assets/survey-main-CCCC.js"]));
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(again).toBe(a);
    expect(next).not.toBe(a);
  });

  it("deletes the older builds' caches on activation, by their shared prefix", () => {
    expect(template).toMatch(/const CACHE = PREFIX \+ BUILD/);
    expect(template).toMatch(/n\.startsWith\(PREFIX\) && n !== CACHE/);
  });

  it("refuses a template that lost its markers (the build would ship a worker that never changes)", () => {
    expect(() => renderSurveyWorker("const BUILD = 'x';", first)).toThrow(/markers/);
  });
});
