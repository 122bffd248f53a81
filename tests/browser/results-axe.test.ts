import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { launchChromium, newPage, openTeams, signIn } from "./helpers.ts";

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
    await page.goto("/rounds/demo-round-2009/report/demo-c01");
    await page.locator('svg[data-chart="trend"]').waitFor();
    await page.locator("section.learn-best article").first().waitFor();
    await openTeams(page);
    await page.locator('svg[data-chart="heatmap"]').waitFor();
    expect(await axeViolations(page, "axe-default")).toEqual([]);
  });

  test("the network overview (heatmap, tables, one scale across rounds)", async () => {
    await page.goto("/rounds/demo-round-2007/overview");
    await page.locator("#table-across").waitFor();
    expect(await axeViolations(page, "axe-default")).toEqual([]);
  });

  test("the report at 360 px", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/rounds/demo-round-2007/report/demo-c01");
    await page.locator("#trend-title").waitFor();
    await openTeams(page);
    await page.locator('svg[data-chart="heatmap"]').waitFor();
    expect(await axeViolations(page, "axe-default")).toEqual([]);
  });
});
