import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { demoCentres, horizontalOverflow, launchChromium, newPage, pageText, signIn } from "./helpers.ts";

describe("themes from a report's attention point, in both languages, and the library on a phone", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let networkId: string;
  let ownId: string;

  beforeAll(async () => {
    const demo = await demoCentres();
    networkId = demo.networkId;
    const own = demo.centres.find((c) => c.name === "Borgerservice");
    if (!own) throw new Error("The demo centre Borgerservice is missing.");
    ownId = own.id;
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("an attention point of the report leads to the themes of its scale and their questions", async () => {
    await signIn(page, "facilitator@example.org");
    await page.goto(`/rounds/demo-round-2007/report/${ownId}`);
    await page.getByRole("heading", { level: 1, name: /Borgerservice/ }).waitFor();
    const link = page.locator('[data-list="attention"] a[href="/themes?scale=work-pace"]');
    await link.click();

    await page.getByRole("heading", { level: 1, name: "Temaer om Arbejdstempo" }).waitFor();
    await page.getByRole("status").filter({ hasText: "1 tema passer til skalaen." }).waitFor();
    const cards = page.locator("ol.theme-list > li");
    expect(await cards.count()).toBe(1);
    await cards.first().getByRole("link", { name: "4. Tidspres" }).click();

    await page.getByRole("heading", { level: 1, name: "4. Tidspres" }).waitFor();
    const questions = page.getByRole("region", { name: "Spørgsmål I kan stille jer selv" });
    await questions
      .getByText("Er der mulighed for at restituere og holde pauser i løbet af dagen?")
      .waitFor();
    expect(await questions.getByRole("listitem").count()).toBeGreaterThanOrEqual(3);
    await page.getByRole("region", { name: "Det viser forskningen" }).waitFor();
    await page.getByRole("region", { name: "Det kan I gøre" }).waitFor();
    await page.getByRole("region", { name: "Sådan har andre gjort" }).waitFor();
    const scales = page.getByRole("region", { name: "Relaterede skalaer" });
    await scales.getByRole("link", { name: "Arbejdstempo: temaer, der kan hjælpe" }).waitFor();
  });

  test("/themes lists all nine themes; a scale no theme covers says so", async () => {
    await page.getByRole("link", { name: "Vis alle ni temaer" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Temaer" }).waitFor();
    expect(await page.locator("ol.theme-list > li").count()).toBe(9);
    await page.goto("/themes?scale=no-such-scale");
    await page.getByText("Ingen af temaerne handler om denne skala.").waitFor();
    await page.goto("/themes/no-such-theme");
    await page.getByText("Temaet findes ikke.").waitFor();
  });

  test("in English, the theme and the seminar read in English", async () => {
    await page.goto("/themes/time-pressure");
    await page.getByRole("heading", { level: 1, name: "4. Tidspres" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "4. Time pressure" }).waitFor();
    const questions = page.getByRole("region", { name: "Questions to ask yourselves" });
    await questions.getByText("Is there a chance to recover and take breaks during the day?").waitFor();
    await page
      .getByRole("region", { name: "Related scales" })
      .getByRole("link", { name: /^Work pace/ })
      .waitFor();

    await page.goto(`/networks/${networkId}/seminars`);
    await page.getByRole("heading", { level: 1, name: "Benchmark seminars" }).waitFor();
    await page.getByRole("link", { name: "1. benchmarkseminar" }).click();
    await page.getByRole("heading", { level: 4, name: "Other centres asked for" }).waitFor();
    await page.getByRole("heading", { level: 4, name: "Took home" }).waitFor();
    expect(await pageText(page)).toContain("9 October 2007 – 10 October 2007");

    await page.goto(`/networks/${networkId}/practices?q=samtale`);
    await page.getByRole("status").filter({ hasText: "1 practice for “samtale”" }).waitFor();
    await page.getByRole("button", { name: "Dansk" }).click();
    await page.getByRole("heading", { level: 1, name: "Praksisbibliotek" }).waitFor();
  });

  // The pages as they open are swept at 360 px by page-sweep.test.ts; a form folded out is not.
  test("at 360 px a seminar's folded-out form fits without horizontal scroll", async () => {
    const phone = await newPage(browser, { width: 360, height: 740 });
    try {
      await signIn(phone.page, "facilitator@example.org");
      await phone.page.goto("/seminars/demo-seminar-2007");
      await phone.page.getByText("Skalaer fra spørgeskemaet (valgfrit)").first().click();
      expect(await horizontalOverflow(phone.page)).toBe(0);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
    expect(errors).toEqual([]);
  });
});
