/**
 * Deleting a workshop in a real Chromium, as Borgerservice's facilitator: one made through the UI
 * goes after an inline confirm step and stays gone after a reload; one that pairs have voted in
 * cannot be deleted, and the page says why.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { apiAs, apiClient, launchChromium, newPage, signIn } from "./helpers.ts";

const FACILITATOR = "facilitator@example.org";
const CENTRE = "demo-c01";
const stamp = Date.now().toString(36);

/** A workshop of three statements with an open ranking session, made through the API. */
async function workshopWithVotingSession(title: string) {
  const facilitator = await apiAs(FACILITATOR);
  const w = await facilitator.json<{ id: string }>("POST", `/api/v1/centres/${CENTRE}/workshops`, { title });
  const ids: string[] = [];
  for (const text of ["Ro til opgaverne", "Faglig sparring", "Tid til borgeren"])
    ids.push(
      (await facilitator.json<{ id: string }>("POST", `/api/v1/workshops/${w.id}/statements`, { text })).id,
    );
  const session = await facilitator.json<{ code: string }>(
    "POST",
    `/api/v1/workshops/${w.id}/voting-sessions`,
    {
      mode: "rank",
    },
  );
  return { facilitator, w, ids, session };
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
    const title = `Sent stemt ${stamp}`;
    const { facilitator, w, ids, session } = await workshopWithVotingSession(title);
    // In the plan stage the page does not poll: it learns of the ballot only from the refusal.
    await facilitator.json("PATCH", `/api/v1/workshops/${w.id}`, { stage: "plan" });

    await page.goto(`/workshops/${w.id}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const remove = page.getByRole("button", { name: "Slet workshoppen" });
    await remove.click();
    await apiClient().json(
      "POST",
      `/api/v1/vote/${session.code}/ballots`,
      { ranking: ids },
      { "idempotency-key": `late-${stamp}` },
    );
    await page.getByRole("button", { name: "Ja, slet workshoppen" }).click();

    const alert = page.locator(".workshop-delete [role=alert]");
    await expect
      .poll(() => alert.textContent())
      .toBe(
        "Workshoppen kan ikke slettes: dens prioriteringer og handleplaner er centrets dokumentation af, hvad det har valgt og gør.",
      );
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
    const title = `Stemt ${stamp}`;
    const { w, ids, session } = await workshopWithVotingSession(title);
    await apiClient().json(
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
