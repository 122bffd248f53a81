/**
 * Choosing the sessions a workshop's pooled ranking takes in: the demo workshop's four sessions
 * ("Workshop 1" to "Workshop 4", all closed), left out one by one from the keyboard. The ranking on
 * the screen must be the one the API gives for the same `?sessions=`, and the last session cannot
 * be left out.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { type ApiClient, apiAs, horizontalOverflow, launchChromium, newPage, signIn } from "./helpers.ts";

const WORKSHOP = "demo-workshop-2007";
const PATH = `/workshops/${WORKSHOP}?view=prioritise`;

interface SessionRow {
  id: string;
  label: string | null;
  ballots: number;
}
interface Pooled {
  ballots: number;
  sessions: { id: string }[];
  statements: { id: string }[];
}

describe("a workshop's pooled ranking over a chosen set of sessions", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let api: ApiClient;
  let sessions: SessionRow[] = [];

  /** The statement ids of the pooled table, top first. */
  const shownOrder = () =>
    page
      .locator("table#pooled-table tbody tr")
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.statement ?? ""));
  const fromApi = (ids: string[]) =>
    api.json<Pooled>("GET", `/api/v1/workshops/${WORKSHOP}/results?sessions=${ids.join(",")}`);
  const box = (label: string) =>
    page
      .getByRole("group", { name: "Afstemninger i rangordningen" })
      .getByRole("checkbox", { name: new RegExp(`^${label} `) });
  const summary = () => page.locator("p.ballot-count");

  beforeAll(async () => {
    api = await apiAs("facilitator@example.org");
    sessions = await api.json<SessionRow[]>("GET", `/api/v1/workshops/${WORKSHOP}/voting-sessions`);
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, "facilitator@example.org");
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("every session is ticked at first, and the ranking pools all their ballots", async () => {
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    await page.goto(PATH);
    const group = page.getByRole("group", { name: "Afstemninger i rangordningen" });
    await group.waitFor();
    const boxes = group.getByRole("checkbox");
    expect(await boxes.count()).toBe(sessions.length);
    for (const b of await boxes.all()) expect(await b.isChecked()).toBe(true);
    // Each box names its session, its date, its form and its ballots.
    const first = sessions[0] as SessionRow;
    await box(first.label ?? "").waitFor();
    expect(await group.locator("label").first().textContent()).toMatch(
      new RegExp(`^${first.label} · \\d+\\. \\w+ \\d{4} · Rangordn.* · ${first.ballots} stemmesedler$`),
    );

    const all = sessions.reduce((sum, s) => sum + s.ballots, 0);
    await page.locator(`p.ballot-count[data-ballots='${all}']`).waitFor();
    expect(await summary().textContent()).toBe(
      `Rangordningen bygger på ${all} stemmesedler fra ${sessions.length} afstemninger.`,
    );
    expect(await summary().getAttribute("role")).toBe("status");
    await page.getByRole("heading", { name: `Samlet resultat af ${sessions.length} afstemninger` }).waitFor();
  });

  test("unticking a session re-reads the ranking without it, in the API's order", async () => {
    const [out, ...kept] = sessions as [SessionRow, ...SessionRow[]];
    // From the keyboard: the box takes the focus and Space unticks it.
    await box(out.label ?? "").focus();
    await page.keyboard.press("Space");
    expect(await box(out.label ?? "").isChecked()).toBe(false);

    const ballots = kept.reduce((sum, s) => sum + s.ballots, 0);
    await page.locator(`p.ballot-count[data-ballots='${ballots}']`).waitFor();
    expect(await summary().textContent()).toBe(
      `Rangordningen bygger på ${ballots} stemmesedler fra ${kept.length} afstemninger. 1 afstemning er udeladt.`,
    );
    await page.getByRole("heading", { name: `Samlet resultat af ${kept.length} afstemninger` }).waitFor();
    await page.locator(`.workshop-results[data-ballots='${ballots}']`).waitFor();

    const expected = await fromApi(kept.map((s) => s.id));
    expect(expected.ballots).toBe(ballots);
    expect(expected.sessions.map((s) => s.id)).toEqual(kept.map((s) => s.id));
    expect(await shownOrder()).toEqual(expected.statements.map((s) => s.id));
    // The chart shows the same order as the table.
    const bars = await page
      .locator("svg[data-chart='workshop-results'] g[data-statement]")
      .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-statement") ?? ""));
    expect(bars).toEqual(expected.statements.map((s) => s.id));
    expect(await axeViolations(page, "axe-default")).toEqual([]);
  });

  test("the last ticked session cannot be unticked, and a hint says why", async () => {
    const rest = sessions.slice(1);
    const last = rest.at(-1) as SessionRow;
    for (const s of rest.slice(0, -1)) await box(s.label ?? "").uncheck();
    await page.locator(`p.ballot-count[data-ballots='${last.ballots}']`).waitFor();
    expect(await box(last.label ?? "").isChecked()).toBe(true);
    expect(await box(last.label ?? "").isDisabled()).toBe(true);
    const hint = page.getByText("Mindst én afstemning skal være med i rangordningen.");
    expect(await hint.isVisible()).toBe(true);
    expect(await box(last.label ?? "").getAttribute("aria-describedby")).toBe(await hint.getAttribute("id"));
    expect(await shownOrder()).toEqual((await fromApi([last.id])).statements.map((s) => s.id));
    await page.getByRole("heading", { name: "Resultat af 1 afstemning" }).waitFor();
    expect(await axeViolations(page, "axe-default")).toEqual([]);

    // Ticking another one again lifts the lock.
    await box((sessions[0] as SessionRow).label ?? "").check();
    expect(await box(last.label ?? "").isDisabled()).toBe(false);
    expect(await hint.count()).toBe(0);
    await page
      .locator(`p.ballot-count[data-ballots='${(sessions[0] as SessionRow).ballots + last.ballots}']`)
      .waitFor();
    expect(errors).toEqual([]);
  });

  test("on a 360 px phone, in English, the choice fits and reads in English", async () => {
    const phone = await newPage(browser, { width: 360, height: 740 });
    await signIn(phone.page, "facilitator@example.org");
    await phone.page.getByRole("button", { name: "English" }).click();
    await phone.page.goto(PATH);
    const group = phone.page.getByRole("group", { name: "Sessions in the ranking" });
    await group.waitFor();
    await group.getByRole("checkbox").first().uncheck();
    const ballots = sessions.slice(1).reduce((sum, s) => sum + s.ballots, 0);
    await phone.page.locator(`p.ballot-count[data-ballots='${ballots}']`).waitFor();
    expect(await phone.page.locator("p.ballot-count").textContent()).toBe(
      `The ranking pools ${ballots} ballots from ${sessions.length - 1} voting sessions. 1 session is left out.`,
    );
    expect(await horizontalOverflow(phone.page)).toBe(0);
    expect(await axeViolations(phone.page, "axe-default")).toEqual([]);
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });
});
