import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { demoCentres, horizontalOverflow, launchChromium, newPage, signIn } from "./helpers.ts";

/** The narrowest phone the product supports. */
const PHONE = { width: 360, height: 740 };

// Every page as it opens is swept at 360 px by page-sweep.test.ts; here, what a click or the
// language changes.
describe("at 360 px wide, no page scrolls sideways", () => {
  let browser: Browser;
  let borgerservice: string;

  beforeAll(async () => {
    const demo = await demoCentres();
    borgerservice = demo.centres.find((c) => c.name === "Borgerservice")?.id ?? "";
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the login page, in both languages", async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto("/login");
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the facilitator's pages, with an error shown", async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    await signIn(page, "facilitator@example.org");
    expect(await horizontalOverflow(page)).toBe(0);
    await page.goto(`/centres/${borgerservice}`);
    await page.getByText("Telefonerne").waitFor();
    await page.getByRole("button", { name: "Tilføj team" }).click();
    await page.locator("#team-name-error").waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
