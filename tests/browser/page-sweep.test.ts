/**
 * Every page of the SPA, as each role that may see it, at 1280 and 360 px wide: axe-core finds no
 * violations (WCAG 2.1 AA and its best practices), nothing scrolls sideways at 360 px, no error
 * goes uncaught, and (read once, at 1280 px) the Danish page shows no English: neither the app's
 * strings nor the API's. The pages come from the SPA's own route table (spa-routes.ts); the table
 * in page-reach.ts says who may see each one and how its parameters are filled in from the demo
 * network, with other addresses that show a page otherwise (a filter, an earlier round). A page
 * without an entry fails the second test, so a new page is swept as soon as it is routed. The
 * feature tests check what only shows after a click (an opened section, an error, a dialog).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { englishPhrases, englishWatch } from "./english-on-page.ts";
import { horizontalOverflow, launchChromium, newPage, signIn } from "./helpers.ts";
import { pagesFor, type Reach, type Role, reach } from "./page-reach.ts";
import { type SweepData, sweepData } from "./page-sweep-data.ts";
import { spaPagePaths } from "./spa-routes.ts";

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
] as const;

const EMAILS: Record<Exclude<Role, "anonymous">, string> = {
  coordinator: "coordinator@example.org",
  facilitator: "facilitator@example.org",
  researcher: "researcher@example.org",
};

/**
 * How long a page may take to show its heading and data: generous, as four roles' pages load side
 * by side on a 2-core machine that may be running other tests too.
 */
// Generous: on a shared machine under load a page can take long to render; the waits end as soon
// as the page is ready, so a quiet machine does not pay for this.
const RENDER_TIMEOUT_MS = 60_000;

/** The page has its heading and nothing is loading any more (then whatever `ready` names). */
async function rendered(page: Page, ready: string | undefined): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector("main h1") !== null && document.querySelector(".loading") === null,
    undefined,
    { timeout: RENDER_TIMEOUT_MS },
  );
  if (ready) await page.locator(ready).first().waitFor({ timeout: RENDER_TIMEOUT_MS });
}

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split("\n")[0];

/** What is wrong with the page as it is now, at this width (none: an empty list). */
async function check(page: Page, r: Reach, width: number): Promise<string[]> {
  const found: string[] = [];
  if ((await page.locator("main .notice--error h1").count()) > 0 !== Boolean(r.notFound)) {
    const h1 = await page.locator("main h1").first().textContent();
    found.push(`${r.notFound ? "expected" : "shows"} the error page (h1 "${h1}")`);
  }
  // axe's own default rule set: WCAG 2.1 A and AA and its best practices (landmarks, headings),
  // which the feature tests used to run page by page.
  found.push(...(await axeViolations(page, "axe-default")));
  if (width === 360) {
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) found.push(`${overflow} px wider than the window`);
  }
  return found;
}

/** Two frames later: a width's layout is done and the charts' ResizeObserver has drawn them again. */
const settled = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );

/**
 * Opens each of the role's pages once, at 1280 px, checks it, then narrows the same page to 360 px
 * and checks it again; returns what went wrong, one line each. Narrowing instead of loading the
 * page a second time halves the loads: the SPA's layout follows the width through CSS and the
 * charts' ResizeObserver alone (no script reads the width when a page opens), so the narrowed
 * page is the page a phone opens.
 */
async function sweep(browser: Browser, role: Role, data: SweepData, phrases: string[]): Promise<string[]> {
  const failures: string[] = [];
  const [wide, narrow] = VIEWPORTS;
  const { context, page, errors } = await newPage(browser, wide);
  const english = englishWatch(page, phrases);
  try {
    if (role !== "anonymous") await signIn(page, EMAILS[role]);
    const addresses = pagesFor(role).flatMap(([pattern, r]) =>
      [r.url(data, role), ...(r.also?.(data, role) ?? [])].map((url) => ({ pattern, r, url })),
    );
    for (const { pattern, r, url } of addresses) {
      const at = (width: number) => `${pattern} as ${role} at ${width} px (${url})`;
      let errorsBefore = errors.length;
      english.clear();
      await page.setViewportSize(wide);
      try {
        await page.goto(url, { timeout: RENDER_TIMEOUT_MS });
        await rendered(page, r.ready);
      } catch (err) {
        const state = await page
          .evaluate(() => ({
            h1: document.querySelector("main h1")?.textContent ?? null,
            loading: document.querySelectorAll(".loading").length,
          }))
          .catch(() => "unknown");
        failures.push(`${at(wide.width)}: did not render (${JSON.stringify(state)}): ${firstLine(err)}`);
        continue;
      }
      for (const viewport of [wide, narrow]) {
        if (viewport !== wide) {
          await page.setViewportSize(viewport);
          await settled(page);
        }
        try {
          for (const f of await check(page, r, viewport.width)) failures.push(`${at(viewport.width)}: ${f}`);
          if (viewport === wide)
            for (const phrase of await english.found())
              failures.push(`${at(viewport.width)}: English on the Danish page: "${phrase}"`);
        } catch (err) {
          failures.push(`${at(viewport.width)}: could not be checked: ${firstLine(err)}`);
        }
        for (const e of errors.slice(errorsBefore))
          failures.push(`${at(viewport.width)}: uncaught ${e.message}`);
        errorsBefore = errors.length;
      }
    }
  } finally {
    await context.close();
  }
  return failures;
}

test("the list of English phrases is long enough to mean something", () => {
  const phrases = englishPhrases();
  expect(phrases.length).toBeGreaterThan(300);
  expect(phrases).toContain("Something went wrong on our side. Try again in a moment");
});

test("the sweep knows how to reach every page the router has, and no page it lacks", () => {
  const pages = spaPagePaths();
  expect(
    pages.filter((p) => !(p in reach)),
    "pages without an entry in page-sweep.test.ts",
  ).toEqual([]);
  expect(
    Object.keys(reach).filter((p) => !pages.includes(p)),
    "entries for pages the router does not have",
  ).toEqual([]);
});

// The roles' sweeps run side by side, each in its own browser context.
describe.concurrent("axe-core (WCAG 2.1 AA and best practices), no sideways scroll at 360 px, no uncaught errors", () => {
  let browser: Browser;
  let data: SweepData;
  const phrases = englishPhrases();

  beforeAll(async () => {
    data = await sweepData();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const role of ["coordinator", "facilitator", "researcher", "anonymous"] as const) {
    test(`${role}: ${pagesFor(role).length} pages × ${VIEWPORTS.length} widths`, async () => {
      expect(await sweep(browser, role, data, phrases)).toEqual([]);
      // A backstop only: a sweep of 64 pages took 55 s on a quiet machine and over 300 s beside a
      // load of 16 on two cores; every wait inside ends on the page's state.
    }, 1_200_000);
  }
});
