import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { baseUrl, horizontalOverflow, launchChromium, newPage } from "./helpers.ts";
import { fieldworkRound, newCodes } from "./survey-fixtures.ts";
import { skipToSend, tap } from "./survey-steps.ts";

const PHONE = { width: 360, height: 740 };
const SHOTS = process.env.AMICA_SHOTS;
describe("keeping the answers on the server to go on on another device (opt-in)", () => {
  let browser: Browser;
  let roundId: string;

  beforeAll(async () => {
    roundId = (await fieldworkRound()).id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("a phone keeps two answers on the server; a second device with the same code goes on from the third question; sending deletes the copy", {
    timeout: 180_000,
  }, async () => {
    const [code] = await newCodes(roundId, 1);
    const phone = await newPage(browser, PHONE);
    await phone.page.goto(`/s/${code}`);
    await phone.page.getByRole("button", { name: "Start" }).click();
    await tap(phone.page, 2);
    await phone.page.getByRole("button", { name: "Tilbage" }).click();
    await phone.page.locator("fieldset.survey-question").waitFor();
    await phone.page.getByRole("button", { name: "Næste" }).click();
    await tap(phone.page, 4);
    await phone.page.getByRole("button", { name: "Gem på serveren" }).click();
    await phone.page.getByText(/^Gemt på serveren kl\. \d\d[.:]\d\d/).waitFor();
    await phone.page.getByRole("button", { name: "Fjern fra serveren" }).waitFor();
    const save = await phone.page.getByRole("button", { name: "Gem igen på serveren" }).boundingBox();
    expect(save?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(await horizontalOverflow(phone.page)).toBe(0);
    expect(await axeViolations(phone.page), "the question with the server copy offer").toEqual([]);
    if (SHOTS) await phone.page.screenshot({ path: `${SHOTS}/draft-phone-360.png`, fullPage: true });
    expect(phone.errors).toEqual([]);
    await phone.context.close();

    const laptop = await newPage(browser, { width: 1280, height: 900 });
    await laptop.page.goto(`/s/${code}`);
    await laptop.page.getByText("Dine svar fra serveren er hentet; du fortsætter, hvor du slap.").waitFor();
    await laptop.page.getByText("2 af", { exact: false }).first().waitFor();
    // The first unanswered question: the third.
    await laptop.page.getByText(/Spørgsmål 3 af/).waitFor();
    expect(await axeViolations(laptop.page), "restored from the server").toEqual([]);
    if (SHOTS) await laptop.page.screenshot({ path: `${SHOTS}/draft-restored-1280.png`, fullPage: true });
    await skipToSend(laptop.page);
    await laptop.page.getByRole("button", { name: "Send mine svar" }).click();
    // The thanks, or whatever the page said instead (an alert: throttled, a server error…), so that
    // a failure names the page's state (this wait once ran out in a full run, and never alone).
    const thanks = laptop.page.getByRole("heading", { level: 2, name: "Tak, dine svar er modtaget" });
    await thanks.or(laptop.page.locator("[role=alert]:not(:empty)")).first().waitFor();
    if ((await thanks.count()) === 0) {
      const said = (await laptop.page.locator("body").textContent()) ?? "";
      throw new Error(`no thanks after sending; the page says: ${said.slice(0, 600)}`);
    }
    // The copy went with the answers: the code is used, and no draft can be read under it.
    const after = await fetch(`${baseUrl}/api/v1/survey/${code}/draft`);
    expect(after.status).toBe(404);
    expect(laptop.errors).toEqual([]);
    await laptop.context.close();
  });
});
