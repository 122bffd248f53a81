import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import {
  apiAs,
  type CentreRow,
  DEMO_NETWORK_NAME,
  demoCentres,
  horizontalOverflow,
  launchChromium,
  newPage,
  signIn,
} from "./helpers.ts";

describe("the coordinator's network overview and round steps", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let centres: CentreRow[];
  let trial: {
    network: { id: string };
    centre: { id: string };
    round: { id: string };
    label: string;
    suffix: string;
  };
  const borgerservice = () => centres.find((c) => c.name === "Borgerservice") as CentreRow;
  /** A report has settled once its last parts (the benchmark charts, the trend) are drawn: leaving
   *  earlier leaves the server computing them while the next page waits in line behind. (The teams
   *  load only when their section is opened.) */
  const reportSettled = async (heading: string) => {
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await page.locator('svg[data-chart="benchmark"]').first().waitFor();
    await page
      .locator('svg[data-chart="trend"]')
      .or(page.getByText(/første måling for/))
      .first()
      .waitFor();
  };

  beforeAll(async () => {
    ({ centres } = await demoCentres());
    // A network of its own with an open round, made before signing in (the session names the
    // networks it may see), so that the demo's rounds stay as they are.
    const suffix = Date.now().toString(36);
    const coordinator = await apiAs("coordinator@example.org");
    const post = (path: string, body: unknown = {}) => coordinator.json<{ id: string }>("POST", path, body);
    const network = await post("/api/v1/networks", { name: `Resultatprøve ${suffix}` });
    const centre = await post(`/api/v1/networks/${network.id}/centres`, { name: `Prøvecenter ${suffix}` });
    const label = `Prøverunde ${suffix}`;
    const round = await post(`/api/v1/networks/${network.id}/rounds`, {
      label,
      opensOn: "2011-03-01",
      closesOn: "2011-03-25",
      centreIds: [centre.id],
    });
    await post(`/api/v1/rounds/${round.id}/open`);
    trial = { network, centre, round, label, suffix };
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, "coordinator@example.org");
  });

  // A test that stops halfway leaves the next one a desktop screen, not print or a phone.
  afterEach(async () => {
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** Each test opens what it looks at, so that one failure fails one test, not the ones after it. */
  const openOverview2007 = async (width = 1280) => {
    await page.setViewportSize({ width, height: width === 1280 ? 900 : 800 });
    await page.goto("/rounds/demo-round-2007/overview");
    await page.locator('svg[data-chart="heatmap"] [role="gridcell"] [data-value]').first().waitFor();
  };

  test("the home page leads to a round's overview, which names every centre with its participation", async () => {
    await page.goto("/");
    await page
      .getByRole("region", { name: DEMO_NETWORK_NAME })
      .getByRole("link", { name: "Overblik over 3. måling, september 2009" })
      .click();
    await page
      .getByRole("heading", { level: 1, name: "Netværksoverblik: 3. måling, september 2009" })
      .waitFor();
    const asked: string[] = [];
    const onRequest = (r: { url(): string }) => asked.push(new URL(r.url()).pathname);
    page.on("request", onRequest);
    await page.goto("/rounds/demo-round-2007/overview");
    await page.getByRole("heading", { level: 1, name: "Netværksoverblik: 1. måling, juni 2007" }).waitFor();
    const table = page.locator("#table-overview");
    const names = await table.locator("tbody th").allTextContents();
    page.off("request", onRequest);
    // The overview carries the domains' names, the lights' threshold and the rounds (issue 14): no
    // instrument, round or network is fetched beside it.
    expect(asked).toContain("/api/v1/rounds/demo-round-2007/overview");
    expect(
      asked.filter((p) => /^\/api\/v1\/(instruments|networks)\/|^\/api\/v1\/rounds\/[^/]+$/.test(p)),
    ).toEqual([]);
    for (const c of centres) expect(names).toContain(c.name);
    expect(await table.locator("tbody tr", { hasText: "Vestkyst Telecom Support" }).textContent()).toContain(
      "120",
    );
    const cells = page
      .locator('svg[data-chart="heatmap"]')
      .first()
      .locator('[role="row"]:not([data-row="summary"]) [role="gridcell"]');
    expect(await cells.count()).toBe(centres.length * 24);
  });

  test("the heatmap carries the figures in its cells, the network's average as a last row, and the scales by domain", async () => {
    await openOverview2007();
    const grid = page.locator('svg[data-chart="heatmap"]').first();
    // Every centre's cell on predictability shows the figure the table shows.
    const row = grid.locator('[role="row"]', {
      has: page.locator('[aria-label="Vestkyst Telecom Support"]'),
    });
    expect(await row.locator('[role="gridcell"]').first().locator("[data-value]").textContent()).toBe("41,1");
    const figures = await grid.locator("[data-value]").count();
    expect(figures).toBe((centres.length + 1) * 24);
    // The average row, with the table's network average for the first scale.
    const average = grid.locator('[data-row="summary"]');
    expect(await average.locator('[role="rowheader"]').getAttribute("aria-label")).toBe(
      "Netværkets gennemsnit",
    );
    const tableAverage = await page.locator("#table-overview tr.network-row td").nth(1).textContent();
    expect(await average.locator("[data-value]").first().textContent()).toBe(tableAverage);
    // The six domains name their columns, and no two column names read alike.
    const domains = await grid.locator('[data-part="groups"] title').allTextContents();
    expect(domains).toEqual([
      "Ledelse og samarbejde",
      "Værdier",
      "Arbejdets organisering og indhold",
      "Krav i arbejdet",
      "Arbejde og privatliv",
      "Helbred og velbefindende",
    ]);
    const headers = await grid
      .locator('[role="columnheader"]')
      .evaluateAll((hs) =>
        hs.map((h) => Array.from(h.querySelectorAll("tspan"), (t) => t.textContent).join(" ")),
      );
    expect(new Set(headers).size).toBe(24);
    // Centre names are whole for assistive technology and on hover, however they are broken.
    for (const c of centres) {
      const header = grid.locator(`[role="rowheader"][aria-label="${c.name}"]`);
      expect(await header.count(), c.name ?? "").toBe(1);
      expect(await header.locator("title").textContent()).toBe(c.name);
    }
  });

  test("sorting by participation puts the largest centre first, in the table and the heatmap", async () => {
    await openOverview2007();
    await page.getByLabel("Sortér centrene efter").selectOption("respondents");
    const first = page.locator("#table-overview tbody tr").first().locator("th");
    expect(await first.textContent()).toBe("Vestkyst Telecom Support");
    const rowHeader = page.locator('svg[data-chart="heatmap"]').first().locator('[role="rowheader"]').first();
    expect(await rowHeader.getAttribute("aria-label")).toBe("Vestkyst Telecom Support");
  });

  test("the heatmap's figures are on focus, and the arrow keys move between cells", async () => {
    await openOverview2007();
    await page.getByLabel("Sortér centrene efter").selectOption("respondents");
    const grid = page.locator('svg[data-chart="heatmap"]').first();
    await grid.locator('[role="gridcell"][tabindex="0"]').focus();
    const label = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    expect(await label()).toMatch(/^Vestkyst Telecom Support, Forudsigelighed \(information\): 41,1, Rød$/);
    await page.keyboard.press("ArrowRight");
    expect(await label()).toContain("Belønning");
    await page.locator(".heatmap__tip").waitFor();
  });

  test("one scale across rounds lists the centres in every round, and who did not take part", async () => {
    await openOverview2007();
    const across = page.locator("#table-across");
    await across.waitFor();
    expect(await across.locator("thead th").count()).toBe(1 + 3);
    await page.getByLabel("Skala", { exact: true }).selectOption("stress");
    await page
      .locator("#table-across-caption", { hasText: "Stress: centrenes score i hver måling" })
      .waitFor();
    expect(await across.locator("tbody tr", { hasText: "Trekanten Rejsecenter" }).textContent()).toContain(
      "ikke med",
    );
  });

  test("at 360 px the overview scrolls inside its boxes, not the page", async () => {
    await openOverview2007(360);
    // Polled: the tables settle into their boxes once the page has laid out for the new width.
    await expect.poll(() => horizontalOverflow(page), { timeout: 30_000 }).toBe(0);
    // The heatmap scrolls sideways in its box under the centres' names, which stay, with a line
    // saying there is more to the side.
    const heatmap = page.locator(".chart", { has: page.locator('svg[data-chart="heatmap"]') }).first();
    const pinned = heatmap.locator('[data-part="pinned"]');
    await pinned.waitFor();
    expect(await pinned.locator('[data-part="scroll-hint"]').textContent()).toBe(
      "Flere kolonner til siden →",
    );
    const box = heatmap.locator(".chart__box");
    await box.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    const [boxAt, pinnedAt] = await Promise.all([box.boundingBox(), pinned.boundingBox()]);
    expect(Math.abs((pinnedAt?.x ?? -1) - (boxAt?.x ?? 0))).toBeLessThan(20);
    const names = (await pinned.textContent()) ?? "";
    for (const c of centres) expect(names).toContain(c.name);
    await page.setViewportSize({ width: 1280, height: 900 });
    // At 1280 px the grid fits its box: nothing pinned.
    await expect.poll(() => heatmap.locator('[data-part="pinned"]').count()).toBe(0);
  });

  test("one click from the overview's table and heatmap to each centre's report for that round", async () => {
    await page.goto("/rounds/demo-round-2007/overview");
    await page.locator("#table-overview").waitFor();
    for (const c of centres) {
      const href = `/rounds/demo-round-2007/report/${c.id}`;
      expect(await page.locator(`#table-overview a[href="${href}"]`).count(), c.name ?? "").toBe(1);
      expect(await page.locator(`svg[data-chart="heatmap"] a[href="${href}"]`).count(), c.name ?? "").toBe(1);
    }
    await page.locator("#table-overview").getByRole("link", { name: "Borgerservice", exact: true }).click();
    await reportSettled("Borgerservice: 1. måling, juni 2007");
    // A cell of the heatmap opens its centre's report with Enter.
    await page.goto("/rounds/demo-round-2007/overview");
    const grid = page.locator('svg[data-chart="heatmap"]').first();
    await grid.locator('[role="gridcell"][tabindex="0"]').focus();
    const first = await grid.locator('[role="rowheader"]').first().getAttribute("aria-label");
    await page.keyboard.press("Enter");
    await reportSettled(`${first}: 1. måling, juni 2007`);
  });

  test("the centres page, a centre's page and the rounds list lead to a centre's report in one click", async () => {
    const own = borgerservice();
    const { networkId } = await demoCentres();
    await page.goto(`/networks/${networkId}/centres`);
    for (const c of centres) {
      await page
        .getByRole("link", { name: new RegExp(`^Rapport: .*, ${c.name}$`) })
        .first()
        .waitFor();
    }
    await page.getByRole("link", { name: "Rapport: 3. måling, september 2009, Borgerservice" }).click();
    await reportSettled("Borgerservice: 3. måling, september 2009");

    await page.goto(`/centres/${own.id}`);
    await page.getByRole("link", { name: "Rapport: 3. måling, september 2009, Borgerservice" }).click();
    await reportSettled("Borgerservice: 3. måling, september 2009");

    await page.goto(`/networks/${networkId}/rounds`);
    await page.getByRole("link", { name: "Rapport: 2. måling, september 2008, Borgerservice" }).click();
    await reportSettled("Borgerservice: 2. måling, september 2008");
  });

  test("printed, the overview shows every scale with every centre on A4 landscape", async () => {
    await page.setViewportSize({ width: 1045, height: 740 }); // A4 landscape less its margins
    await page.emulateMedia({ media: "print" });
    await page.goto("/rounds/demo-round-2007/overview");
    const table = page.locator("table.overview-print");
    await table.waitFor();
    expect(await page.locator("#table-overview").isVisible()).toBe(false);
    expect(await table.locator("tbody tr").count()).toBe(24);
    expect(await table.locator("thead th").count()).toBe(1 + centres.length + 1);
    const outside = await page.$$eval(
      "table.overview-print th, table.overview-print td",
      (cells) => cells.filter((c) => c.getBoundingClientRect().right > 1046).length,
    );
    expect(outside).toBe(0);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeLessThanOrEqual(6);
  }, 120_000);

  test("an open round's report says when the results come, not that something went wrong", async () => {
    await page.goto(`/rounds/${trial.round.id}/report/${trial.centre.id}`);
    await page
      .getByRole("heading", { level: 1, name: `Prøvecenter ${trial.suffix}: ${trial.label}` })
      .waitFor();
    await page.getByText("Resultaterne kommer, når målingen lukker.").waitFor();
    const text = await page.locator("main").textContent();
    expect(text).not.toContain("Noget gik galt");
    expect(text).not.toMatch(/not closed|computed/);
  });

  test("a round is closed, reopened, closed and published from the rounds page, each after saying what it does", async () => {
    const { network, label, suffix } = trial;
    await page.goto(`/networks/${network.id}/rounds`);
    const item = page.locator("#round-list li", { hasText: label });
    const step = async (button: string, confirm: string, explains: string, status: string) => {
      await item.getByRole("button", { name: button }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(explains);
      await dialog.getByRole("button", { name: confirm, exact: true }).click();
      await item.getByText(status, { exact: true }).waitFor();
    };
    await step(`Luk runden ${label}`, "Luk runden", "Der kan ikke længere svares", "Lukket");
    await step(`Genåbn runden ${label} for flere besvarelser`, "Genåbn", "beregnes på ny", "Åben");
    await step(`Luk runden ${label}`, "Luk runden", "Der kan ikke længere svares", "Lukket");

    // Cancelling changes nothing.
    await item.getByRole("button", { name: `Offentliggør resultaterne af ${label}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Fortryd" }).click();
    expect(await item.getByText("Lukket", { exact: true }).count()).toBe(1);

    await step(
      `Offentliggør resultaterne af ${label}`,
      "Offentliggør",
      "kan ikke ændres eller genåbnes",
      "Offentliggjort",
    );
    expect(await item.getByRole("button").count()).toBe(0);

    // A round without answers: its overview says "too few answers", never 0.
    await item.getByRole("link", { name: "Netværksoverblik" }).click();
    await page.getByRole("heading", { level: 1, name: `Netværksoverblik: ${label}` }).waitFor();
    const row = page.locator("#table-overview tbody tr", { hasText: `Prøvecenter ${suffix}` });
    expect(await row.textContent()).toContain("for få svar");

    // Its centre's report is short and says why: no empty charts.
    await row.getByRole("link").click();
    await page.getByText(`Ingen fra Prøvecenter ${trial.suffix} svarede i denne måling`).waitFor();
    expect(await page.locator("svg[data-chart]").count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1500);
    expect(errors).toEqual([]);
  });
});
