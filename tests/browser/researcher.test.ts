import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_NETWORK_NAME, demoCentres, launchChromium, newPage, pageText, signIn } from "./helpers.ts";

describe("a researcher is pointed to the research API and sees no centre by name", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the home page explains the exports and links the API documentation", async () => {
    await signIn(page, "researcher@example.org");
    const card = page.getByRole("region", { name: DEMO_NETWORK_NAME });
    expect(await card.textContent()).toContain("faste pseudonymer");
    const docs = card.getByRole("link", { name: "Læs API-dokumentationen" });
    expect(await docs.getAttribute("href")).toBe("/api/docs");
    // The administration's links are not offered.
    expect(await page.getByRole("link", { name: "Administrér netværket" }).count()).toBe(0);
  });

  test("a centre's page is closed and no centre is named", async () => {
    const { centres } = await demoCentres();
    await page.goto(`/centres/${centres[0]?.id}`);
    await page.getByText("Centret findes ikke, eller du har ikke adgang til det.").waitFor();
    const text = await pageText(page);
    for (const c of centres) expect(text).not.toContain(c.name);
    expect(errors).toEqual([]);
  });

  test("a round's fieldwork pages say whose they are instead of offering forms the API refuses", async () => {
    for (const section of ["invitations", "import", "participation"]) {
      await page.goto(`/rounds/demo-round-2009/${section}`);
      await page
        .getByText(/Feltarbejdet \(invitationer, import og deltagelse\) er for netværkets koordinator/)
        .waitFor();
      expect(await page.locator("form, input[type=file]").count(), section).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
