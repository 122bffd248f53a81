import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { apiAs, DEMO_NETWORK_NAME, launchChromium, newPage, signIn } from "./helpers.ts";

describe("the coordinator administers the network in the browser", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  const suffix = Date.now().toString(36);
  const centreName = `Testcenter ${suffix}`;
  const roundLabel = `Testmåling ${suffix}`;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("signs in and sees the network on the home page", async () => {
    await signIn(page, "coordinator@example.org");
    const card = page.getByRole("region", { name: DEMO_NETWORK_NAME });
    await card.getByText(/aktive centre/).waitFor();
    expect(await card.textContent()).toContain("3. måling, september 2009");
  });

  test("adds a centre and sees it listed", async () => {
    // Other test files may have given the coordinator networks of their own: pick the demo's.
    await page
      .getByRole("region", { name: DEMO_NETWORK_NAME })
      .getByRole("link", { name: "Administrér netværket" })
      .click();
    await page.getByRole("heading", { level: 1, name: DEMO_NETWORK_NAME }).waitFor();
    await page
      .getByRole("navigation", { name: "Administration af netværket" })
      .getByRole("link", { name: "Centre" })
      .click();
    const list = page.locator("#centre-list");
    await list.getByRole("link", { name: "Borgerservice", exact: true }).waitFor();

    await page.getByLabel("Centrets navn").fill(centreName);
    await page.getByLabel("Med i netværket fra (valgfrit)").fill("2010-01-01");
    await page.getByRole("button", { name: "Tilføj center" }).click();

    await page.getByRole("status").getByText(`Centret ${centreName} er tilføjet.`).waitFor();
    await list.getByRole("link", { name: centreName }).waitFor();
    expect(await list.textContent()).toContain("Med siden 1. januar 2010");
  });

  test("a name already taken is reported next to the field, from the API", async () => {
    await page.getByLabel("Centrets navn").fill("Borgerservice");
    await page.getByRole("button", { name: "Tilføj center" }).click();
    const error = page.locator("#centre-name-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("Navnet er allerede brugt.");
    expect(await page.getByLabel("Centrets navn").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Centrets navn").getAttribute("aria-describedby")).toContain(
      "centre-name-error",
    );
  });

  test("a round that closes before it opens is refused with the reason at the date", async () => {
    await page
      .getByRole("navigation", { name: "Administration af netværket" })
      .getByRole("link", { name: "Målerunder" })
      .click();
    await page.getByRole("heading", { level: 2, name: "Opret en målerunde" }).waitFor();
    await page.getByLabel("Navn på runden").fill(roundLabel);
    await page.getByLabel("Åbner den").fill("2010-09-20");
    await page.getByLabel("Lukker den").fill("2010-09-01");
    await page.getByRole("button", { name: "Opret runde" }).click();
    const error = page.locator("#round-closes-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("Runden kan ikke lukke, før den åbner.");
  });

  test("creates a round with the new centre and sees it listed as a draft, then opens it", async () => {
    const centres = page.getByRole("group", { name: "Deltagende centre" });
    // Centres that left the network cannot take part and are not offered.
    expect(await centres.textContent()).not.toContain("Vestkyst Telecom Support");
    await centres.getByLabel(centreName).waitFor();
    expect(await centres.getByLabel(centreName).isChecked()).toBe(true);
    await centres.getByLabel("Fjordbank Kundecenter").uncheck();
    // Borgerservice's and Nordlys' latest round stays 2009: the cycle tests walk those cycles.
    await centres.getByLabel("Borgerservice").uncheck();
    await centres.getByLabel("Nordlys Forsikring Kundeservice").uncheck();

    await page.getByLabel("Lukker den").fill("2010-10-08");
    await page.getByRole("button", { name: "Opret runde" }).click();
    await page.getByRole("status").getByText(`Runden ${roundLabel} er oprettet som kladde.`).waitFor();

    const item = page.locator("#round-list li", { hasText: roundLabel });
    await item.waitFor();
    const text = await item.textContent();
    expect(text).toContain("Kladde");
    expect(text).toContain("Runde 4");
    expect(text).toContain("20. september 2010 – 8. oktober 2010");
    expect(text).toContain("4 centre"); // 6 active demo centres − three unticked + the new one

    await item.getByRole("button", { name: `Åbn runden ${roundLabel} for besvarelser` }).click();
    await item.getByText("Åben", { exact: true }).waitFor();
  });

  test("the new round and centre survive a reload (they are stored, not just shown)", async () => {
    await page.reload();
    await page
      .locator("#round-list li", { hasText: roundLabel })
      .getByText("Åben", { exact: true })
      .waitFor();
    await page.goto("/");
    await page.getByRole("region", { name: DEMO_NETWORK_NAME }).getByText(roundLabel).waitFor();
    expect(errors).toEqual([]);
  });

  test("the settings refuse a group size below three at its field, and keep a changed threshold", async () => {
    const coordinator = await apiAs("coordinator@example.org");
    const before = (await coordinator.json("GET", "/api/v1/networks/demo-network")) as {
      minGroupSize: number;
      meaningfulDifference: number;
    };
    await page.goto("/networks/demo-network");
    const minGroup = page.getByLabel("Mindste gruppestørrelse", { exact: true });
    await minGroup.fill("2");
    await page.getByRole("button", { name: "Gem indstillinger" }).click();
    await page.getByText("Mindste gruppestørrelse er aldrig under 3.").waitFor();
    expect(await minGroup.getAttribute("aria-invalid")).toBe("true");
    await minGroup.fill(String(before.minGroupSize));

    const threshold = page.getByLabel("Meningsfuld forskel (point på skalaen 0–100)");
    const changed = before.meaningfulDifference + 0.5;
    try {
      await threshold.fill(String(changed));
      await page.getByRole("button", { name: "Gem indstillinger" }).click();
      await page.getByRole("status").getByText("Indstillingerne er gemt.").waitFor();
      await page.reload();
      await threshold.waitFor();
      expect(Number(await threshold.inputValue())).toBe(changed);
      const after = (await coordinator.json("GET", "/api/v1/networks/demo-network")) as typeof before;
      expect(after.minGroupSize).toBe(before.minGroupSize);
    } finally {
      // Other files' reports use the demo's threshold.
      await coordinator.json("PATCH", "/api/v1/networks/demo-network", {
        meaningfulDifference: before.meaningfulDifference,
      });
    }
    expect(errors).toEqual([]);
  });
});
