import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  apiAs,
  type CentreRow,
  demoCentres,
  horizontalOverflow,
  launchChromium,
  newPage,
  openTeams,
  pageText,
  signIn,
} from "./helpers.ts";
import { pdfPages } from "./pdf-text.ts";

const ROUND_1 = "demo-round-2007";
const ROUND_2 = "demo-round-2008";
const ROUND_3 = "demo-round-2009";
/** A4's printable width at 96 dpi (210 mm less the report's 12 mm margins), as the contract checks it. */
const A4_PRINTABLE = 718;
/** Screenshots for a person to look at (test-results/ is not committed). */
const shots = join(import.meta.dirname, "..", "..", "test-results", "results");

describe("the facilitator's benchmark report", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let own: CentreRow;
  let others: CentreRow[];

  /** The figures in a scale's table row: our score, network average, highest, lowest. */
  const rowFigures = async (key: string) => {
    const cells = page.locator(`tr[data-scale="${key}"] td`);
    const text = async (i: number) => ((await cells.nth(i).textContent()) ?? "").trim();
    // "Our score" carries its interval below the figure: the figure comes first. Column 1 is the
    // change since the last round.
    return [(await text(0)).split("95")[0]?.trim(), await text(2), await text(3), await text(4)];
  };

  beforeAll(async () => {
    const demo = await demoCentres();
    const found = demo.centres.find((c) => c.name === "Borgerservice");
    if (!found) throw new Error("The demo centre Borgerservice is missing.");
    own = found;
    others = demo.centres.filter((c) => c.id !== own.id);
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the home page leads with the latest report, links every round's, and 2007 shows the seed's figures in Danish", async () => {
    await signIn(page, "facilitator@example.org");
    const card = page.getByRole("region", { name: "Borgerservice" });
    await card.getByRole("link", { name: "Rapport for 1. måling, juni 2007" }).waitFor();
    // The latest report comes before everything else the card offers, the cycle guide included.
    const names = await card
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => a.textContent?.trim()));
    expect(names[0]).toBe("Rapport for 3. måling, september 2009");
    await page.getByRole("link", { name: "Rapport for 1. måling, juni 2007" }).click();
    await page.getByRole("heading", { level: 1, name: "Borgerservice: 1. måling, juni 2007" }).waitFor();
    await page.locator('tr[data-scale="predictability"]').waitFor();
    expect(await rowFigures("predictability")).toEqual(["70,5", "57,8", "70,5", "41,1"]);
    expect(await page.locator('tr[data-scale="predictability"] td').nth(5).textContent()).toBe("58,0");
    expect(await page.locator('tr[data-scale="predictability"]').textContent()).toContain("Grøn");
    await mkdir(shots, { recursive: true });
    await page.locator('svg[data-chart="value-most"]').waitFor();
    await page.screenshot({ path: join(shots, "report-1280.png"), fullPage: true });
  });

  test("the response rate beside the count is of the centre's headcount, as the participation API has it", async () => {
    const facilitator = await apiAs("facilitator@example.org");
    const participation = await facilitator.json<{
      centres: { centreId: string; headcount: number | null; rate: number | null }[];
    }>("GET", "/api/v1/rounds/demo-round-2007/participation");
    const counts = participation.centres.find((c) => c.centreId === own.id);
    if (!counts?.headcount || counts.rate === null)
      throw new Error("The demo gives Borgerservice a headcount.");
    await page.goto(`/rounds/demo-round-2007/report/${own.id}`);
    const field = page.locator('[data-field="respondents"]', { hasText: "ansatte" });
    await field.waitFor();
    expect(await field.textContent()).toMatch(
      new RegExp(
        `^\\d+ besvarelser af ${counts.headcount} ansatte \\(${Math.round(counts.rate * 100)} %\\)$`,
      ),
    );
  });

  test("every domain has a chart with one mark per scale, beside its table", async () => {
    const charts = page.locator('svg[data-chart="benchmark"]');
    expect(await charts.count()).toBe(6);
    const rows = await page.locator("tr[data-scale]").count();
    expect(rows).toBe(24);
    expect(await page.locator('svg[data-chart="benchmark"] [data-mark="centre"]').count()).toBe(rows);
    expect(await page.locator('svg[data-chart="value-most"] [data-mark="centre"]').count()).toBeGreaterThan(
      5,
    );
    // A higher-is-worse scale says so in words, in the table and in the chart.
    expect(await page.locator('tr[data-scale="work-pace"] th').textContent()).toContain("højt er dårligt");
    expect(await page.locator('svg [data-scale="work-pace"]').textContent()).toContain("lavere er bedre");
  });

  test("attention points and strengths are named at the top, with a way to the themes", async () => {
    const attention = page.locator('[data-list="attention"] li');
    expect(await attention.count()).toBeGreaterThan(0);
    const words = await page.locator('[data-list="attention"]').textContent();
    expect(words).toContain("Arbejdstempo");
    expect(words).toContain("dårligere end netværkets gennemsnit");
    expect(await page.locator('[data-list="strengths"] li').count()).toBeGreaterThan(0);
    const theme = page.locator('[data-list="attention"] a[href^="/themes?scale="]').first();
    expect(await theme.getAttribute("href")).toMatch(/^\/themes\?scale=[a-z-]+$/);
  });

  test("teams are shown only where the anonymity rules allow, the others named without figures", async () => {
    // The teams' reports load when their section is opened (issue 14: nothing else before the tables).
    expect(await page.locator('svg[data-chart="heatmap"]').count()).toBe(0);
    await page.locator("#trend-title").waitFor();
    await openTeams(page);
    const heatmap = page.locator('svg[data-chart="heatmap"]');
    await heatmap.waitFor();
    expect(await heatmap.locator('[role="row"]').count()).toBe(1 + 3); // header + three teams
    const hidden = await page.getByText(/^Vises ikke/).textContent();
    expect(hidden).toContain("Digital hjælp");
    expect(hidden).toContain("Ydelser");
    expect(await page.locator("#table-teams").textContent()).not.toContain("Digital hjælp");
  });

  test("in English the figures follow the language: 70.5 and 57.8", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 2, name: "The centre compared with the network" }).waitFor();
    expect(await rowFigures("predictability")).toEqual(["70.5", "57.8", "70.5", "41.1"]);
    expect(await page.locator('tr[data-scale="predictability"] th').textContent()).toContain(
      "Predictability",
    );
    await page.getByRole("button", { name: "Dansk" }).click();
    await page.getByRole("heading", { level: 2, name: "Centret sammenlignet med netværket" }).waitFor();
  });

  test("a chart downloads as SVG and as PNG", async () => {
    const figure = page.locator("figure.chart").first();
    const [svgDownload] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: /som SVG$/ }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await readFile((await svgDownload.path()) ?? "", "utf8");
    expect(svg).toContain("<svg");
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain("Forudsigelighed");

    const [pngDownload] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: /som PNG$/ }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = await readFile((await pngDownload.path()) ?? "");
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.length).toBeGreaterThan(5_000);
  });

  test("at 1280 px every benchmark table fits its box, national reference and light in view", async () => {
    const tables = page.locator("table.benchmark-table");
    expect(await tables.count()).toBe(6);
    const over = await page.$$eval("table", (ts) =>
      ts
        .filter((t) => t.getBoundingClientRect().width > (t.parentElement?.clientWidth ?? 0) + 1)
        .map((t) => t.id),
    );
    expect(over).toEqual([]);
    const light = page.locator('tr[data-scale="predictability"] td').last();
    const box = await light.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
  });

  test("printed on A4 (2007 and 2008): every column on the page, chart text 8 pt or more, at most 8 pages", async () => {
    for (const round of [ROUND_1, ROUND_2]) {
      await page.setViewportSize({ width: A4_PRINTABLE, height: 1000 });
      await page.emulateMedia({ media: "print" });
      await page.goto(`/rounds/${round}/report/${own.id}`);
      await page.locator('svg[data-chart="benchmark"]').first().waitFor();
      await page
        .locator(round === ROUND_1 ? "text=første måling" : 'svg[data-chart="trend"]')
        .first()
        .waitFor();
      await page.locator('svg[data-chart="heatmap"]').waitFor();
      expect(await page.locator(".site-header").isVisible()).toBe(false);
      expect(await page.getByRole("button", { name: "Udskriv eller gem som PDF" }).isVisible()).toBe(false);
      // No cell outside the page or cut by a box that scrolls.
      const cut = await page.$$eval(
        "th, td",
        (cells, width) =>
          cells.filter((c) => {
            const b = c.getBoundingClientRect();
            if (b.width === 0 && b.height === 0) return false;
            for (let p = c.parentElement; p; p = p.parentElement) {
              if (
                getComputedStyle(p).overflowX !== "visible" &&
                p.getBoundingClientRect().right < b.right - 1
              )
                return true;
            }
            return b.right > width + 1;
          }).length,
        A4_PRINTABLE,
      );
      expect(cut, round).toBe(0);
      for (const header of ["Netværkets laveste", "National reference", "Lys"]) {
        expect(
          await page.locator("table.benchmark-table thead th", { hasText: header }).first().isVisible(),
        ).toBe(true);
      }
      // Chart text as printed: its font size times the SVG's scale on the page, at least 8 pt.
      const small = await page.$$eval(
        "svg text",
        (texts) =>
          texts.filter((t) => {
            if (!t.textContent?.trim() || t.getBoundingClientRect().width === 0) return false;
            const m = (t as SVGGraphicsElement).getScreenCTM();
            // 8 pt is 10⅔ CSS px.
            return Number.parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1) < 10.66;
          }).length,
      );
      expect(small, round).toBe(0);
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, round).toBeGreaterThan(2);
      expect(pages, round).toBeLessThanOrEqual(8);
      // As read off the paper: the summary on the first page, and on every page a footer with the
      // centre, the round, its date, the anonymity rule and the page of how many.
      const text = pdfPages(pdf);
      if (!text)
        console.warn("pdftotext is missing (apt-get install poppler-utils): the PDF's text is not read");
      else {
        expect(text).toHaveLength(pages);
        expect(text[0], round).toContain("Opmærksomhedspunkter og styrker");
        const label = round === ROUND_1 ? "1. måling, juni 2007" : "2. måling, september 2008";
        text.forEach((p, i) => {
          expect(p, `${round} page ${i + 1}`).toMatch(
            new RegExp(
              `Borgerservice · ${label} · startede .* · tal fra færre end \\d+ besvarelser vises ikke\\s+${i + 1}/${pages}`,
            ),
          );
        });
      }
    }
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("2008 shows the change since 2007 in the table and the chart, and names only worse scales as attention points", async () => {
    await page.goto(`/rounds/${ROUND_2}/report/${own.id}`);
    await page.getByRole("heading", { level: 1, name: "Borgerservice: 2. måling, september 2008" }).waitFor();
    const change = page.locator('tr[data-scale="predictability"] td').nth(1);
    await change.locator(".change").waitFor();
    const words = (await change.textContent()) ?? "";
    expect(words).toMatch(/^[▲▼▶] [+−±]\d+,\d/);
    expect(words).toContain("forrige");
    // The arrow's colour says better or worse by the scale's polarity.
    expect(await page.locator(".change[data-change]").count()).toBe(24);
    expect(await page.locator('svg[data-chart="benchmark"] [data-mark="previous"]').count()).toBe(24);
    expect(await page.locator('svg[data-chart="benchmark"] [data-mark="change"]').count()).toBe(24);
    // Attention points are worse than the network: never "bedre", never a strength.
    const attention = page.locator('[data-list="attention"] li');
    for (const text of await attention.allTextContents()) expect(text).toContain("dårligere");
    const strengths = await page.locator('[data-list="strengths"] li').allTextContents();
    expect(strengths.some((s) => s.includes("Socialt fællesskab"))).toBe(false);
    expect((await attention.allTextContents()).some((s) => s.includes("Socialt fællesskab"))).toBe(false);
  });

  test("2008's arithmetic adds up on screen: differences of the shown figures, p < 0,001, one minus sign", async () => {
    await page.goto(`/rounds/${ROUND_2}/report/${own.id}`);
    await page.getByRole("heading", { level: 1, name: "Borgerservice: 2. måling, september 2008" }).waitFor();
    await page.locator("#table-change tbody tr").first().waitFor({ state: "attached" });
    const num = (text: string) => Number(text.replace("−", "-").replace("±", "").replace(",", "."));
    // The change table: previous, now and the difference, which must be now − previous as printed.
    const rows = await page.locator("#table-change tbody tr").evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll("td"))
          .slice(0, 3)
          .map((td) => td.firstChild?.textContent ?? ""),
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const [previous = "", now = "", difference = ""] of rows) {
      if (!/\d/.test(previous) || !/\d/.test(now)) continue;
      expect(num(difference), `${previous} → ${now}: ${difference}`).toBeCloseTo(num(now) - num(previous), 6);
    }
    // The summary: "57,0, 14,1 point bedre end netværkets gennemsnit (42,9)".
    const sentences = await page
      .locator('[data-list="attention"] li, [data-list="strengths"] li')
      .allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      const m = sentence.match(/(\d+,\d), (\d+,\d) point (?:bedre|dårligere) .*\((\d+,\d)\)/);
      expect(m, sentence).not.toBeNull();
      const [, mine = "", diff = "", theirs = ""] = m ?? [];
      expect(num(diff), sentence).toBeCloseTo(Math.abs(num(mine) - num(theirs)), 6);
    }
    // The rendered text, with the breaks between cells that textContent runs together.
    // biome-ignore lint/performance/useDomNodeTextContent: the layout's separators are the point here
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/p = </);
    // No hyphen-minus as a sign: every negative number carries U+2212.
    expect(text).not.toMatch(/(^|[\s(])-\d/m);
  });

  test("2008 shows beside each change the smallest difference this n could detect", async () => {
    await page.goto(`/rounds/${ROUND_2}/report/${own.id}`);
    await page.getByRole("heading", { level: 1, name: "Borgerservice: 2. måling, september 2008" }).waitFor();
    const mdd = page.locator('tr[data-scale="predictability"] [data-mark="mdd"]');
    await mdd.waitFor();
    // Seen in its short form, the abbreviation named on hover; heard in full.
    const shown = mdd.locator('[aria-hidden="true"]');
    expect(await shown.textContent()).toMatch(/^· mpf\u00a0\d+,\d$/);
    expect(await shown.locator("abbr").getAttribute("title")).toBe("mindste påviselige forskel");
    expect(await mdd.locator(".visually-hidden").textContent()).toMatch(
      /^, mindste påviselige forskel: \d+,\d\u00a0point$/,
    );
    // One beside every change, on one line with last round's score at 1280 px, and the legend
    // above the tables says once what it means.
    expect(await page.locator('.change [data-mark="mdd"]').count()).toBe(
      await page.locator(".change[data-change]").count(),
    );
    const lines = await mdd.evaluate((el) => {
      const line = el.closest(".ci") as HTMLElement;
      return line.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(line).lineHeight);
    });
    expect(Math.round(lines)).toBe(1);
    expect(await page.locator('[data-legend="mdd"]').textContent()).toContain(
      "mpf: mindste påviselige forskel",
    );
    expect(await pageText(page)).toContain("80\u00a0% styrke");
  });

  test("at 360 px the scale and our score stay on screen while the other columns scroll", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    const box = page.locator(".table-scroll", { has: page.locator("#table-leadership-cooperation") });
    await box.scrollIntoViewIfNeeded();
    await page.getByText("Flere kolonner til siden →").first().waitFor();
    await box.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    const score = page.locator('#table-leadership-cooperation tr[data-scale="predictability"] td').first();
    await page.waitForFunction(() => {
      const el = document.querySelector(".table-scroll:has(#table-leadership-cooperation)");
      return el !== null && el.scrollLeft > 0;
    });
    const at = await score.boundingBox();
    expect(at?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((at?.x ?? 999) + (at?.width ?? 0)).toBeLessThanOrEqual(360);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("the centre's page leads to its latest report in one click", async () => {
    await page.goto(`/centres/${own.id}`);
    await page.getByRole("link", { name: "Rapport: 3. måling, september 2009, Borgerservice" }).click();
    await page.getByRole("heading", { level: 1, name: "Borgerservice: 3. måling, september 2009" }).waitFor();
  });

  test("the change table and small multiples cover every round the centre took part in", async () => {
    await page.goto(`/rounds/${ROUND_3}/report/${own.id}`);
    await page.getByRole("heading", { level: 1, name: "Borgerservice: 3. måling, september 2009" }).waitFor();
    const trend = page.locator('svg[data-chart="trend"]');
    await trend.waitFor();
    expect(await trend.locator("[data-scale]").count()).toBe(24);
    expect(await trend.locator('[data-scale="predictability"] [data-mark="centre"]').count()).toBe(3);
    // One vertical range for every panel: the same tick labels on each.
    const ticks = await trend
      .locator('[data-scale] [data-axis="y"]')
      .evaluateAll((axes) => axes.map((a) => Array.from(a.querySelectorAll("text"), (t) => t.textContent)));
    expect(ticks).toHaveLength(24);
    expect(new Set(ticks.map((t) => t.join("|"))).size).toBe(1);
    expect(ticks[0]).toHaveLength(3);
    const change = page.locator("#table-change");
    await change.waitFor();
    expect(await change.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await change.locator("thead").textContent()).toContain("Signifikant");
  });

  test("at 360 px the report does not scroll sideways", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('svg[data-chart="benchmark"]').first().waitFor();
    // Polled: the charts redraw for the new width a moment after the resize.
    await expect.poll(() => horizontalOverflow(page), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: join(shots, "report-360.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("another centre's report is not found, and nothing of that centre shows", async () => {
    for (const other of others.slice(0, 3)) {
      await page.goto(`/rounds/${ROUND_1}/report/${other.id}`);
      await page.getByText("Rapporten findes ikke, eller du har ikke adgang til den.").waitFor();
      const text = await pageText(page);
      const html = await page.content();
      for (const name of others.map((o) => o.name ?? "")) {
        expect(text).not.toContain(name);
        expect(html).not.toContain(name);
      }
    }
  });

  test("the network overview is not the facilitator's to open", async () => {
    await page.goto(`/rounds/${ROUND_1}/overview`);
    await page.getByText("Overblikket findes ikke, eller kun netværkets koordinator kan se det.").waitFor();
    const text = await pageText(page);
    for (const other of others) expect(text).not.toContain(other.name ?? "");
    expect(errors).toEqual([]);
  });
});
