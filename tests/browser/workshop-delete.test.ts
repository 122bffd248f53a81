/**
 * Deleting a workshop in a real Chromium, as Borgerservice's facilitator: one made through the UI
 * goes after an inline confirm step and stays gone after a reload; one that pairs have voted in
 * cannot be deleted, and the page says why.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { baseUrl, DEMO_PASSWORD, launchChromium, newPage, signIn } from "./helpers.ts";

const FACILITATOR = "facilitator@example.org";
const CENTRE = "demo-borgerservice";
const stamp = Date.now().toString(36);

/** A JSON call to the API as `cookie` (none: a participant with a code). */
async function call(cookie: string, method: string, path: string, body?: unknown, headers = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { origin: baseUrl, "content-type": "application/json", cookie, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

async function login(email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return (res.headers.getSetCookie()[0] ?? "").split(";")[0] as string;
}

describe("deleting a workshop", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, FACILITATOR);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("a workshop made in the UI is deleted after a confirm step, and is gone after a reload", async () => {
    const title = `Slettes ${stamp}`;
    await page.goto(`/centres/${CENTRE}/workshops`);
    await page.getByRole("heading", { level: 1, name: "Workshops i Borgerservice" }).waitFor();
    await page.getByLabel("Navn", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Start workshoppen" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();

    const remove = page.getByRole("button", { name: "Slet workshoppen" });
    const yes = page.getByRole("button", { name: "Ja, slet workshoppen" });
    expect(await remove.isEnabled()).toBe(true);
    expect(await yes.isVisible()).toBe(false);

    // The confirm step: the question names the group, the keyboard lands on "yes"; cancel goes back.
    await remove.click();
    const group = page.getByRole("group", { name: new RegExp(`»${title}« slettes`) });
    await group.waitFor();
    await expect.poll(() => yes.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await group.getByRole("button", { name: "Annullér" }).click();
    await expect.poll(() => remove.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await group.isVisible()).toBe(false);

    await remove.click();
    await yes.click();
    await page.getByRole("heading", { level: 1, name: "Workshops i Borgerservice" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/centres/${CENTRE}/workshops`);
    const list = page.getByRole("region", { name: "Workshopforløb" });
    await expect.poll(() => list.getByRole("link", { name: title }).count()).toBe(0);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Workshops i Borgerservice" }).waitFor();
    await list.waitFor();
    expect(await list.getByRole("link", { name: title }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test("a ballot cast while the page is open: the API's refusal is shown, and the button then says why", async () => {
    const cookie = await login(FACILITATOR);
    const title = `Sent stemt ${stamp}`;
    const w = await call(cookie, "POST", `/api/v1/centres/${CENTRE}/workshops`, { title });
    const ids: string[] = [];
    for (const text of ["Ro til opgaverne", "Faglig sparring", "Tid til borgeren"])
      ids.push((await call(cookie, "POST", `/api/v1/workshops/${w.id}/statements`, { text })).id);
    const session = await call(cookie, "POST", `/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    // In the plan stage the page does not poll: it learns of the ballot only from the refusal.
    await call(cookie, "PATCH", `/api/v1/workshops/${w.id}`, { stage: "plan" });

    await page.goto(`/workshops/${w.id}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const remove = page.getByRole("button", { name: "Slet workshoppen" });
    await remove.click();
    await call(
      "",
      "POST",
      `/api/v1/vote/${session.code}/ballots`,
      { ranking: ids },
      { "idempotency-key": `late-${stamp}` },
    );
    await page.getByRole("button", { name: "Ja, slet workshoppen" }).click();

    const alert = page.locator(".workshop-delete [role=alert]");
    await expect.poll(() => alert.textContent()).toMatch(/Det kunne ikke lade sig gøre: .*1 ballot was cast/);
    await expect.poll(() => remove.isDisabled()).toBe(true);
    // The keyboard is not left on the hidden confirm step: it is on the reason.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("workshop-delete-blocked");
    expect(await page.locator("#workshop-delete-blocked").textContent()).toContain(
      "Der er afgivet 1 stemmeseddel",
    );
    expect(new URL(page.url()).pathname).toBe(`/workshops/${w.id}`);
    expect(errors).toEqual([]);
  });

  test("a workshop with ballots cannot be deleted, and the page says why", async () => {
    const cookie = await login(FACILITATOR);
    const title = `Stemt ${stamp}`;
    const w = await call(cookie, "POST", `/api/v1/centres/${CENTRE}/workshops`, { title });
    const ids: string[] = [];
    for (const text of ["Ro til opgaverne", "Faglig sparring", "Tid til borgeren"])
      ids.push((await call(cookie, "POST", `/api/v1/workshops/${w.id}/statements`, { text })).id);
    const session = await call(cookie, "POST", `/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    await call(
      "",
      "POST",
      `/api/v1/vote/${session.code}/ballots`,
      { ranking: ids },
      { "idempotency-key": stamp },
    );

    await page.goto(`/workshops/${w.id}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const remove = page.getByRole("button", { name: "Slet workshoppen" });
    await remove.waitFor();
    expect(await remove.isDisabled()).toBe(true);
    const why = page.locator("#workshop-delete-blocked");
    expect(await remove.getAttribute("aria-describedby")).toBe("workshop-delete-blocked");
    expect(await why.textContent()).toContain("centrets dokumentation");
    expect(await why.textContent()).toContain("Der er afgivet 1 stemmeseddel");
    expect(errors).toEqual([]);
  });
});
