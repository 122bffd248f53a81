/**
 * The Danish pages say nothing in English. Every routed page (the page sweep's table), as each role
 * that may see it, and the error states people meet (an open round's report, a form sent empty, a
 * wrong password) are read in Danish; the test fails on any phrase of the app's own English strings
 * (shared/i18n/en.ts and the features' *.en.ts, where they differ from the Danish) and on any
 * English message the API sent while the page was open (a problem's detail, a field error's message).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { da } from "../../shared/i18n/da.ts";
import { en } from "../../shared/i18n/en.ts";
import { featuresDa } from "../../shared/i18n/features/all-da.ts";
import { featuresEn } from "../../shared/i18n/features/all-en.ts";
import { launchChromium, newPage, signIn } from "./helpers.ts";
import { pagesFor, type Role } from "./page-reach.ts";
import { type SweepData, sweepData } from "./page-sweep-data.ts";

/**
 * The English phrases to look for: each English string that differs from its Danish one, cut at its
 * `{placeholders}`, keeping pieces of at least two words and twelve letters (a single word such as
 * "Reference" or "OK" is shared by both languages or too common to tell anything).
 */
function englishPhrases(): string[] {
  const danish: Record<string, string> = { ...da, ...featuresDa };
  const english: Record<string, string> = { ...en, ...featuresEn };
  const phrases = new Set<string>();
  for (const [key, text] of Object.entries(english)) {
    if (danish[key] === text) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const phrase = piece.trim().replace(/^[\s,.:;()–-]+|[\s,.:;()–-]+$/g, "");
      if (phrase.length >= 12 && /\s/.test(phrase) && !Object.values(danish).some((d) => d.includes(phrase)))
        phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** What a reader meets on the page: its text, and the names and hints only some of them see. */
const readable = (page: Page) =>
  page.evaluate(() => {
    const attrs = ["aria-label", "title", "placeholder", "alt", "aria-description"];
    const hints = Array.from(document.querySelectorAll("*")).flatMap((el) =>
      attrs.map((a) => el.getAttribute(a)).filter((v): v is string => Boolean(v)),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees (hidden parts left out)
    return [document.title, document.body.innerText, ...hints].join("\n");
  });

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

describe.concurrent("no English on the Danish pages", () => {
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

  test("the list of English phrases is long enough to mean something", () => {
    expect(phrases.length).toBeGreaterThan(300);
    expect(phrases).toContain("Something went wrong on our side. Try again in a moment");
  });

  /** Opens a page for the role and runs `visit`; returns each English phrase seen, with where. */
  async function walk(role: Role, visits: [string, (page: Page) => Promise<void>][]): Promise<string[]> {
    const found: string[] = [];
    const { context, page } = await newPage(browser);
    // The API's English for this page: problems' details and field errors' messages.
    const apiEnglish = new Set<string>();
    page.on("response", async (response) => {
      if (!(response.headers()["content-type"] ?? "").includes("problem+json")) return;
      const body = (await response.json().catch(() => null)) as {
        detail?: string;
        errors?: { message?: string }[];
      } | null;
      for (const text of [body?.detail, ...(body?.errors ?? []).map((e) => e.message)]) {
        if (text && text.length >= 8) apiEnglish.add(text);
      }
    });
    try {
      if (role !== "anonymous") await signIn(page, EMAILS[role]);
      for (const [where, visit] of visits) {
        apiEnglish.clear();
        try {
          await visit(page);
        } catch (err) {
          found.push(`${where} as ${role}: did not render: ${String(err).split("\n")[0]}`);
          continue;
        }
        const text = await readable(page);
        for (const phrase of [...phrases, ...apiEnglish]) {
          if (text.includes(phrase)) found.push(`${where} as ${role}: "${phrase}"`);
        }
      }
    } finally {
      await context.close();
    }
    return found;
  }

  for (const role of ["coordinator", "facilitator", "researcher", "anonymous"] as const) {
    test(`${role}: every page in Danish`, async () => {
      const visits = pagesFor(role).map(([pattern, r]): [string, (page: Page) => Promise<void>] => [
        pattern,
        async (page) => {
          await page.goto(r.url(data, role), { timeout: RENDER_TIMEOUT_MS });
          await rendered(page, r.ready);
        },
      ]);
      expect(await walk(role, visits)).toEqual([]);
    }, 300_000);
  }

  test("error states in Danish: an open round's report, a form sent empty, a wrong password", async () => {
    const visits: [string, (page: Page) => Promise<void>][] = [
      [
        "an open round's report",
        async (page) => {
          await page.goto(`/rounds/${data.openRoundId}/report/demo-nordlys`);
          await rendered(page);
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
