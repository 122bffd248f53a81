import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { axeViolations } from "./axe.ts";
import { horizontalOverflow, launchChromium, newPage, signIn } from "./helpers.ts";
import { CENTRE_ID, centreFacilitator, fieldworkRound, newCodes } from "./survey-fixtures.ts";
import { SEND, skipToSend } from "./survey-steps.ts";

const PHONE = { width: 360, height: 740 };
const SHOTS = process.env.AMICA_SHOTS;

/** Items of a scale; on the strain scales option 1 ("Hele tiden") scores 100, option 5 scores 0. */
const itemsOf = (scale: string) =>
  builtinInstrument.items.filter((i) => i.scale === scale).map((i) => i.code);

/**
 * Answers given on this device before: written into its own storage as the page keeps them, so
 * the test can send a profile with high stress and sleeping troubles without tapping 92 questions
 * (the taps themselves are survey.test.ts's subject).
 */
async function keptAnswers(page: Page, code: string, answers: Record<string, number>) {
  await page.goto("/s");
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key as string, value as string),
    [`amica.survey.${code}`, JSON.stringify({ v: 1, answers, panelCode: "", step: 0 })],
  );
}

async function sendFromLastStep(page: Page) {
  await skipToSend(page);
  await page.getByRole("button", { name: SEND }).click();
}

describe("the own profile points to help in the centre's own words", () => {
  let browser: Browser;
  let roundId: string;

  beforeAll(async () => {
    roundId = (await fieldworkRound()).id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the centre's facilitator sets the text; a respondent with high stress and sleeping troubles reads it under their profile, one without does not", {
    timeout: 240_000,
  }, async () => {
    const email = await centreFacilitator();
    const staff = await newPage(browser);
    await signIn(staff.page, email);
    await staff.page.goto(`/centres/${CENTRE_ID}`);
    const da = staff.page.getByLabel("Tekst på dansk");
    await da.waitFor();
    // The default is shown next to each field.
    await staff.page.getByText(/^Standardtekst: Du kan tale med din nærmeste leder/).waitFor();
    expect(await axeViolations(staff.page), "the centre's page with the text form").toEqual([]);
    await da.fill("Ring til Mette i HR\n22 33 44 55");
    await staff.page.getByLabel("Tekst på engelsk").fill("");
    await staff.page.getByRole("button", { name: "Gem teksten" }).click();
    await staff.page.getByText("Teksten er gemt.").waitFor();
    if (SHOTS) await staff.page.screenshot({ path: `${SHOTS}/support-settings-1280.png`, fullPage: true });
    await staff.page.setViewportSize(PHONE);
    expect(await horizontalOverflow(staff.page)).toBe(0);
    if (SHOTS) await staff.page.screenshot({ path: `${SHOTS}/support-settings-360.png`, fullPage: true });
    await staff.context.close();

    const [strained, rested] = await newCodes(roundId, 2);
    const high = Object.fromEntries(
      [...itemsOf("stress"), ...itemsOf("sleeping-troubles")].map((code) => [code, 1]),
    );
    const low = Object.fromEntries(itemsOf("burnout").map((code) => [code, 5]));

    const { context, page, errors } = await newPage(browser, PHONE);
    await keptAnswers(page, strained ?? "", { ...high, ...low });
    await page.goto(`/s/${strained}`);
    await sendFromLastStep(page);
    await page.getByRole("heading", { level: 2, name: "Tak, dine svar er modtaget" }).waitFor();
    await page.getByRole("button", { name: "Vis min profil" }).click();
    const note = page.getByRole("region", { name: "Tal med nogen om det" });
    await note.waitFor();
    expect(await note.textContent()).toContain("Dine svar ligger højt ved stress og søvnbesvær.");
    // The centre's own line, its line break kept on the screen (hence the rendered text).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered line break is the point
    expect(await note.locator(".survey-support__text").innerText()).toBe("Ring til Mette i HR\n22 33 44 55");
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page), "the profile with the support line").toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/support-profile-360.png`, fullPage: true });
    // In English: no English text set, so the centre's Danish line, marked as Danish.
    await page.getByRole("button", { name: "English" }).click();
    const noteEn = page.getByRole("region", { name: "Talk to someone about it" });
    await noteEn
      .getByText("Your answers are high on stress and sleeping troubles.", { exact: false })
      .waitFor();
    expect(await noteEn.locator(".survey-support__text").getAttribute("lang")).toBe("da");
    await page.setViewportSize({ width: 1280, height: 900 });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/support-profile-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();

    const calm = await newPage(browser, PHONE);
    await keptAnswers(calm.page, rested ?? "", Object.fromEntries(Object.keys(high).map((k) => [k, 5])));
    await calm.page.goto(`/s/${rested}`);
    await sendFromLastStep(calm.page);
    await calm.page.getByRole("button", { name: "Vis min profil" }).click();
    await calm.page.locator("table.profile-table").waitFor();
    expect(await calm.page.locator(".survey-support").count()).toBe(0);
    expect(calm.errors).toEqual([]);
    await calm.context.close();
  });
});
