import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, newPage, signIn } from "./helpers.ts";

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's checks in the page. Its source is evaluated through the DevTools protocol, which the
 * page's Content-Security-Policy (script-src 'self') does not govern: no script tag is added.
 */
async function axeViolations(page: Page): Promise<string[]> {
  const source = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  })) as AxeViolation[];
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

describe("axe-core finds no violations on the report and the overview", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the centre report (with its teams heatmap and change over time)", async () => {
    await signIn(page, "coordinator@example.org");
    await page.goto("/rounds/demo-round-2009/report/demo-borgerservice");
    await page.locator('svg[data-chart="trend"]').waitFor();
    await page.locator('svg[data-chart="heatmap"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the network overview (heatmap, tables, one scale across rounds)", async () => {
    await page.goto("/rounds/demo-round-2007/overview");
    await page.locator("#table-across").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the report at 360 px", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/rounds/demo-round-2007/report/demo-borgerservice");
    await page.locator('svg[data-chart="heatmap"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
