/**
 * A participant's phone (360×740) follows the workshop over the room's WebSocket: with its timers
 * stopped (so no poll can fire) it goes from collecting to waiting when the facilitator ends
 * collecting, on to the ballot when a voting session opens and, once it has voted, on to the next
 * session when that opens, each within 1 s of the change.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ApiClient, apiAs, launchChromium, newPage } from "./helpers.ts";

const PHONE = { width: 360, height: 740 };

describe("a phone follows the workshop through the live room", () => {
  let browser: Browser;
  let api: ApiClient;
  const opened: BrowserContext[] = [];

  beforeAll(async () => {
    api = await apiAs("facilitator@example.org");
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of opened) await c.close();
    await browser?.close();
  });

  test("collecting → waiting → the ballot, pushed, with polling stopped", async () => {
    const w = await api.json<{ id: string; joinCode: string }>("POST", "/api/v1/centres/demo-c01/workshops", {
      title: "Telefonen følger med",
    });
    for (const text of ["Ro til fordybelse", "Gode kolleger", "Indflydelse på vagtplanen"])
      await api.json("POST", `/api/v1/workshops/${w.id}/statements`, { text });

    const { context, page, errors } = await newPage(browser, PHONE);
    opened.push(context);
    // Fake timers, paused once the socket is open: only the room's message can move the phone.
    await page.clock.install();
    await page.goto(`/j/${w.joinCode}`);
    await page.getByRole("heading", { level: 1, name: "Telefonen følger med" }).waitFor();
    await page.locator(".participant[data-live='socket']").waitFor();
    await page.clock.pauseAt(Date.now() + 60_000);

    await api.json("PATCH", `/api/v1/workshops/${w.id}`, { stage: "condense" });
    await page.getByRole("heading", { level: 2, name: "Vent et øjeblik" }).waitFor({ timeout: 1000 });
    expect(await page.getByLabel("Jeres udsagn").count()).toBe(0);
    // Still the same socket: going from collecting to waiting did not reconnect it.
    expect(await page.locator(".participant[data-live='socket']").count()).toBe(1);

    await api.json("PATCH", `/api/v1/workshops/${w.id}`, { stage: "prioritise" });
    const s = await api.json<{ id: string; code: string }>(
      "POST",
      `/api/v1/workshops/${w.id}/voting-sessions`,
      {
        mode: "rank",
      },
    );
    await page.waitForURL(`**/vote/${s.code}?via=*`, { timeout: 1000 });
    await page.getByRole("button", { name: "Vælg som nummer 1: Gode kolleger" }).waitFor({ timeout: 1000 });

    // The same code carries the phone on: it votes, and when the next session opens, it is there.
    await page.clock.resume();
    await page.getByRole("button", { name: "Vælg som nummer 1: Gode kolleger" }).click();
    while ((await page.locator(".pick-pool button").count()) > 0)
      await page.locator(".pick-pool button").first().click();
    await page.getByRole("button", { name: "Send vores stemme" }).click();
    await page.getByRole("heading", { level: 2, name: "Tak! Jeres stemme er talt med." }).waitFor();
    await page.getByText("Bliv på siden: når næste afstemning begynder, kommer den frem her.").waitFor();
    await page.locator(".participant[data-live='socket']").waitFor();
    await page.clock.pauseAt(Date.now() + 120_000);
    await api.json("POST", `/api/v1/voting-sessions/${s.id}/close`, {});
    const next = await api.json<{ code: string }>("POST", `/api/v1/workshops/${w.id}/voting-sessions`, {
      mode: "rank",
    });
    await page.waitForURL(`**/vote/${next.code}?via=*`, { timeout: 1000 });
    await page.getByRole("button", { name: "Vælg som nummer 1: Gode kolleger" }).waitFor({ timeout: 1000 });
    expect(errors).toEqual([]);
  });
});
