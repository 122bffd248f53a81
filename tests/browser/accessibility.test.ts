import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_PASSWORD, demoCentres, launchChromium, newPage } from "./helpers.ts";

describe("keyboard only, labels and headings", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];

  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return { id: el?.id ?? "", tag: el?.tagName ?? "", text: el?.textContent?.trim() ?? "" };
    });

  /** Controls without a label, and the number of <h1> on the page. */
  const audit = () =>
    page.evaluate(() => {
      const controls = Array.from(document.querySelectorAll<HTMLInputElement>("input, select, textarea"));
      const unlabelled = controls
        .filter((c) => c.type !== "hidden" && (c.labels?.length ?? 0) === 0 && !c.getAttribute("aria-label"))
        .map((c) => c.name || c.id);
      return { unlabelled, h1: document.querySelectorAll("h1").length };
    });

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the skip link comes first and moves the focus to the content", async () => {
    await page.goto("/login");
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    await page.keyboard.press("Tab");
    expect((await focused()).text).toBe("Spring til indhold");
    await page.keyboard.press("Enter");
    expect((await focused()).id).toBe("main");
  });

  test("signing in needs no mouse", async () => {
    await page.keyboard.press("Tab");
    expect((await focused()).id).toBe("login-email");
    await page.keyboard.type("coordinator@example.org");
    await page.keyboard.press("Tab");
    expect((await focused()).id).toBe("login-password");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Velkommen, Karin Koordinator" }).waitFor();
  });

  test("every control has a label and every page one <h1>", async () => {
    const { networkId, centres } = await demoCentres();
    const centre = centres.find((c) => c.name === "Borgerservice");
    const paths = [
      "/",
      `/networks/${networkId}`,
      `/networks/${networkId}/centres`,
      `/networks/${networkId}/people`,
      `/networks/${networkId}/rounds`,
      `/centres/${centre?.id}`,
      "/no/such/page",
    ];
    for (const path of paths) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      // Every loading note gone: the coordinator may have several networks, each loading its own.
      await page.waitForFunction(() => document.querySelector(".loading") === null);
      expect(await audit(), path).toEqual({ unlabelled: [], h1: 1 });
    }
    expect(errors).toEqual([]);
  });
});
