import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  apiAs,
  type CentreRow,
  DEMO_NETWORK_NAME,
  demoCentres,
  horizontalOverflow,
  launchChromium,
  newPage,
  signIn,
} from "./helpers.ts";

describe("the coordinator's network overview and round steps", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let centres: CentreRow[];
  let trial: { network: { id: string }; label: string; suffix: string };

  beforeAll(async () => {
    ({ centres } = await demoCentres());
    // A network of its own with an open round, made before signing in (the session names the
    // networks it may see), so that the demo's rounds stay as they are.
    const suffix = Date.now().toString(36);
    const coordinator = await apiAs("coordinator@example.org");
    const post = (path: string, body: unknown = {}) => coordinator.json<{ id: string }>("POST", path, body);
    const network = await post("/api/v1/networks", { name: `Resultatprøve ${suffix}` });
    const centre = await post(`/api/v1/networks/${network.id}/centres`, { name: `Prøvecenter ${suffix}` });
    const label = `Prøverunde ${suffix}`;
    const round = await post(`/api/v1/networks/${network.id}/rounds`, {
      label,
      opensOn: "2011-03-01",
      closesOn: "2011-03-25",
      centreIds: [centre.id],
    });
    await post(`/api/v1/rounds/${round.id}/open`);
    trial = { network, label, suffix };
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the home page leads to a round's overview, which names every centre with its participation", async () => {
    await signIn(page, "coordinator@example.org");
    await page
      .getByRole("region", { name: DEMO_NETWORK_NAME })
      .getByRole("link", { name: "Overblik over 3. måling, september 2009" })
      .click();
    await page
      .getByRole("heading", { level: 1, name: "Netværksoverblik: 3. måling, september 2009" })
      .waitFor();
    await page.goto("/rounds/demo-round-2007/overview");
    await page.getByRole("heading", { level: 1, name: "Netværksoverblik: 1. måling, juni 2007" }).waitFor();
    const table = page.locator("#table-overview");
    const names = await table.locator("tbody th").allTextContents();
    for (const c of centres) expect(names).toContain(c.name);
    expect(await table.locator("tbody tr", { hasText: "Vestkyst Telecom Support" }).textContent()).toContain(
      "120",
    );
    const cells = page.locator('svg[data-chart="heatmap"]').first().locator('[role="gridcell"]');
    expect(await cells.count()).toBe(centres.length * 24);
  });

  test("sorting by participation puts the largest centre first, in the table and the heatmap", async () => {
    await page.getByLabel("Sortér centrene efter").selectOption("respondents");
    const first = page.locator("#table-overview tbody tr").first().locator("th");
    expect(await first.textContent()).toBe("Vestkyst Telecom Support");
    const rowHeader = page.locator('svg[data-chart="heatmap"]').first().locator('[role="rowheader"]').first();
    expect(await rowHeader.getAttribute("aria-label")).toBe("Vestkyst Telecom Support");
  });

  test("the heatmap's figures are on focus, and the arrow keys move between cells", async () => {
    const grid = page.locator('svg[data-chart="heatmap"]').first();
    await grid.locator('[role="gridcell"][tabindex="0"]').focus();
    const label = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    expect(await label()).toMatch(/^Vestkyst Telecom Support, Forudsigelighed \(information\): 41,1, Rød$/);
    await page.keyboard.press("ArrowRight");
    expect(await label()).toContain("Belønning");
    await page.locator(".heatmap__tip").waitFor();
  });

  test("one scale across rounds lists the centres in every round, and who did not take part", async () => {
    const across = page.locator("#table-across");
    await across.waitFor();
    expect(await across.locator("thead th").count()).toBe(1 + 3);
    await page.getByLabel("Skala", { exact: true }).selectOption("stress");
    await page
      .locator("#table-across-caption", { hasText: "Stress: centrenes score i hver måling" })
      .waitFor();
    expect(await across.locator("tbody tr", { hasText: "Trekanten Rejsecenter" }).textContent()).toContain(
      "ikke med",
    );
  });

  test("at 360 px the overview scrolls inside its boxes, not the page", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForTimeout(300);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("a round is closed, reopened, closed and published from the rounds page, each after saying what it does", async () => {
    const { network, label, suffix } = trial;
    await page.goto(`/networks/${network.id}/rounds`);
    const item = page.locator("#round-list li", { hasText: label });
    const step = async (button: string, confirm: string, explains: string, status: string) => {
      await item.getByRole("button", { name: button }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(explains);
      await dialog.getByRole("button", { name: confirm, exact: true }).click();
      await item.getByText(status, { exact: true }).waitFor();
    };
    await step(`Luk runden ${label}`, "Luk runden", "Der kan ikke længere svares", "Lukket");
    await step(`Genåbn runden ${label} for flere besvarelser`, "Genåbn", "beregnes på ny", "Åben");
    await step(`Luk runden ${label}`, "Luk runden", "Der kan ikke længere svares", "Lukket");

    // Cancelling changes nothing.
    await item.getByRole("button", { name: `Offentliggør resultaterne af ${label}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Fortryd" }).click();
    expect(await item.getByText("Lukket", { exact: true }).count()).toBe(1);

    await step(
      `Offentliggør resultaterne af ${label}`,
      "Offentliggør",
      "kan ikke ændres eller genåbnes",
      "Offentliggjort",
    );
    expect(await item.getByRole("button").count()).toBe(0);

    // A round without answers: its overview says "too few answers", never 0.
    await item.getByRole("link", { name: "Netværksoverblik" }).click();
    await page.getByRole("heading", { level: 1, name: `Netværksoverblik: ${label}` }).waitFor();
    const row = page.locator("#table-overview tbody tr", { hasText: `Prøvecenter ${suffix}` });
    expect(await row.textContent()).toContain("for få svar");
    expect(errors).toEqual([]);
  });
});
