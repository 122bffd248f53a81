import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type CentreRow, demoCentres, launchChromium, newPage, pageText, signIn } from "./helpers.ts";

describe("a facilitator sees their own centre and no other", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let networkId: string;
  let own: CentreRow;
  let others: CentreRow[];

  const expectNoOtherCentreNames = async () => {
    const text = await pageText(page);
    const html = await page.content();
    for (const other of others) {
      expect(text, `visible text names ${other.name}`).not.toContain(other.name);
      expect(html, `page source names ${other.name}`).not.toContain(other.name);
      expect(html, `page source holds the id of ${other.name}`).not.toContain(other.id);
    }
  };

  beforeAll(async () => {
    const demo = await demoCentres();
    networkId = demo.networkId;
    const found = demo.centres.find((c) => c.name === "Borgerservice");
    if (!found) throw new Error("The demo centre Borgerservice is missing.");
    own = found;
    others = demo.centres.filter((c) => c.id !== own.id);
    expect(others.length).toBeGreaterThanOrEqual(7);
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the home page shows the facilitator's centre, its teams and rounds", async () => {
    await signIn(page, "facilitator@example.org");
    const card = page.getByRole("region", { name: "Borgerservice" });
    await card.getByText("Telefonerne").waitFor();
    expect(await card.textContent()).toContain("1. måling, juni 2007");
    await expectNoOtherCentreNames();
  });

  test("the own centre's page opens with its teams", async () => {
    await page.getByRole("link", { name: "Centret og dets teams" }).click();
    await page.getByRole("heading", { level: 1, name: "Borgerservice" }).waitFor();
    await page.getByRole("region", { name: "Teams" }).getByText("Skranken").waitFor();
    // Renaming the centre or recording that it left is the coordinator's.
    expect(await page.getByRole("heading", { name: "Omdøb centret" }).count()).toBe(0);
    await expectNoOtherCentreNames();
  });

  test("another centre's address shows not found, and nothing of that centre", async () => {
    for (const other of others.slice(0, 3)) {
      await page.goto(`/centres/${other.id}`);
      await page.getByText("Centret findes ikke, eller du har ikke adgang til det.").waitFor();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Siden findes ikke");
      await expectNoOtherCentreNames();
    }
  });

  test("the network's administration is closed to a facilitator and names no centre", async () => {
    await page.goto(`/networks/${networkId}/centres`);
    await page.getByText("Kun netværkets koordinator kan administrere netværket.").waitFor();
    expect(await page.getByRole("textbox").count()).toBe(0);
    await expectNoOtherCentreNames();
    expect(errors).toEqual([]);
  });
});
