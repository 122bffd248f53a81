/**
 * The Danish pages say nothing in English, also where things go wrong. Every routed page is read
 * in Danish by the page sweep (page-sweep.test.ts, at 1280 px, as each role that may see it); this
 * file reads the error states people meet (an open round's report, a form sent empty, a wrong
 * password) and fails on any phrase of the app's English strings or any English message the API
 * sent while the page was open (english-on-page.ts).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { englishPhrases, englishWatch } from "./english-on-page.ts";
import { launchChromium, newPage, signIn } from "./helpers.ts";
import type { Role } from "./page-reach.ts";
import { type SweepData, sweepData } from "./page-sweep-data.ts";
import { CENTRE_ID } from "./survey-fixtures.ts";

const EMAILS: Record<Exclude<Role, "anonymous">, string> = {
  coordinator: "coordinator@example.org",
  facilitator: "facilitator@example.org",
  researcher: "researcher@example.org",
};

const RENDER_TIMEOUT_MS = 30_000;

/** The page has its heading and nothing is loading any more. */
const rendered = (page: Page, ready?: string) =>
  page
    .waitForFunction(
      () => document.querySelector("main h1") !== null && document.querySelector(".loading") === null,
      undefined,
      { timeout: RENDER_TIMEOUT_MS },
    )
    .then(() => (ready ? page.locator(ready).first().waitFor({ timeout: RENDER_TIMEOUT_MS }) : undefined));

describe("no English on the Danish pages where things go wrong", () => {
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

  /** Opens a page for the role and runs `visit`; returns each English phrase seen, with where. */
  async function walk(role: Role, visits: [string, (page: Page) => Promise<void>][]): Promise<string[]> {
    const found: string[] = [];
    const { context, page } = await newPage(browser);
    const english = englishWatch(page, phrases);
    try {
      if (role !== "anonymous") await signIn(page, EMAILS[role]);
      for (const [where, visit] of visits) {
        english.clear();
        try {
          await visit(page);
        } catch (err) {
          found.push(`${where} as ${role}: did not render: ${String(err).split("\n")[0]}`);
          continue;
        }
        for (const phrase of await english.found()) found.push(`${where} as ${role}: "${phrase}"`);
      }
    } finally {
      await context.close();
    }
    return found;
  }

  test("error states in Danish: an open round's report, a form sent empty, a wrong password", async () => {
    const visits: [string, (page: Page) => Promise<void>][] = [
      [
        "an open round's report",
        async (page) => {
          await page.goto(`/rounds/${data.openRoundId}/report/${CENTRE_ID}`);
          await rendered(page);
          await page.getByText("Resultaterne kommer, når målingen lukker.").waitFor();
        },
      ],
      [
        "the new-round form sent empty",
        async (page) => {
          await page.goto(`/networks/${data.networkId}/rounds`);
          await rendered(page);
          const form = page.locator("form").filter({ has: page.locator('input[name="opensOn"]') });
          await form.locator('button[type="submit"]').click();
          await form.locator("[aria-invalid='true']").first().waitFor();
        },
      ],
    ];
    expect(await walk("coordinator", visits)).toEqual([]);
    expect(
      await walk("anonymous", [
        [
          "a wrong password",
          async (page) => {
            await page.goto("/login");
            await page.getByLabel("E-mail").fill("coordinator@example.org");
            await page.getByLabel("Adgangskode").fill("ikke adgangskoden");
            await page.getByRole("button", { name: "Log ind" }).click();
            await page.getByRole("alert").getByText("Forkert e-mail eller adgangskode.").waitFor();
          },
        ],
      ]),
    ).toEqual([]);
  }, 120_000);
});
