/**
 * Writes the survey's service worker (web/survey-sw.js, a template) into the build as
 * /survey-sw.js with the build's id and its hashed files: each build is a new worker with its own
 * cache, which deletes the older builds' caches and files on activation. Under the dev server the
 * template is served as it is (build "dev", no list: nothing is dropped by name).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const TEMPLATE = `${import.meta.dirname}/../web/survey-sw.js`;
const BUILD_MARK = '"__AMICA_BUILD__"';
const ASSETS_MARK = "/* __AMICA_ASSETS__ */ []";

/**
 * The worker for a build whose output holds `files` (paths relative to dist). The id is a hash of
 * the hashed files' names, so it changes exactly when what the survey may load changes.
 */
export function renderSurveyWorker(template: string, files: readonly string[]): string {
  if (!template.includes(BUILD_MARK) || !template.includes(ASSETS_MARK))
    throw new Error("web/survey-sw.js lost its build markers");
  const assets = files
    .filter((f) => f.startsWith("assets/"))
    .map((f) => `/${f}`)
    .sort();
  const build = createHash("sha256").update(assets.join("\n")).digest("hex").slice(0, 12);
  return template.replace(BUILD_MARK, JSON.stringify(build)).replace(ASSETS_MARK, JSON.stringify(assets));
}

export function surveyWorker(): Plugin {
  return {
    name: "amica-survey-worker",
    configureServer(server) {
      server.middlewares.use("/survey-sw.js", (_req, res) => {
        res.setHeader("content-type", "text/javascript");
        res.end(readFileSync(TEMPLATE, "utf8").replace(BUILD_MARK, '"dev"'));
      });
    },
    generateBundle(_options, bundle) {
      this.emitFile({
        type: "asset",
        fileName: "survey-sw.js",
        source: renderSurveyWorker(readFileSync(TEMPLATE, "utf8"), Object.keys(bundle)),
      });
    },
  };
}
