import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { apiAs, launchChromium, newPage } from "./helpers.ts";
import { fieldworkRound, newCodes } from "./survey-fixtures.ts";
import { skipToSend, tap } from "./survey-steps.ts";

const PHONE = { width: 360, height: 740 };
/** The budget: JavaScript (gzip) a phone loads before the first question. */
const BUDGET = 60 * 1024;

/** Waits until the worker has kept the app shell in its (this build's) cache. */
const shellKept = (page: Page) =>
  page.waitForFunction(async () => {
    for (const name of await caches.keys()) {
      if (!name.startsWith("amica-survey-")) continue;
      const cache = await caches.open(name);
      if ((await cache.keys()).some((r) => new URL(r.url).pathname === "/s/")) return true;
    }
    return false;
  });

async function answered(roundId: string): Promise<number> {
  const coordinator = await apiAs("coordinator@example.org");
  const p = (await coordinator.json("GET", `/api/v1/rounds/${roundId}/participation`)) as {
    totals: { answered: number };
  };
  return p.totals.answered;
}

describe("the survey offline once opened", () => {
  let browser: Browser;
  let roundId: string;

  /**
   * A fresh code opened on a phone, `taps` questions answered, and the service worker in control
   * with the page's files kept; the Idempotency-Keys of every send are recorded in `keys`.
   */
  async function openControlled(taps: number) {
    const [code] = await newCodes(roundId, 1);
    const before = await answered(roundId);
    const { context, page, errors } = await newPage(browser, PHONE);
    const keys: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/responses")) keys.push(request.headers()["idempotency-key"] ?? "");
    });
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).click();
    await tap(page, taps);
    // The worker has taken control and kept the page's files.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await shellKept(page);
    return { before, context, page, errors, keys };
  }

  beforeAll(async () => {
    roundId = (await fieldworkRound()).id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("at most 60 kB of JavaScript (gzip) before the first question; the worker comes after", async () => {
    const [code] = await newCodes(roundId, 1);
    const { context, page } = await newPage(browser, PHONE);
    const scripts: Promise<number>[] = [];
    const names: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      names.push(new URL(response.url()).pathname.split("/").pop() ?? "");
      scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).click();
    await page.locator("fieldset.survey-question").waitFor();
    const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    console.log(`survey JavaScript before the first question: ${(total / 1024).toFixed(1)} kB gzip`);
    expect(total).toBeLessThanOrEqual(BUDGET);
    // One language, the reader's: the Danish core and survey strings, no English ones and none of
    // the staff app's features.
    expect(names.filter((n) => /^(da|survey\.da)-/.test(n))).toHaveLength(2);
    expect(names.filter((n) => /^(en|survey\.en|all-(da|en)|guide\.(da|en))-/.test(n))).toEqual([]);
    await context.close();
  });

  test("offline mid-survey: a reload still opens it, the answers wait, and are sent once when the connection returns", {
    timeout: 180_000,
  }, async () => {
    const { before, context, page, errors, keys } = await openControlled(2);

    await context.setOffline(true);
    await page.reload();
    await page.getByText(/Spørgsmål 2 af/).waitFor();
    await tap(page, 3);
    await skipToSend(page);
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page
      .getByRole("alert")
      .getByText(/sendes af sig selv/)
      .waitFor();

    await context.setOffline(false);
    await page.getByRole("heading", { level: 2, name: "Tak, dine svar er modtaget" }).waitFor();
    expect(await answered(roundId)).toBe(before + 1);
    // Every attempt carried the one key made for this submission.
    expect(new Set(keys.filter(Boolean)).size).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("sent offline, then reloaded offline: the page says the answers wait, and sends them once when the connection returns", {
    timeout: 180_000,
  }, async () => {
    const { before, context, page, errors, keys } = await openControlled(4);
    await skipToSend(page);

    await context.setOffline(true);
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page
      .getByRole("alert")
      .getByText(/sendes af sig selv/)
      .waitFor();
    // The tab is closed and opened again without a connection: the kept page finds the submission.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Dine svar venter på forbindelse" }).waitFor();
    expect(await page.locator("fieldset.survey-question").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await context.setOffline(false);
    await page.getByRole("heading", { level: 2, name: "Tak, dine svar er modtaget" }).waitFor();
    expect(await answered(roundId)).toBe(before + 1);
    // Before and after the reload, every attempt carried the one key made for this submission.
    expect(keys.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys.filter(Boolean)).size).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a new build's worker deletes the caches of older builds and the files its build does not have", async () => {
    const [code] = await newCodes(roundId, 1);
    const { context, page, errors } = await newPage(browser, PHONE);
    // Outside the worker's scope: leftovers of an older build, as a phone would still hold them.
    await page.goto("/favicon.svg");
    const cacheName = await page.evaluate(async () => {
      const source = await (await fetch("/survey-sw.js")).text();
      const name = `amica-survey-${/const BUILD = "([^"]+)"/.exec(source)?.[1]}`;
      await (await caches.open("amica-survey-v1")).put("/s/", new Response("an old shell"));
      await (await caches.open("amica-survey-0123456789ab")).put("/assets/old-AAAA.js", new Response("old"));
      await (await caches.open(name)).put("/assets/gone-BBBB.js", new Response("not in this build"));
      return name;
    });

    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).click();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The page's own files are kept (this build's), with the shell.
    await page.waitForFunction(async (name) => {
      const paths = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
      return paths.includes("/s/") && paths.some((p) => p.startsWith("/assets/"));
    }, cacheName);
    const kept = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      return {
        caches: await caches.keys(),
        paths: (await cache.keys()).map((r) => new URL(r.url).pathname),
      };
    }, cacheName);
    expect(kept.caches).toEqual([cacheName]);
    expect(kept.paths).not.toContain("/assets/gone-BBBB.js");
    expect(errors).toEqual([]);
    await context.close();
  });
});
