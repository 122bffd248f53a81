/**
 * Issue 14, "fast to open", by counting rather than timing (the time is bench/'s, `npm run bench --
 * --only report-open`): opening a centre's report in a fresh browser, the first benchmark table
 * waits for at most three API requests, one after another at most three deep; the teams' reports
 * wait until their section is opened; a Danish reader fetches no English strings. And "learn from
 * the best" in the page: another centre named only where it agreed in the practice library.
 */
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  apiAs,
  type CentreRow,
  demoCentres,
  launchChromium,
  newPage,
  openTeams,
  pageText,
  signIn,
} from "./helpers.ts";

const ROUND_2 = "demo-round-2008";
/** API requests the first table may wait for: the session and the report (one to spare). */
const API_LIMIT = 3;

interface Seen {
  path: string;
  start: number;
  end: number | null;
}

describe("opening a centre's report", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let own: CentreRow;
  let others: CentreRow[];
  const seen = new Map<Request, Seen>();

  beforeAll(async () => {
    const demo = await demoCentres();
    const found = demo.centres.find((c) => c.name === "Borgerservice");
    if (!found) throw new Error("The demo centre Borgerservice is missing.");
    own = found;
    others = demo.centres.filter((c) => c.id !== own.id);
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, "facilitator@example.org");
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test(`the first table waits for at most ${API_LIMIT} API requests, and no English strings are fetched`, async () => {
    // A new page in the same context: signed in, nothing of the SPA in memory. The page notes
    // when the first benchmark row is in the document (the test's own polling comes later).
    const fresh = await context.newPage();
    await fresh.addInitScript(() => {
      const w = window as unknown as { __firstTable?: number };
      const observer = new MutationObserver(() => {
        if (w.__firstTable === undefined && document.querySelector("tr[data-scale]")) {
          // The wall clock, as the request timings have it (timeOrigin + now may drift from it).
          w.__firstTable = Date.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    // Wall-clock times from each request's own timing, as the page's clock above.
    const done = (r: Request) => {
      const t = r.timing();
      seen.set(r, {
        path: new URL(r.url()).pathname,
        start: t.startTime,
        end: t.responseEnd >= 0 ? t.startTime + t.responseEnd : null,
      });
    };
    fresh.on("requestfinished", done);
    fresh.on("requestfailed", done);
    await fresh.goto(`/rounds/${ROUND_2}/report/${own.id}`);
    await fresh.locator("tr[data-scale]").first().waitFor();
    const tableAt = await fresh.evaluate(() => (window as unknown as { __firstTable: number }).__firstTable);
    const api = [...seen.values()].filter((s) => s.path.startsWith("/api/"));
    // What the table could have waited for: the API requests that had finished when it appeared.
    const before = api.filter((s) => s.end !== null && s.end <= tableAt);
    expect(before.length, before.map((s) => s.path).join(", ")).toBeLessThanOrEqual(API_LIMIT);
    // One after another: each link starts only after the one before it finished.
    const depth = new Map<Seen, number>();
    for (const s of [...before].sort((a, b) => a.start - b.start)) {
      const waited = before.filter((e) => e !== s && e.end !== null && e.end <= s.start);
      depth.set(s, 1 + Math.max(0, ...waited.map((e) => depth.get(e) ?? 0)));
    }
    expect(Math.max(0, ...depth.values())).toBeLessThanOrEqual(API_LIMIT);
    // Neither the instrument, the round, the team list nor the earlier round's report is fetched.
    for (const s of before) {
      expect(s.path).not.toMatch(/\/instruments\/|\/teams$|\/rounds\/[^/]+$/);
      expect(s.path).toMatch(/^\/api\/(auth\/me|v1\/rounds\/demo-round-2008\/report)$/);
    }
    await fresh.waitForLoadState("networkidle");
    const chunks = [...seen.values()].map((s) => s.path.split("/").at(-1) ?? "");
    expect(chunks.some((c) => /^(all-)?da-/.test(c))).toBe(true);
    expect(chunks.filter((c) => /^(all-|[a-z]+\.)?en-[\w-]+\.js$/.test(c))).toEqual([]);
    // The teams wait for their section: no team's report yet.
    expect([...seen.values()].filter((s) => s.path.endsWith("/teams"))).toEqual([]);
    await fresh.locator('svg[data-chart="trend"]').waitFor();
    await openTeams(fresh);
    await fresh.locator('svg[data-chart="heatmap"]').waitFor();
    expect(await fresh.locator("#teams-body").evaluate((el) => el === document.activeElement)).toBe(true);
    await fresh.close();
  });

  test("learn from the best: per attention point, another centre named only where it agreed", async () => {
    await page.goto(`/rounds/${ROUND_2}/report/${own.id}`);
    const section = page.locator("section.learn-best");
    await section.getByRole("heading", { level: 2, name: "Lær af de bedste" }).waitFor();
    const attention = await page.locator('[data-list="attention"] li').count();
    await section.locator("article").first().waitFor();
    expect(await section.locator("article").count()).toBe(attention);
    // The centres that agreed to be named on no practice at all: never named here.
    const coordinator = await apiAs("coordinator@example.org");
    const practices = await coordinator.json<{ centre: { id: string } | null; shareCentreName: boolean }[]>(
      "GET",
      `/api/v1/networks/${own.networkId}/practices?limit=200`,
    );
    const agreed = new Set(practices.filter((p) => p.shareCentreName && p.centre).map((p) => p.centre?.id));
    const text = (await section.textContent()) ?? "";
    for (const other of others.filter((o) => !agreed.has(o.id))) expect(text).not.toContain(other.name ?? "");
    // No figure of the other centre: the section holds no score at all.
    expect(text).not.toMatch(/\d+,\d/);
    expect(text).toContain("et andet center");
    expect(await pageText(page)).not.toContain("another centre");
    expect(errors).toEqual([]);
  });
});
