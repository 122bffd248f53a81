/**
 * Job-satisfaction workshops in a real room, driven through a real Chromium: the facilitator's
 * laptop (1280 px, later 360 px) and pairs of employees with one phone each (360 px, each its own
 * browser context: own storage, no account). Nothing is reloaded on the facilitator's screen while
 * statements and ballots arrive: a marker set on its window must survive.
 */
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { horizontalOverflow, launchChromium, newPage, signIn } from "./helpers.ts";

const PHONE = { width: 360, height: 740 };
const TITLE = `Trivselsworkshop ${Date.now().toString(36)}`;
const SHORT = ["Samarbejde i teamet", "Tid til den enkelte borger", "Faglig sparring", "Ro til opgaverne"];

/** Marks the window; if the page reloads, the mark is gone. */
const markWindow = (page: Page) => page.evaluate(() => Object.assign(window, { __noReload: true }));
const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

/** The statement ids of a phone's rank list, top first. */
const rankOrder = (page: Page) =>
  page
    .locator(".reorder-list > li")
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id ?? ""));
const rankTexts = (page: Page) => page.locator(".reorder-list .reorder-item__text").allTextContents();

/** A pair taps `first` as the most important, then the others in the order shown. */
async function pickInOrder(page: Page, first: string) {
  await page.getByRole("button", { name: `Vælg som nummer 1: ${first}` }).click();
  while ((await page.locator(".pick-pool button").count()) > 0)
    await page.locator(".pick-pool button").first().click();
}

describe("workshops: collect, condense, vote in pairs, plan", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  const phones: { context: BrowserContext; page: Page; errors: Error[] }[] = [];
  let workshopUrl = "";
  let joinCode = "";
  let voteCode = "";
  let sessionUrl = "";
  let planUrl = "";

  const phone = async () => {
    const p = await newPage(browser, PHONE);
    phones.push(p);
    return p;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, "facilitator@example.org");
  });

  afterAll(async () => {
    for (const p of phones) await p.context.close();
    await context?.close();
    await browser?.close();
  });

  test("the home page leads to the centre's workshops; a new workshop shows its join code large, with a QR code", async () => {
    await page
      .getByRole("region", { name: "Borgerservice" })
      .getByRole("link", { name: "Workshops", exact: true })
      .click();
    await page.getByRole("heading", { level: 1, name: "Workshops i Borgerservice" }).waitFor();
    await page.getByLabel("Navn", { exact: true }).fill(TITLE);
    await page.getByRole("button", { name: "Start workshoppen" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    workshopUrl = new URL(page.url()).pathname;
    expect(workshopUrl).toMatch(/^\/workshops\/[^/]+$/);

    // The stage bar: five steps, the first current (said in words, not by colour alone).
    const stages = page.getByRole("navigation", { name: "Workshoppens faser" });
    expect(await stages.getByRole("link").allTextContents()).toEqual([
      "1Indsamlnu",
      "2Kondensér",
      "3Prioritér",
      "4Handleplaner",
      "5Opfølgning",
    ]);

    const code = page.locator("[data-join-code]");
    joinCode = (await code.getAttribute("data-join-code")) ?? "";
    expect(joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(await code.textContent()).toContain(joinCode);
    // Large enough for the back of the room.
    const size = await code.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(48);
    const qr = page.getByRole("img", { name: /^QR-kode til / });
    expect(await qr.getAttribute("data-qr")).toBe(`${new URL(page.url()).origin}/j/${joinCode}`);
    // A real QR code: many dark modules, not an empty frame.
    expect(((await qr.locator("path").getAttribute("d")) ?? "").split("M").length).toBeGreaterThan(100);
  });

  test("a pair adds statements from a phone; they appear on the facilitator's screen without a reload", async () => {
    await markWindow(page);
    const { page: p, errors: phoneErrors } = await phone();
    await p.goto(`/j/${joinCode.toLowerCase()}`);
    await p.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await p.getByRole("radio", { name: "Giver arbejdsglæde" }).check();
    await p.getByLabel("Jeres udsagn").fill("Vi hjælper hinanden, når køen er lang");
    await p.getByRole("button", { name: "Send udsagnet" }).click();
    await p.getByText("Tak! Udsagnet er kommet frem.").waitFor();
    await p.getByRole("radio", { name: "Tager arbejdsglæde" }).check();
    await p.getByLabel("Jeres udsagn").fill("Systemet går ned midt i samtalen");
    await p.getByRole("button", { name: "Send udsagnet" }).click();
    await p.getByRole("heading", { name: "Sendt fra denne telefon (2)" }).waitFor();
    expect(await horizontalOverflow(p)).toBe(0);

    // The facilitator's screen polls: both arrive, each in its column, within a few seconds.
    const gives = page.locator("ul[data-kind='gives']");
    const takes = page.locator("ul[data-kind='takes']");
    await gives.getByText("Vi hjælper hinanden, når køen er lang").waitFor();
    await takes.getByText("Systemet går ned midt i samtalen").waitFor();
    await page.locator("[data-live-count='2']").waitFor();
    expect(await stillSamePage(page)).toBe(true);

    // The facilitator types in what is said in the room.
    await page.getByRole("radio", { name: "Giver arbejdsglæde" }).check();
    await page.getByLabel("Udsagn", { exact: true }).fill("Gode kolleger at sparre med");
    await page.getByRole("button", { name: "Tilføj udsagnet" }).click();
    await gives.getByText("Gode kolleger at sparre med").waitFor();
    expect(phoneErrors).toEqual([]);
  });

  test("condense by keyboard: tick statements, merge them into one short-list statement, write the rest", async () => {
    await page.getByRole("button", { name: "Gå videre til: Kondensér" }).click();
    await page.getByRole("heading", { level: 2, name: "Kondensér til en kort liste" }).waitFor();
    // The join code is retired with the collection.
    expect(await page.locator("[data-join-code]").count()).toBe(0);

    for (const text of ["Vi hjælper hinanden, når køen er lang", "Gode kolleger at sparre med"]) {
      await page.getByRole("checkbox", { name: text }).focus();
      await page.keyboard.press("Space");
    }
    await page.getByText("2 udsagn markeret").waitFor();
    await page.getByLabel("Formulering af et nyt udsagn på listen").fill(SHORT[0] as string);
    await page.getByRole("button", { name: "Saml i et nyt udsagn" }).focus();
    await page.keyboard.press("Enter");
    const first = page.locator("[data-short-list] > li").first();
    await first.getByText(SHORT[0] as string).waitFor();
    await first.getByText("Lavet af 2 indsamlede udsagn").waitFor();
    expect(await first.locator("[data-original]").allTextContents()).toEqual([
      expect.stringContaining("Vi hjælper hinanden"),
      expect.stringContaining("Gode kolleger"),
    ]);

    // The third collected statement goes under the same short-list statement, by keyboard too.
    await page.getByRole("checkbox", { name: "Systemet går ned midt i samtalen" }).focus();
    await page.keyboard.press("Space");
    await page.getByLabel("Eller læg dem under").selectOption({ label: `1. ${SHORT[0]}` });
    await page.getByRole("button", { name: "Læg under det valgte" }).click();
    await first.getByText("Lavet af 3 indsamlede udsagn").waitFor();
    await page.getByText("Alle indsamlede udsagn er samlet i den korte liste.").waitFor();

    for (const text of SHORT.slice(1)) {
      await page.getByLabel("Skriv et nyt udsagn direkte på listen").fill(text);
      await page.getByLabel("Skriv et nyt udsagn direkte på listen").press("Enter");
      await page.locator("[data-short-list] > li").getByText(text, { exact: true }).waitFor();
    }
    expect(await page.locator("[data-short-list] .short-item__text").allTextContents()).toEqual(SHORT);

    // Moving a statement by its button keeps the keyboard on that button.
    await page.getByRole("button", { name: `Flyt ned: ${SHORT[0]}` }).click();
    await page.getByText(`»${SHORT[0]}« er nu nummer 2 af 4.`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      `Flyt ned: ${SHORT[0]}`,
    );
    await page.getByRole("button", { name: `Flyt op: ${SHORT[0]}` }).click();
    await page.getByText(`»${SHORT[0]}« er nu nummer 1 af 4.`).waitFor();
    expect(await page.locator("[data-short-list] .short-item__text").allTextContents()).toEqual(SHORT);
  });

  test("two pairs vote on their phones; the facilitator's live chart shows both ballots without a reload", async () => {
    await page.getByRole("button", { name: "Gå videre til: Prioritér" }).click();
    await page.getByRole("heading", { level: 2, name: "Prioritér to og to" }).waitFor();
    await page.getByRole("radio", { name: /^Rangordning/ }).check();
    await page.getByRole("radio", { name: "Alle 4" }).check();
    await page.getByRole("button", { name: "Start afstemningen" }).click();
    await page.getByRole("heading", { level: 1, name: "Afstemning" }).waitFor();
    sessionUrl = new URL(page.url()).pathname;
    voteCode = (await page.locator("[data-join-code]").getAttribute("data-join-code")) ?? "";
    expect(voteCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(voteCode).not.toBe(joinCode);
    await page.getByText("Ingen stemmesedler endnu.", { exact: false }).waitFor();
    await markWindow(page);

    // Pair A: keyboard only. The handle of the statement "Ro til opgaverne" moves it to the top.
    const a = await phone();
    const keys: string[] = [];
    a.page.on("request", (r: Request) => {
      if (r.method() === "POST" && r.url().includes("/ballots"))
        keys.push(r.headers()["idempotency-key"] ?? "");
    });
    await a.page.goto(`/vote/${voteCode}`);
    await a.page.getByRole("heading", { name: "Sæt udsagnene i rækkefølge" }).waitFor();
    const target = SHORT[3] as string;
    // Nothing is ranked yet, so nothing can be sent: an untouched ballot never counts.
    expect(await rankTexts(a.page)).toEqual([]);
    expect(await a.page.getByRole("button", { name: "Send vores stemme" }).isDisabled()).toBe(true);
    // Picking by keyboard: the keyboard goes on to the next statement to pick after each.
    await a.page.getByRole("button", { name: `Vælg som nummer 1: ${target}` }).focus();
    for (let i = 0; i < 4; i++) await a.page.keyboard.press("Enter");
    expect((await rankTexts(a.page))[0]).toBe(target);
    expect(await a.page.getByRole("button", { name: "Send vores stemme" }).isEnabled()).toBe(true);
    // Then the handle moves it with the arrow keys.
    await a.page.getByRole("button", { name: new RegExp(`^Flyt: ${target}`) }).focus();
    await a.page.keyboard.press("ArrowDown");
    await a.page.keyboard.press("ArrowUp");
    await a.page.getByText(`»${target}« er nu nummer 1 af 4.`).waitFor();
    expect((await rankTexts(a.page))[0]).toBe(target);
    // The keyboard is still on the moved statement's handle.
    expect(await a.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      `Flyt: ${target} (nummer 1)`,
    );
    // Down once with the arrow key and back up: the order follows the keys exactly.
    await a.page.keyboard.press("ArrowDown");
    expect((await rankTexts(a.page))[1]).toBe(target);
    await a.page.keyboard.press("Home");
    expect((await rankTexts(a.page))[0]).toBe(target);
    const orderA = await rankOrder(a.page);
    await a.page.getByRole("button", { name: "Send vores stemme" }).focus();
    await a.page.keyboard.press("Enter");
    await a.page.getByRole("heading", { name: "Tak! Jeres stemme er talt med." }).waitFor();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await horizontalOverflow(a.page)).toBe(0);

    // Pair B: taps the up buttons (and comes in by the short join address).
    const b = await phone();
    await b.page.goto(`/j/${voteCode}`);
    await b.page.waitForURL(`**/vote/${voteCode}`);
    await b.page.getByRole("heading", { name: "Sæt udsagnene i rækkefølge" }).waitFor();
    await pickInOrder(b.page, SHORT[0] as string);
    while ((await rankTexts(b.page))[0] !== target)
      await b.page.getByRole("button", { name: `Flyt op: ${target}` }).click();
    expect(await horizontalOverflow(b.page)).toBe(0);
    await b.page.getByRole("button", { name: "Send vores stemme" }).click();
    await b.page.getByRole("heading", { name: "Tak! Jeres stemme er talt med." }).waitFor();

    // The facilitator's screen: two ballots and four bars, with no reload.
    await page.locator("p.ballot-count[data-ballots='2']").waitFor();
    const chart = page.locator("svg[data-chart='workshop-results']");
    await chart.waitFor();
    expect(await chart.locator("rect.results-bar").count()).toBe(4);
    expect(await chart.locator("[data-statement]").first().getAttribute("data-rank")).toBe("1");
    expect(await chart.locator("[data-statement]").first().locator("title").textContent()).toBe(
      `1. ${target}`,
    );
    // Both pairs put it first: full Borda score, and the chance of the top three shown.
    expect(await chart.locator("rect.results-bar").first().getAttribute("data-score")).toBe("100.0");
    // Two ballots say nothing about how sure the order is, and the page says so.
    await page.getByText("Når der er mindst 10 stemmesedler", { exact: false }).waitFor();
    expect(await chart.getByText("chance", { exact: false }).count()).toBe(0);
    const rows = page.locator("table#session-table tbody tr");
    expect(await rows.count()).toBe(4);
    expect(await rows.first().locator("th").textContent()).toBe(target);
    expect(await rows.first().locator("td").first().textContent()).toBe("1.");
    expect(await stillSamePage(page)).toBe(true);
    expect(orderA[0]).toBe(await rows.first().getAttribute("data-statement"));
  });

  test("a ballot whose answer was lost is sent again with the same key and counted once", async () => {
    const c = await phone();
    const keys: string[] = [];
    let dropped = false;
    await c.page.route("**/api/v1/vote/*/ballots", async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (dropped) return route.continue();
      // The server gets the ballot and counts it; the phone never hears back.
      dropped = true;
      await route.fetch();
      await route.abort("connectionreset");
    });
    await c.page.goto(`/vote/${voteCode}`);
    // This pair agrees on the top statement too, so the ranking below stays as it is.
    const target = SHORT[3] as string;
    await c.page.getByRole("heading", { name: "Sæt udsagnene i rækkefølge" }).waitFor();
    await pickInOrder(c.page, target);
    await c.page.getByRole("button", { name: "Send vores stemme" }).click();
    await c.page.getByText("Stemmesedlen kom ikke frem", { exact: false }).waitFor();
    await page.locator("p.ballot-count[data-ballots='3']").waitFor();
    await c.page.getByRole("button", { name: "Prøv igen" }).click();
    await c.page.getByRole("heading", { name: "Tak! Jeres stemme er talt med." }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    // Still three: the retry was recognised, not counted again. Two reads of the session that the
    // screen starts after the retry's receipt: the second starts once the first is shown.
    for (let n = 0; n < 2; n++)
      await page.waitForResponse(
        (r) =>
          r.request().method() === "GET" &&
          /\/api\/v1\/voting-sessions\/[^/]+$/.test(new URL(r.url()).pathname),
      );
    expect(await page.locator("p.ballot-count").getAttribute("data-ballots")).toBe("3");
  });

  test("a closed session tells a phone so, in plain words", async () => {
    await page.getByRole("button", { name: "Luk afstemningen" }).click();
    await page.getByText("Afstemningen er lukket. Der tages ikke imod flere stemmesedler.").waitFor();
    const d = await phone();
    await d.page.goto(`/vote/${voteCode}`);
    await d.page.getByRole("heading", { name: "Afstemningen er lukket" }).waitFor();
    expect(await d.page.getByRole("button", { name: "Send vores stemme" }).count()).toBe(0);
  });

  test("the facilitator writes an action plan for the top statement with one action and sees it listed", async () => {
    await page.goto(`${workshopUrl}?view=prioritise`);
    await page.getByRole("button", { name: "Gå videre til: Handleplaner" }).click();
    await page.getByRole("heading", { level: 2, name: "Handleplaner for top tre" }).waitFor();
    const top = SHORT[3] as string;
    await page.getByRole("link", { name: `Skriv en handleplan for: ${top}` }).click();
    await page.getByRole("heading", { level: 1, name: "Ny handleplan" }).waitFor();
    expect(await page.getByLabel("Planens titel").inputValue()).toBe(top);
    expect(await page.getByLabel("Prioritet", { exact: true }).inputValue()).toBe("1");
    await page.getByLabel("Team", { exact: true }).selectOption({ label: "Telefonerne" });
    await page.getByLabel("Mål", { exact: true }).fill("Færre afbrydelser i de stille timer");
    await page
      .getByLabel("Skala i målingen, der skal flytte sig")
      .selectOption({ label: "Indflydelse i arbejdet" });
    // The scale's current score is shown as the baseline (from the latest published round).
    await page.locator(".baseline").getByText("Udgangspunkt:").waitFor();
    expect(await page.locator(".baseline").textContent()).toMatch(/Indflydelse i arbejdet var \d+,\d/);
    await page.locator("#new-plan-theme option").nth(9).waitFor({ state: "attached" });
    await page.getByLabel("Tema", { exact: true }).selectOption({ index: 2 });
    await page.getByLabel("Handling 1").fill("Stille time hver formiddag");
    await page.getByLabel("Ansvarlig", { exact: true }).fill("Teamleder");
    await page.getByLabel("Frist", { exact: true }).fill("2020-03-01");
    await page.getByRole("button", { name: "Gem handleplanen" }).click();

    await page.getByRole("heading", { level: 1, name: top }).waitFor();
    planUrl = new URL(page.url()).pathname;
    await page.getByText("Handleplanen er gemt.").waitFor();
    const item = page.locator(".action-item").filter({ hasText: "Stille time hver formiddag" });
    await item.getByText("Fristen er overskredet").waitFor();
    expect(await item.textContent()).toContain("ansvarlig: Teamleder");
    await page.getByRole("heading", { name: "Opfølgning" }).waitFor();
    expect(await page.locator(".follow-up").textContent()).toMatch(
      /Udgangspunkt: Indflydelse i arbejdet var/,
    );
    expect(await page.locator("a[href^='/themes/']").count()).toBeGreaterThan(0);

    // Status of the action, changed in place.
    await page.getByLabel("Status for: Stille time hver formiddag").selectOption("in-progress");
    await page.getByText("»Stille time hver formiddag« er nu: I gang.").waitFor();

    await page.getByRole("link", { name: "← Centrets handleplaner" }).click();
    await page.getByRole("heading", { level: 1, name: "Handleplaner i Borgerservice" }).waitFor();
    const card = page
      .locator(".plan-card")
      .filter({ has: page.getByRole("link", { name: top, exact: true }) });
    await card.waitFor();
    expect(await card.textContent()).toContain("Telefonerne");
    await card.getByText("1 overskredet frist").waitFor();
    expect(await card.evaluate((el) => el.classList.contains("plan-card--overdue"))).toBe(true);

    // And on the workshop's plan stage, under the top statement.
    await page.goto(`${workshopUrl}?view=plan`);
    const topCard = page.locator(".top-three__item").first();
    await topCard.getByRole("link", { name: top, exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  test("English: the facilitator's and the pair's screens switch language", async () => {
    await page.goto(sessionUrl);
    await page.getByRole("button", { name: "English" }).click();
    // The session was closed above: its result is final, and said so.
    await page.getByRole("heading", { level: 2, name: "Final result" }).waitFor();
    await page.getByRole("columnheader", { name: "Chance of being in the top three" }).waitFor();
    await page.getByText("Once there are at least 10 ballots", { exact: false }).waitFor();
    await page.goto(workshopUrl);
    const stages = page.getByRole("navigation", { name: "The workshop's stages" });
    await stages.getByRole("link").first().waitFor();
    expect(await stages.getByRole("link").allTextContents()).toEqual([
      "✓Collect (done)",
      "✓Condense (done)",
      "✓Prioritise (done)",
      "4Action plansnow",
      "5Follow-up",
    ]);
    await page.goto(planUrl);
    await page.getByRole("heading", { level: 2, name: "Actions" }).waitFor();
    await page.getByText("Overdue", { exact: true }).waitFor();

    const e = await phone();
    await e.page.goto("/j");
    await e.page.getByRole("button", { name: "English" }).click();
    await e.page.getByRole("heading", { level: 1, name: "Join a workshop" }).waitFor();
    await e.page.getByLabel("Code").fill("zz zz zz");
    await e.page.getByRole("button", { name: "Continue" }).click();
    await e.page.getByText("The code does not work.", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Dansk" }).click();
  });

  test("at 360 px the facilitator's pages do not scroll sideways", async () => {
    await page.setViewportSize(PHONE);
    for (const path of [
      `${workshopUrl}?view=collect`,
      `${workshopUrl}?view=condense`,
      `${workshopUrl}?view=prioritise`,
      `${workshopUrl}?view=plan`,
      sessionUrl,
      planUrl,
      "/centres/demo-c01/plans",
      "/centres/demo-c01/workshops",
    ]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page
        .locator(".loading")
        .first()
        .waitFor({ state: "detached" })
        .catch(() => {});
      expect(await horizontalOverflow(page), path).toBe(0);
    }
    for (const p of phones) expect(p.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
