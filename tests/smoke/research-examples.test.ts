/**
 * The guide's worked examples run as written: taken from the page wrangler dev serves
 * (/api/v1/research-docs), with only what a reader fills in (the network id; the token in
 * AMICA_TOKEN, as the examples ask), against the demo network. Python needs python3 with pandas,
 * requests and matplotlib; R needs Rscript with httr2, readr, dplyr and ggplot2 (Debian:
 * r-cran-httr2 …). Where they are missing the test is skipped and says what is missing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_NETWORK_ID, demoUsers } from "../../scripts/demo/network.ts";
import { Caller, signIn } from "./http.ts";

const fromHtml = (s: string) =>
  s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&amp;", "&");

/** The page's code blocks of one class (`python`, `r`), unescaped. */
const blocks = (html: string, lang: string) =>
  [...html.matchAll(/<pre><code class="([^"]*)">([\s\S]*?)<\/code><\/pre>/g)]
    .filter((m) => m[1] === lang)
    .map((m) => fromHtml(m[2] as string));

/** Why the interpreter cannot run the examples, or null when it can. */
function missing(command: string, args: string[]): string | null {
  const r = spawnSync(command, args, { encoding: "utf8" });
  if (r.error) return `${command} is not installed`;
  return r.status === 0 ? null : `${command}: ${(r.stderr || r.stdout).trim().split("\n").at(-1)}`;
}

// pyenv's python3 may come first on PATH without pandas while Debian's (python3-pandas) has it.
const pythons = ["python3", "/usr/bin/python3"].map((command) => ({
  command,
  why: missing(command, ["-c", "import pandas, requests, matplotlib"]),
}));
const python = pythons.find((p) => p.why === null)?.command ?? "python3";
const noPython = pythons.every((p) => p.why !== null)
  ? (pythons[0]?.why ?? "python3 is not installed")
  : null;
const noR = missing("Rscript", ["-e", "library(httr2); library(readr); library(dplyr); library(ggplot2)"]);

describe("the research guide's examples", () => {
  let html = "";
  let token = "";
  beforeAll(async () => {
    html = (
      await new Caller("anonymous").call("GET", "/api/v1/research-docs", undefined, { accept: "text/html" })
    ).text;
    const coordinator = await signIn(demoUsers[0].email);
    const created = await coordinator.postJson(`/api/v1/networks/${DEMO_NETWORK_ID}/tokens`, {
      name: "guide examples",
    });
    expect(created.status, created.text).toBe(201);
    token = created.json.token;
  });

  const run = (command: string, args: (file: string) => string[], source: string, ext: string) => {
    const dir = mkdtempSync(join(tmpdir(), "amica-guide-"));
    try {
      const file = join(dir, `example.${ext}`);
      writeFileSync(file, source.replaceAll("YOUR-NETWORK-ID", DEMO_NETWORK_ID));
      const r = spawnSync(command, args(file), {
        cwd: dir,
        encoding: "utf8",
        timeout: 120_000,
        env: { ...process.env, AMICA_TOKEN: token, MPLBACKEND: "Agg" },
      });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("the page has the Python and R examples", () => {
    expect(blocks(html, "python").length).toBeGreaterThanOrEqual(2);
    expect(blocks(html, "r").length).toBeGreaterThanOrEqual(1);
  });

  it("every Python (pandas) example runs", (ctx) => {
    if (noPython) ctx.skip(`not run: ${noPython}`);
    for (const source of blocks(html, "python")) {
      const r = run(python, (f) => [f], source, "py");
      expect(r.status, r.output).toBe(0);
    }
  });

  it("every R example runs", (ctx) => {
    if (noR) ctx.skip(`not run: ${noR}`);
    for (const source of blocks(html, "r")) {
      const r = run("Rscript", (f) => [f], source, "R");
      expect(r.status, r.output).toBe(0);
    }
  });
});
