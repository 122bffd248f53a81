import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { launchChromium, newPage, signIn } from "./helpers.ts";
import { fieldworkRound, newCodes } from "./survey-fixtures.ts";
import { tap } from "./survey-steps.ts";
import { smallTargets } from "./tap-targets.ts";

const PHONE = { width: 360, height: 740 };

/**
 * How the screen is built, its words left out: each element's tag, classes, type, role and which
 * ARIA attributes it has, in document order. Two questions of the same kind have the same shape.
 */
function screenShape(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("main *"))
      .map((el) =>
        [
          el.tagName,
          el.getAttribute("class") ?? "",
          el.getAttribute("type") ?? "",
          el.getAttribute("role") ?? "",
          ...Array.from(el.attributes)
            .filter((a) => a.name.startsWith("aria-"))
            .map((a) => a.name),
        ].join(" "),
      )
      .join("\n"),
  );
}

describe("axe-core finds no violations on the survey and fieldwork pages", () => {
  let browser: Browser;
  let round: { id: string; label: string };

  beforeAll(async () => {
    round = await fieldworkRound();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the respondent's screens, a refused fourth choice, the profile, the thanks and a used code", async () => {
    const [code] = await newCodes(round.id, 1);
    const { context, page } = await newPage(browser, PHONE);
    /** Every tap target of the screen at least 44 × 44 px (checked, as axe is, on every step). */
    const targets = async (screen: string) => expect(await smallTargets(page), screen).toEqual([]);
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).waitFor();
    expect(await axeViolations(page, "axe-default"), "welcome").toEqual([]);
    await targets("welcome");
    await page.getByRole("button", { name: "Start" }).click();
    await tap(page, 1);
    // Every kind of screen: an answered item (with its "clear" button), the choice question, an open one.
    await page.getByRole("button", { name: "Tilbage" }).click();
    await page.getByRole("button", { name: /Fjern mit svar/ }).waitFor();
    expect(await axeViolations(page, "axe-default"), "a question").toEqual([]);
    let step = 1;
    await targets(`step ${step}`);
    // axe on every new kind of screen: a screen built like one already checked (another question
    // of the same kind, its own words aside) holds nothing new for it. Tap targets on every step.
    const shapes = new Set([await screenShape(page)]);
    const next = async () => {
      await page.getByRole("button", { name: /^(Næste|Spring over)$/ }).click();
      step++;
      const shape = await screenShape(page);
      if (!shapes.has(shape)) {
        shapes.add(shape);
        expect(await axeViolations(page, "axe-default"), `step ${step}`).toEqual([]);
      }
      await targets(`step ${step}`);
    };
    while (!(await page.locator("#q-value-most").isVisible())) await next();
    const choices = page.locator("#q-value-most input[type=checkbox]");
    for (const i of [0, 1, 2, 3]) await choices.nth(i).click();
    expect(await axeViolations(page, "axe-default"), "the choice question").toEqual([]);
    await targets("the choice question with a refused fourth choice");
    await next();
    await page.locator("textarea").waitFor();
    expect(await axeViolations(page, "axe-default"), "an open question").toEqual([]);
    while (!(await page.getByRole("button", { name: "Send mine svar" }).isVisible())) await next();
    await page.getByLabel("Din panelkode").fill("x"); // too short: shown as an error on sending
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page.locator("#panel-code-error").waitFor();
    expect(await axeViolations(page, "axe-default"), "last step with errors").toEqual([]);
    await targets("last step with errors");
    await page.getByLabel("Din panelkode").fill("");
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page.getByRole("button", { name: "Vis min profil" }).click();
    await page.locator("table.profile-table").waitFor();
    expect(await axeViolations(page, "axe-default"), "profile").toEqual([]);
    await targets("profile");
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Tak, dine svar er modtaget" }).waitFor();
    expect(await axeViolations(page, "axe-default"), "thanks on the same device").toEqual([]);
    await targets("thanks on the same device");
    const other = await newPage(browser, PHONE);
    await other.page.goto(`/s/${code}`);
    await other.page.getByRole("heading", { level: 2, name: "Koden kan ikke bruges" }).waitFor();
    expect(await axeViolations(other.page, "axe-default"), "used code on another device").toEqual([]);
    await other.context.close();
    await context.close();
  });

  test("invitations with slips, an import's rejected rows and participation", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "coordinator@example.org");
    await page.goto(`/rounds/${round.id}/invitations`);
    await page.getByLabel("Antal koder").fill("2");
    await page.getByRole("button", { name: "Lav koder" }).click();
    await page.locator(".slip__qr svg").first().waitFor();
    expect(await axeViolations(page, "axe-default"), "invitations").toEqual([]);

    await page
      .getByRole("navigation", { name: "Runden i felten" })
      .getByRole("link", { name: "Import" })
      .click();
    await page.getByLabel("CSV-fil").setInputFiles({
      name: "fejl.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("centre;nosuchitem\r\nnowhere;1\r\n"),
    });
    await page.getByRole("button", { name: "Importér" }).click();
    await page.getByRole("heading", { level: 2, name: "Resultat af importen" }).waitFor();
    expect(await axeViolations(page, "axe-default"), "import").toEqual([]);

    await page
      .getByRole("navigation", { name: "Runden i felten" })
      .getByRole("link", { name: "Deltagelse" })
      .click();
    await page.locator("#participation-table").waitFor();
    expect(await axeViolations(page, "axe-default"), "participation").toEqual([]);
    await context.close();
  });
});
