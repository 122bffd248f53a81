/**
 * The presenter's live room on a 1920×1080 projector: with its timers stopped (no polling at all)
 * a ballot cast through the API still reaches the screen within 2 s, so it came over the
 * WebSocket; and where no WebSocket can open, polling brings it within 2 s as before.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ApiClient, apiAs, apiClient, launchChromium, newPage, signIn } from "./helpers.ts";

const VIEWPORT = { width: 1920, height: 1080 };

describe("presenter screens over the live room", () => {
  let browser: Browser;
  let api: ApiClient;
  let session: { id: string; code: string; statementIds: string[] };
  let workshopId = "";
  let ballots = 0;
  const opened: BrowserContext[] = [];

  const cast = async () => {
    ballots++;
    await apiClient().json(
      "POST",
      `/api/v1/vote/${session.code}/ballots`,
      { ranking: [...session.statementIds].reverse() },
      // Each ballot from its own phone: the presenters say how many phones voted.
      {
        "idempotency-key": `presenter-live-${Date.now()}-${ballots}`,
        "x-amica-device": `presenter-live-phone-${ballots}`,
      },
    );
  };

  const screen = async (): Promise<{ page: Page; errors: Error[] }> => {
    const { context, page, errors } = await newPage(browser, VIEWPORT);
    opened.push(context);
    await signIn(page, "facilitator@example.org");
    return { page, errors };
  };

  beforeAll(async () => {
    api = await apiAs("facilitator@example.org");
    const w = await api.json<{ id: string }>("POST", "/api/v1/centres/demo-c01/workshops", {
      title: "Levende projektor",
    });
    workshopId = w.id;
    for (const text of ["Ro til fordybelse", "Gode kolleger", "Indflydelse på vagtplanen"])
      await api.json("POST", `/api/v1/workshops/${w.id}/statements`, { text });
    session = await api.json("POST", `/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of opened) await c.close();
    await browser?.close();
  });

  for (const address of ["session", "workshop"] as const) {
    test(`the ${address} presenter: a ballot arrives within 2 s with polling stopped`, async () => {
      const { page, errors } = await screen();
      // Fake timers, then paused below: no poll can fire; only the room's message can bring the ballot.
      await page.clock.install();
      await page.goto(
        address === "session" ? `/voting-sessions/${session.id}/present` : `/workshops/${workshopId}/present`,
      );
      if (address === "workshop")
        await api.json("PATCH", `/api/v1/workshops/${workshopId}`, { stage: "prioritise" });
      await page.locator(".presenter[data-live='socket']").waitFor();
      await page.locator(`.presenter-ranking[data-ballots='${ballots}']`).waitFor();
      await page.clock.pauseAt(Date.now() + 60_000);
      await cast();
      await page.locator(`.presenter-ranking[data-ballots='${ballots}']`).waitFor({ timeout: 2000 });
      // The phones that voted come with the ranking, in the same message.
      const voted = ballots === 1 ? "1 telefon har stemt" : `${ballots} telefoner har stemt`;
      await page.getByText(voted, { exact: true }).waitFor({ timeout: 2000 });
      expect(errors).toEqual([]);
    });
  }

  test("the workshop presenter counts the phones as they join and leave", async () => {
    const w = await api.json<{ id: string; joinCode: string }>("POST", "/api/v1/centres/demo-c01/workshops", {
      title: "Telefoner i rummet",
    });
    const { page, errors } = await screen();
    await page.goto(`/workshops/${w.id}/present`);
    await page.locator(".presenter[data-live='socket']").waitFor();
    await page.locator("[data-phones='0']").waitFor();
    const phone = await newPage(browser, { width: 360, height: 740 });
    await phone.page.goto(`/j/${w.joinCode}`);
    const joined = page.locator("[data-phones='1']");
    await joined.waitFor({ timeout: 5000 });
    expect(await joined.textContent()).toBe("1 telefon med");
    await phone.context.close();
    await page.locator("[data-phones='0']").waitFor({ timeout: 5000 });
    expect(await page.locator("[data-phones]").textContent()).toBe("0 telefoner med");
    expect(errors).toEqual([]);
  });

  test("where no WebSocket can open, the session presenter polls and the ballot still arrives within 2 s", async () => {
    const { page, errors } = await screen();
    // A proxy that refuses upgrades: every socket closes before it opens.
    await page.addInitScript(() => {
      class Refused extends EventTarget {
        constructor() {
          super();
          setTimeout(() => this.dispatchEvent(new Event("close")), 0);
        }
        send() {}
        close() {}
      }
      Object.defineProperty(window, "WebSocket", { value: Refused });
    });
    await page.goto(`/voting-sessions/${session.id}/present`);
    await page.locator(`.presenter-ranking[data-ballots='${ballots}']`).waitFor();
    expect(await page.locator(".presenter").getAttribute("data-live")).toBe("poll");
    await cast();
    await page.locator(`.presenter-ranking[data-ballots='${ballots}']`).waitFor({ timeout: 2000 });
    expect(await page.locator(".presenter").getAttribute("data-live")).toBe("poll");
    expect(errors).toEqual([]);
  });
});
