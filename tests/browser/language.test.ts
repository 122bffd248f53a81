import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, newPage, signIn } from "./helpers.ts";

describe("Danish by default, English on request", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];

  const lang = () => page.evaluate(() => document.documentElement.lang);

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the login page is in Danish", async () => {
    await page.goto("/login");
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    expect(await lang()).toBe("da");
    expect(await page.getByLabel("Adgangskode").count()).toBe(1);
  });

  test("switching to English changes the words, the dates and <html lang>, and is remembered", async () => {
    await signIn(page, "coordinator@example.org");
    const rounds = page.getByRole("region", { name: "AMICA-netværket (demo)" });
    await rounds.getByText("7. september 2009 – 30. september 2009").waitFor();

    await page.getByRole("button", { name: "English" }).click();
    // The English strings are fetched on the first switch (only the language in use is loaded).
    await page.getByRole("heading", { level: 1, name: "Welcome, Karin Koordinator" }).waitFor();
    expect(await lang()).toBe("en");
    await rounds.getByText("7 September 2009 – 30 September 2009").waitFor();
    expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(1);
    expect(await page.title()).toContain("Welcome");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Welcome, Karin Koordinator" }).waitFor();
    expect(await lang()).toBe("en");
  });

  test("a link followed before the English strings arrive opens in English", async () => {
    const { context: other, page: fresh, errors: freshErrors } = await newPage(browser);
    await signIn(fresh, "coordinator@example.org");
    // Hold back the English strings of this page: the reader clicks "English" and follows a link
    // while they are still on their way. The choice must already be remembered.
    let held = false;
    let reached = () => {};
    const asked = new Promise<void>((resolve) => {
      reached = resolve;
    });
    await fresh.route(/\/assets\/(all-)?en-[^/]+\.js$/, async (route) => {
      if (held) return route.continue();
      held = true;
      reached();
      await new Promise<void>((resolve) => fresh.once("framenavigated", () => resolve()));
      await route.abort();
    });
    await fresh.getByRole("button", { name: "English" }).click();
    await asked;
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe("da");
    await fresh.goto("/");
    expect(await fresh.evaluate(() => localStorage.getItem("amica.locale"))).toBe("en");
    await fresh.getByRole("heading", { level: 1, name: "Welcome, Karin Koordinator" }).waitFor();
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(freshErrors.filter((e) => !/dynamically imported module|Failed to fetch/.test(e.message))).toEqual(
      [],
    );
    await other.close();
  });

  test("errors from the API are shown in English too", async () => {
    await page.goto("/login");
    // Signed in: the login page sends the visitor home; sign out first.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByLabel("Email").fill("coordinator@example.org");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("Wrong email or password.").waitFor();
  });

  test("switching back to Danish", async () => {
    await page.getByRole("button", { name: "Dansk" }).click();
    // Only the language in use is loaded (issue 14): after the reload in English, the Danish
    // strings are fetched on this switch, and the page changes when they are there.
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    expect(await lang()).toBe("da");
    await page.getByRole("alert").getByText("Forkert e-mail eller adgangskode.").waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    expect(await lang()).toBe("da");
    expect(errors).toEqual([]);
  });
});
