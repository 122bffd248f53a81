import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatNumber } from "../../shared/i18n/index.ts";
import { builtinInstrument, validateAnswers } from "../../shared/instrument/index.ts";
import { scoreMatrix } from "../../shared/scoring/score-matrix.ts";
import { horizontalOverflow, launchChromium, newPage } from "./helpers.ts";
import { answerByApi, fieldworkRound, newCodes } from "./survey-fixtures.ts";
import { answerOption, legend, movedOn, skipToSend } from "./survey-steps.ts";

/** The narrowest phone the product supports. */
const PHONE = { width: 360, height: 740 };

const def = builtinInstrument;
const firstDomain = def.domains[0]?.key ?? "";
const scaleDomain = new Map(def.scales.map((s) => [s.key, s.domain]));
/** The items in the order the survey asks them: domain by domain. */
const itemsInOrder = def.domains.flatMap((d) =>
  def.items.filter((item) => scaleDomain.get(item.scale) === d.key),
);
const firstStepItems = itemsInOrder.filter((item) => scaleDomain.get(item.scale) === firstDomain);
const questionCount = def.items.length + 1 + def.openQuestions.length;

const draftOf = (page: Page, code: string) =>
  page.evaluate((key) => localStorage.getItem(key), `amica.survey.${code}`);

/** A scale's row header: its name, with "(højt er dårligt)" after it where high is bad. */
const scaleName = (label: string) =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(højt er dårligt\\))?$`);

/** The question on screen (one at a time). */
const question = (page: Page) => page.locator("fieldset.survey-question");

/**
 * Taps option `n` (1-based) of the question on screen and waits for the next question to come by
 * itself, or (`"next"`) taps Næste at once; first checks that the option is on the screen without
 * scrolling.
 */
async function tapAnswer(page: Page, n: number, then: "wait" | "next" = "wait") {
  const before = await legend(page);
  const option = answerOption(page, n);
  const box = await option.boundingBox();
  expect(
    box && box.y >= 0 && box.y + box.height <= PHONE.height,
    `option ${n} of "${before}" on screen`,
  ).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await option.click();
  // "next": a quick respondent taps Næste before the pause is over; the question the pause would
  // have moved on from is no longer on screen, so it moves on once.
  if (then === "next") await page.getByRole("button", { name: "Næste" }).click();
  await movedOn(page, before);
}

describe("the respondent's survey at /s/:code, on a 360 px phone", () => {
  let browser: Browser;
  let codes: string[];

  beforeAll(async () => {
    const round = await fieldworkRound();
    codes = await newCodes(round.id, 8);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("one question per screen, answered by taps alone; a reload lands on the first unanswered; sent once; the thanks and the profile stay on this device; another device gets a neutral message", {
    timeout: 300_000,
  }, async () => {
    const code = codes[0] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto(`/s/${code}`);
    await page.getByRole("heading", { level: 2, name: "Velkommen" }).waitFor();
    await page.getByText(`0 af ${questionCount} besvaret`).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByRole("button", { name: "Start" }).click();
    await page
      .getByText(def.domains[0]?.label.da ?? "", { exact: false })
      .first()
      .waitFor();
    expect(await question(page).count()).toBe(1);
    expect(
      await page
        .locator("input[type=radio]")
        .evaluateAll((r) => new Set(r.map((e) => (e as HTMLInputElement).name)).size),
    ).toBe(1);

    // The first domain by taps: option 1, 2, 3, … in turn; each tap moves on by itself.
    const given: Record<string, number> = {};
    for (const [i, item] of firstStepItems.entries()) {
      const options = def.responseSets[item.responseSet]?.options.length ?? 5;
      const choice = (i % options) + 1;
      await tapAnswer(page, choice);
      given[item.code] = choice;
    }
    await page.getByText(`${firstStepItems.length} af ${questionCount} besvaret`).waitFor();
    expect(JSON.parse((await draftOf(page, code)) ?? "{}").answers).toEqual(given);

    // A reload lands on the first unanswered question, not at the start.
    await page.reload();
    const next = itemsInOrder[firstStepItems.length];
    await question(page)
      .getByText(next?.text.da ?? "")
      .waitFor();
    expect(
      await page.getByText(`Spørgsmål ${firstStepItems.length + 1} af ${questionCount}`).isVisible(),
    ).toBe(true);
    // Back shows the earlier answer kept.
    await page.getByRole("button", { name: "Tilbage" }).click();
    const last = firstStepItems[firstStepItems.length - 1];
    await question(page)
      .getByText(last?.text.da ?? "")
      .waitFor();
    expect(
      await question(page)
        .locator("input[type=radio]")
        .nth((given[last?.code ?? ""] ?? 0) - 1)
        .isChecked(),
    ).toBe(true);
    await page.getByRole("button", { name: "Næste" }).click();

    // Every other item by taps, with no scrolling needed to reach an answer; tapping Næste
    // straight after the answer (the first domain waited for the pause each time).
    for (const item of itemsInOrder.slice(firstStepItems.length)) {
      await tapAnswer(page, 1, "next");
      given[item.code] = 1;
    }
    const choices = page.locator("#q-value-most input[type=checkbox]");
    for (const i of [0, 1, 2, 3]) await choices.nth(i).click();
    // A fourth tick is refused, and the live region says why.
    expect(await choices.nth(3).isChecked()).toBe(false);
    await page.getByText("Du kan højst vælge 3.").waitFor();
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByLabel(def.openQuestions[0]?.text.da ?? "").fill("Kollegerne");
    await skipToSend(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByLabel("Din panelkode").fill("blåbær-2024");

    const afterSend: string[] = [];
    page.on("request", (req) => afterSend.push(req.url()));
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page.getByRole("heading", { level: 2, name: "Tak, dine svar er modtaget" }).waitFor();
    expect(await draftOf(page, code)).toBeNull();
    const sent = afterSend.filter((u) => u.includes("/api/")).length;

    await page.getByRole("button", { name: "Vis min profil" }).click();
    const table = page.locator("table.profile-table");
    await table.waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    // The same shared scoring as the API.
    const packed = validateAnswers(def, {
      ...given,
      "value-most": ["influence", "working-hours", "customer-contact"],
    });
    if (!packed.ok) throw new Error("the test's answers do not validate");
    const matrix = scoreMatrix(def, [packed.packed]);
    for (const scale of def.scales.filter((s) => s.domain === firstDomain)) {
      const expected = matrix.values[matrix.scaleKeys.indexOf(scale.key)] ?? Number.NaN;
      const row = table.locator("tr", {
        has: page.getByRole("rowheader", { name: scaleName(scale.label.da) }),
      });
      const cells = await row.first().locator("td").allTextContents();
      expect(cells[0], scale.key).toBe(formatNumber("da", expected, 0));
    }
    // Drawing the profile asked the server for nothing.
    expect(afterSend.filter((u) => u.includes("/api/")).length).toBe(sent);

    // The same device, the same link later: the thanks and the profile, without asking the server.
    const asked: string[] = [];
    page.on("request", (req) => {
      if (req.url().includes("/api/v1/survey/")) asked.push(req.url());
    });
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Tak, dine svar er modtaget" }).waitFor();
    await page.getByRole("button", { name: "Vis min profil" }).click();
    await table.waitFor();
    expect(asked).toEqual([]);
    expect(errors).toEqual([]);

    // Another device: a neutral message, and the API answers as for an unknown code.
    const other = await newPage(browser, PHONE);
    await other.page.goto(`/s/${code}`);
    await other.page.getByRole("heading", { level: 2, name: "Koden kan ikke bruges" }).waitFor();
    await other.page.getByText(/er dine svar modtaget/).waitFor();
    expect(await other.page.locator(".notice--error").count()).toBe(0);
    expect(await horizontalOverflow(other.page)).toBe(0);
    expect(await answerByApi(code, {})).toBe(404);
    await other.context.close();

    // "Forget on this device" removes the receipt.
    await page.getByRole("button", { name: "Glem mine svar på denne enhed" }).click();
    await page.getByText("Dine svar og din profil er fjernet fra denne enhed.").waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k), `amica.survey.sent.${code}`)).toBeNull();
    await context.close();
  });

  test("a page opened before the code was used is refused with the neutral message on sending", async () => {
    const code = codes[1] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).click();
    await tapAnswer(page, 2);
    expect(await answerByApi(code, {})).toBe(201); // someone else got there first
    await skipToSend(page);
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page.getByRole("heading", { level: 2, name: "Koden kan ikke bruges" }).waitFor();
    expect(await draftOf(page, code)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a lost answer to the submission is retried with the same Idempotency-Key and gets the first receipt", async () => {
    const code = codes[2] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    const keys: string[] = [];
    let cutOff = true;
    await page.route("**/api/v1/survey/*/responses", async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      const response = await route.fetch(); // the server stores the answers …
      if (cutOff) {
        cutOff = false;
        await route.abort("connectionreset"); // … but the phone never hears back
      } else await route.fulfill({ response });
    });
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).click();
    await tapAnswer(page, 3);
    await skipToSend(page);
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page
      .getByRole("alert")
      .getByText(/Vi kunne ikke nå serveren/)
      .waitFor();
    const kept = JSON.parse((await draftOf(page, code)) ?? "{}");
    expect(kept.attempt?.key).toBe(keys[0]);
    expect(kept.answers).toEqual({ [firstStepItems[0]?.code ?? ""]: 3 });

    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page.getByRole("heading", { level: 2, name: "Tak, dine svar er modtaget" }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[0]?.toUpperCase()).not.toContain(code);
    expect(await draftOf(page, code)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("after a lost answer and a reload, the page sends the same key again and learns that the answers arrived", async () => {
    const code = codes[6] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    const keys: string[] = [];
    let cutOff = true;
    await page.route("**/api/v1/survey/*/responses", async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      const response = await route.fetch();
      if (cutOff) {
        cutOff = false;
        await route.abort("connectionreset");
      } else await route.fulfill({ response });
    });
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).click();
    await tapAnswer(page, 1);
    await skipToSend(page);
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page
      .getByRole("alert")
      .getByText(/Vi kunne ikke nå serveren/)
      .waitFor();

    await page.reload(); // the code is used now; the kept attempt is sent again with its key
    await page.getByRole("heading", { level: 2, name: "Tak, dine svar er modtaget" }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await draftOf(page, code)).toBeNull();
    await page.getByRole("button", { name: "Vis min profil" }).click();
    await page.locator("table.profile-table").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the survey switches between Danish and English", async () => {
    const code = codes[3] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto(`/s/${code}`);
    await page.getByRole("heading", { level: 1, name: def.name.da }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: def.name.en }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Welcome" }).waitFor();
    await page.getByText(`0 of ${questionCount} answered`).waitFor();
    await page.getByRole("button", { name: "Start" }).click();
    const firstItem = firstStepItems[0];
    await question(page)
      .getByText(firstItem?.text.en ?? "")
      .waitFor();
    const firstOption = def.responseSets[firstItem?.responseSet ?? ""]?.options[0]?.label;
    await question(page)
      .getByText(firstOption?.en ?? "", { exact: true })
      .waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByRole("button", { name: "Dansk" }).click();
    await question(page)
      .getByText(firstOption?.da ?? "", { exact: true })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("da");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the keyboard: focus on the question, arrows choose without moving on, number keys choose and move on", async () => {
    const code = codes[4] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).focus();
    await page.keyboard.press("Enter");
    await question(page).waitFor();
    // The question has the focus, so a screen reader starts reading there.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("FIELDSET");
    await page.keyboard.press("Tab");
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        const label = el?.closest("label");
        return {
          name: el?.name ?? "",
          value: el?.value ?? "",
          checked: el?.checked ?? false,
          outline: label ? getComputedStyle(label).outlineStyle : "",
        };
      });
    const code1 = firstStepItems[0]?.code;
    expect((await focused()).name).toBe(`q-${code1}`);
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatchObject({ value: "2", checked: true, outline: "solid" });
    // Arrow keys stay on the question; Enter moves on.
    expect(await legend(page)).toContain(firstStepItems[0]?.text.da ?? "");
    await page.keyboard.press("Enter");
    await question(page)
      .getByText(firstStepItems[1]?.text.da ?? "")
      .waitFor();
    await page.keyboard.press("4");
    await question(page)
      .getByText(firstStepItems[2]?.text.da ?? "")
      .waitFor();
    expect(JSON.parse((await draftOf(page, code)) ?? "{}").answers).toEqual({
      [code1 ?? ""]: 2,
      [firstStepItems[1]?.code ?? ""]: 4,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  test("swipes go forward and back; 'Fjern mit svar' is a 44 px target", async () => {
    const code = codes[7] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).click();
    await question(page)
      .getByText(firstStepItems[0]?.text.da ?? "")
      .waitFor();
    const swipe = (from: number, to: number) =>
      page.locator(".survey-screen").evaluate(
        (el, [a, b]) => {
          const touch = (x: number) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 300 });
          el.dispatchEvent(
            new TouchEvent("touchstart", { changedTouches: [touch(a as number)], bubbles: true }),
          );
          el.dispatchEvent(
            new TouchEvent("touchend", { changedTouches: [touch(b as number)], bubbles: true }),
          );
        },
        [from, to],
      );
    await swipe(300, 100);
    await question(page)
      .getByText(firstStepItems[1]?.text.da ?? "")
      .waitFor();
    await swipe(100, 300);
    await question(page)
      .getByText(firstStepItems[0]?.text.da ?? "")
      .waitFor();
    await tapAnswer(page, 2);
    await page.getByRole("button", { name: "Tilbage" }).click();
    const clear = page.getByRole("button", { name: /Fjern mit svar/ });
    await clear.waitFor();
    const box = await clear.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("an unknown code gets the neutral message, and the code can be typed on /s", async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto("/s/NOSUCHCODE");
    await page.getByRole("heading", { level: 2, name: "Koden kan ikke bruges" }).waitFor();
    await page.getByRole("link", { name: "Skriv en anden kode" }).click();
    const code = codes[5] ?? "";
    await page.getByLabel("Kode").fill(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
    await page.getByRole("button", { name: "Gå til spørgeskemaet" }).click();
    await page.getByRole("heading", { level: 2, name: "Velkommen" }).waitFor();
    expect(page.url()).toContain(`/s/${code}`);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
