import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatNumber } from "../../shared/i18n/index.ts";
import { builtinInstrument, validateAnswers } from "../../shared/instrument/index.ts";
import { scoreMatrix } from "../../shared/scoring/score-matrix.ts";
import { horizontalOverflow, launchChromium, newPage } from "./helpers.ts";
import { answerByApi, fieldworkRound, newCodes } from "./survey-fixtures.ts";

/** The narrowest phone the product supports. */
const PHONE = { width: 360, height: 740 };

const def = builtinInstrument;
const firstDomain = def.domains[0]?.key ?? "";
const scaleDomain = new Map(def.scales.map((s) => [s.key, s.domain]));
/** The items of the first domain step, in order. */
const firstStepItems = def.items.filter((item) => scaleDomain.get(item.scale) === firstDomain);
const questionCount = def.items.length + 1 + def.openQuestions.length;
const stepCount = def.domains.length + 2;

const draftOf = (page: Page, code: string) =>
  page.evaluate((key) => localStorage.getItem(key), `amica.survey.${code}`);

/** A scale's row header: its name, with "(højt er dårligt)" after it where high is bad. */
const scaleName = (label: string) =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(højt er dårligt\\))?$`);

/** The radio buttons of the n-th question on the step. */
const question = (page: Page, n: number) => page.locator("fieldset.survey-question").nth(n);

/** Clicks "Næste" until the last step (with the send button) is shown. */
async function toLastStep(page: Page) {
  for (let i = 0; i < stepCount; i++) {
    if (await page.getByRole("button", { name: "Send mine svar" }).isVisible()) return;
    await page.getByRole("button", { name: /^(Start|Næste)$/ }).click();
  }
  await page.getByRole("button", { name: "Send mine svar" }).waitFor();
}

describe("the respondent's survey at /s/:code, on a 360 px phone", () => {
  let browser: Browser;
  let codes: string[];

  beforeAll(async () => {
    const round = await fieldworkRound();
    codes = await newCodes(round.id, 7);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("answers survive a reload, are sent once, the profile is drawn in the browser, and the code is then used", async () => {
    const code = codes[0] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto(`/s/${code}`);
    await page.getByRole("heading", { level: 2, name: "Velkommen" }).waitFor();
    expect(await page.getByText(`Trin 1 af ${stepCount}`).isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByRole("button", { name: "Start" }).click();
    const domainLabel = def.domains[0]?.label.da ?? "";
    await page.getByRole("heading", { level: 2, name: domainLabel }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);

    // Every item of the first domain gets an answer: option 1, 2, 3, … in turn.
    const given: Record<string, number> = {};
    for (const [i, item] of firstStepItems.entries()) {
      const options = def.responseSets[item.responseSet]?.options.length ?? 5;
      const choice = (i % options) + 1;
      await question(page, i)
        .locator("label.survey-option")
        .nth(choice - 1)
        .click();
      given[item.code] = choice;
    }
    await page.getByText(`${firstStepItems.length} af ${questionCount} spørgsmål besvaret`).waitFor();
    const stored = JSON.parse((await draftOf(page, code)) ?? "{}");
    expect(stored.answers).toEqual(given);

    await page.reload();
    await page.getByRole("heading", { level: 2, name: domainLabel }).waitFor();
    for (const [i, item] of firstStepItems.entries()) {
      const radios = question(page, i).locator("input[type=radio]");
      expect(await radios.nth((given[item.code] ?? 0) - 1).isChecked(), item.code).toBe(true);
    }

    await toLastStep(page);
    expect(await horizontalOverflow(page)).toBe(0);
    const choices = page.locator("#q-value-most input[type=checkbox]");
    for (const i of [0, 1, 2, 3]) await choices.nth(i).click();
    // A fourth tick is refused, and the live region says why.
    expect(await choices.nth(3).isChecked()).toBe(false);
    await page.getByText("Du kan højst vælge 3.").waitFor();
    await page.getByLabel(def.openQuestions[0]?.text.da ?? "").fill("Kollegerne");
    await page.getByLabel("Din panelkode").fill("blåbær-2024");

    const afterSend: string[] = [];
    page.on("request", (req) => afterSend.push(req.url()));
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page.getByRole("heading", { level: 2, name: "Tak for dine svar" }).waitFor();
    expect(await draftOf(page, code)).toBeNull();
    const sent = afterSend.filter((u) => u.includes("/api/")).length;

    await page.getByRole("button", { name: "Vis min profil" }).click();
    const table = page.locator("table.profile-table");
    await table.waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    // The same shared scoring as the API: every scale of the first domain is scored as computed here.
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
      expect(cells[1], `${scale.key} reference`).toMatch(/^\d+$/);
    }
    // A scale with no answers is shown as missing, not as 0.
    const unanswered = def.scales.find((s) => s.domain !== firstDomain);
    const missingRow = table.locator("tr", {
      has: page.getByRole("rowheader", { name: scaleName(unanswered?.label.da ?? "") }),
    });
    expect(await missingRow.first().locator("td").first().textContent()).toBe("for få svar");
    expect(await page.locator(".profile-chart .profile-mark--you").count()).toBeGreaterThan(0);
    // Drawing the profile asked the server for nothing.
    expect(afterSend.filter((u) => u.includes("/api/")).length).toBe(sent);
    expect(errors).toEqual([]);
    await context.close();

    // The code is used: a second visit is told so, and the API refuses another response.
    const again = await newPage(browser, PHONE);
    await again.page.goto(`/s/${code}`);
    await again.page.getByRole("heading", { level: 2, name: "Koden er allerede brugt" }).waitFor();
    expect(await horizontalOverflow(again.page)).toBe(0);
    expect(await answerByApi(code, {})).toBe(409);
    await again.context.close();
  });

  test("a page opened before the code was used is refused with a clear message on sending", async () => {
    const code = codes[1] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).click();
    await question(page, 0).locator("label.survey-option").nth(1).click();
    expect(await answerByApi(code, {})).toBe(201); // someone else got there first
    await toLastStep(page);
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page.getByRole("heading", { level: 2, name: "Koden er allerede brugt" }).waitFor();
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
    await question(page, 0).locator("label.survey-option").nth(2).click();
    await toLastStep(page);
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page
      .getByRole("alert")
      .getByText(/Vi kunne ikke nå serveren/)
      .waitFor();
    const kept = JSON.parse((await draftOf(page, code)) ?? "{}");
    expect(kept.attempt?.key).toBe(keys[0]);
    expect(kept.answers).toEqual({ [firstStepItems[0]?.code ?? ""]: 3 });

    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page.getByRole("heading", { level: 2, name: "Tak for dine svar" }).waitFor();
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
    await question(page, 0).locator("label.survey-option").nth(0).click();
    await toLastStep(page);
    await page.getByRole("button", { name: "Send mine svar" }).click();
    await page
      .getByRole("alert")
      .getByText(/Vi kunne ikke nå serveren/)
      .waitFor();

    await page.reload(); // the code is used now; the kept attempt is sent again with its key
    await page.getByRole("heading", { level: 2, name: "Tak for dine svar" }).waitFor();
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
    expect(await page.getByText(`Step 1 of ${stepCount}`).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("heading", { level: 2, name: def.domains[0]?.label.en }).waitFor();
    const firstItem = firstStepItems[0];
    await question(page, 0)
      .getByText(firstItem?.text.en ?? "")
      .waitFor();
    const firstOption = def.responseSets[firstItem?.responseSet ?? ""]?.options[0]?.label;
    await question(page, 0)
      .getByText(firstOption?.en ?? "", { exact: true })
      .waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByRole("button", { name: "Dansk" }).click();
    await question(page, 0)
      .getByText(firstOption?.da ?? "", { exact: true })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("da");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("an item can be answered with the keyboard alone, with the focus visible", async () => {
    const code = codes[4] ?? "";
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto(`/s/${code}`);
    await page.getByRole("button", { name: "Start" }).focus();
    await page.keyboard.press("Enter");
    const heading = page.getByRole("heading", { level: 2, name: def.domains[0]?.label.da });
    await heading.waitFor();
    // The new step's heading has the focus, so reading starts there.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");

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
    await page.keyboard.press("Space");
    expect(await focused()).toMatchObject({ value: "1", checked: true, outline: "solid" });
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatchObject({ value: "2", checked: true });
    // Tab leaves the group (past its "clear" button) for the next question.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect((await focused()).name).toBe(`q-${firstStepItems[1]?.code}`);
    await page.getByText(`1 af ${questionCount} spørgsmål besvaret`).waitFor();
    expect(JSON.parse((await draftOf(page, code)) ?? "{}").answers).toEqual({ [code1 ?? ""]: 2 });
    expect(errors).toEqual([]);
    await context.close();
  });

  test("an unknown code is told so, and the code can be typed on /s", async () => {
    const { context, page, errors } = await newPage(browser, PHONE);
    await page.goto("/s/NOSUCHCODE");
    await page.getByRole("heading", { level: 2, name: "Koden findes ikke" }).waitFor();
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
