/**
 * The presenter screens on a 1920×1080 projector: a session's ten statements all on the screen at
 * 28 px or more, a ballot cast through the API on the screen at its next poll (every second), and a
 * statement the facilitator hides gone from the workshop's wall. The tests wait on the screen, not on
 * a stopwatch: under load a poll can take longer than it ever does in a room.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ApiClient, apiAs, apiClient, launchChromium, newPage, signIn } from "./helpers.ts";

describe("presenter screens", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let api: ApiClient;
  let workshop: { id: string; joinCode: string };
  const texts = Array.from(
    { length: 10 },
    (_, i) => `Udsagn nummer ${i + 1} om arbejdsglæde i projektortest`,
  );

  beforeAll(async () => {
    api = await apiAs("facilitator@example.org");
    workshop = await api.json("POST", "/api/v1/centres/demo-c01/workshops", {
      title: "Projektortest",
    });
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser, { width: 1920, height: 1080 }));
    await signIn(page, "facilitator@example.org");
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the workshop's wall shows a statement as it arrives, large, and drops it when hidden", async () => {
    await page.goto(`/workshops/${workshop.id}/present`);
    await page.locator("[data-join-code]").waitFor();
    const phone = apiClient();
    const sent = await phone.json<{ id: string }>("POST", `/api/v1/collect/${workshop.joinCode}/statements`, {
      text: "Kollega X er umulig",
      kind: "takes",
    });
    const item = page.getByText("Kollega X er umulig");
    await item.waitFor();
    expect(
      await item.evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
    ).toBeGreaterThanOrEqual(28);
    await api.json("PATCH", `/api/v1/statements/${sent.id}`, { hidden: true });
    await item.waitFor({ state: "detached" });
    // From the keyboard at the projector: the chosen statement goes, and the corner says which.
    await phone.json("POST", `/api/v1/collect/${workshop.joinCode}/statements`, {
      text: "Ros fra lederen",
      kind: "gives",
    });
    const chosen = page.locator("[data-statement]", { hasText: "Ros fra lederen" });
    await chosen.focus();
    await page.keyboard.press("h");
    await chosen.waitFor({ state: "detached" });
    // Said once the refreshed wall is in: waited for, not read at once.
    await page.locator(".presenter__said", { hasText: /^Skjult: Ros fra lederen$/ }).waitFor();
  });

  test("a session's ranking: ten statements above the fold at 28 px or more, live at the next poll", async () => {
    const ids: string[] = [];
    for (const text of texts)
      ids.push(
        (await api.json<{ id: string }>("POST", `/api/v1/workshops/${workshop.id}/statements`, { text })).id,
      );
    const session = await api.json<{ id: string; code: string }>(
      "POST",
      `/api/v1/workshops/${workshop.id}/voting-sessions`,
      { mode: "rank" },
    );
    await page.goto(`/voting-sessions/${session.id}/present`);
    const rows = page.locator(".presenter-ranking__text");
    await rows.nth(9).waitFor();
    const boxes = await rows.evaluateAll((els) =>
      els.map((e) => ({
        bottom: e.getBoundingClientRect().bottom,
        size: Number.parseFloat(getComputedStyle(e).fontSize),
      })),
    );
    expect(boxes).toHaveLength(10);
    for (const b of boxes) {
      expect(b.bottom).toBeLessThanOrEqual(1080);
      expect(b.size).toBeGreaterThanOrEqual(28);
    }
    await apiClient().json(
      "POST",
      `/api/v1/vote/${session.code}/ballots`,
      { ranking: ids },
      { "idempotency-key": "presenter-test-1" },
    );
    await page.locator(".presenter-ranking[data-ballots='1']").waitFor();
    expect(
      await page.locator(".presenter-ranking__row").first().locator(".presenter-ranking__text").textContent(),
    ).toBe(texts[0]);
    // One ballot is too few to say how sure the order is: the rows give no chances, and a line
    // under them, on the screen, says when they will.
    const note = page.locator(".presenter-ranking__note");
    expect(await note.textContent()).toBe(
      "Når der er mindst 10 stemmesedler, viser vi, hvor sikker rækkefølgen er. Med færre kan et enkelt par vende den.",
    );
    expect((await note.boundingBox())?.y ?? 2000).toBeLessThan(1080);
    expect(await page.locator(".presenter-ranking__chance").allTextContents()).toEqual(Array(10).fill(""));

    // The workshop's own presenter, in its voting stage, shows the same ten rows the same way,
    // under its head and clear of the join corner.
    await api.json("PATCH", `/api/v1/workshops/${workshop.id}`, { stage: "prioritise" });
    await page.goto(`/workshops/${workshop.id}/present`);
    await page.locator(".presenter-ranking[data-ballots='1'] .presenter-ranking__text").nth(9).waitFor();
    const rowsThere = await page.locator(".presenter-ranking__row").evaluateAll((els) =>
      els.map((e) => {
        const text = e.querySelector(".presenter-ranking__text") as HTMLElement;
        return {
          top: e.getBoundingClientRect().top,
          bottom: e.getBoundingClientRect().bottom,
          size: Number.parseFloat(getComputedStyle(text).fontSize),
        };
      }),
    );
    const corner = await page.locator(".presenter__join").boundingBox();
    expect(rowsThere).toHaveLength(10);
    for (const r of rowsThere) {
      expect(r.bottom).toBeLessThanOrEqual(1080);
      expect(r.size).toBeGreaterThanOrEqual(28);
    }
    expect(rowsThere[0]?.top ?? 0).toBeGreaterThanOrEqual((corner?.y ?? 0) + (corner?.height ?? 0));
    expect(errors).toEqual([]);
  });
});
