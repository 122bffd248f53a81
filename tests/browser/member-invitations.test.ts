/**
 * People join by invitation: the coordinator makes a one-time link on the people page and passes
 * it on; the person opens it, chooses their own name and password, and is in. A forgotten password
 * goes the same way, through a reset link.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import {
  DEMO_NETWORK_NAME,
  demoCentres,
  horizontalOverflow,
  launchChromium,
  newPage,
  signIn,
} from "./helpers.ts";

describe("inviting a person and resetting their password", () => {
  let browser: Browser;
  let networkId = "";
  const email = `invited-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const password = "min egen gode adgangskode";

  beforeAll(async () => {
    browser = await launchChromium();
    ({ networkId } = await demoCentres());
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The coordinator's people page makes a link; the page shows it once, in a read-only field. */
  async function makeLink(action: (page: import("playwright-core").Page) => Promise<void>): Promise<string> {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, "coordinator@example.org");
    await page.goto(`/networks/${networkId}/people`);
    await page.getByRole("heading", { name: "Personer og roller" }).waitFor();
    await action(page);
    const field = page.locator(".one-time-link__url");
    await field.waitFor();
    const url = await field.inputValue();
    expect(errors).toEqual([]);
    await context.close();
    return new URL(url).pathname;
  }

  test("a new person accepts through the link and chooses their own password", async () => {
    const path = await makeLink(async (page) => {
      await page.getByLabel("E-mail", { exact: true }).fill(email);
      await page.getByLabel("Rolle", { exact: true }).selectOption("researcher");
      await page.getByRole("button", { name: "Lav invitationslinket" }).click();
      await page.getByRole("heading", { name: `Invitationslink til ${email}` }).waitFor();
      // The person is not on the list before they accept; the link waits among the pending ones.
      await page.getByRole("heading", { name: "Links, der ikke er brugt endnu" }).waitFor();
      expect(await page.locator(".item__meta", { hasText: email }).count()).toBe(0);
    });
    expect(path).toMatch(/^\/account\/[0-9a-f]{48}$/);

    const { context, page, errors } = await newPage(browser, { width: 360, height: 740 });
    await page.goto(path);
    await page.getByText(`Du er inviteret til ${DEMO_NETWORK_NAME} som Forsker.`).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel("Dit navn").fill("Ida Inviteret");
    await page.getByLabel("Vælg en adgangskode (mindst 10 tegn)").fill(password);
    await page.getByRole("button", { name: "Opret min konto og tag imod" }).click();
    await page.getByText("Velkommen! Du har nu rollen.").waitFor();
    await page.getByRole("link", { name: "Til forsiden" }).click();
    await page.getByRole("heading", { level: 1, name: "Velkommen, Ida Inviteret" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a used link says so instead of offering the form again", async () => {
    const path = await makeLink(async (page) => {
      await page.getByLabel("E-mail", { exact: true }).fill(`once-${email}`);
      await page.getByLabel("Rolle", { exact: true }).selectOption("researcher");
      await page.getByRole("button", { name: "Lav invitationslinket" }).click();
    });
    const { context, page } = await newPage(browser);
    await page.goto(path);
    await page.getByLabel("Dit navn").fill("Once");
    await page.getByLabel("Vælg en adgangskode (mindst 10 tegn)").fill(password);
    await page.getByRole("button", { name: "Opret min konto og tag imod" }).click();
    await page.getByText("Velkommen! Du har nu rollen.").waitFor();
    await page.goto(path);
    await page.getByText(/Linket virker ikke \(mere\)/).waitFor();
    await context.close();
  });

  test("a reset link lets the member choose a new password", async () => {
    const path = await makeLink(async (page) => {
      await page.getByRole("button", { name: "Link til ny adgangskode for Ida Inviteret" }).click();
      await page.getByRole("heading", { name: `Link til ny adgangskode for ${email}` }).waitFor();
    });
    const { context, page, errors } = await newPage(browser);
    await page.goto(path);
    await page.getByRole("heading", { level: 1, name: "Vælg en ny adgangskode" }).waitFor();
    await page.getByLabel("Ny adgangskode (mindst 10 tegn)").fill("en helt ny adgangskode");
    await page.getByRole("button", { name: "Gem den nye adgangskode" }).click();
    await page.getByText(/Din adgangskode er skiftet/).waitFor();
    await signIn(page, email, "en helt ny adgangskode");
    expect(errors).toEqual([]);
    await context.close();
  });
});
