import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  apiAs,
  apiSession,
  type CentreRow,
  DEMO_NETWORK_NAME,
  demoCentres,
  launchChromium,
  newPage,
  pageText,
  signIn,
} from "./helpers.ts";

describe("the cycle guide and the results-meeting notes", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let networkId: string;
  let own: CentreRow;
  let others: CentreRow[];
  let all: CentreRow[];
  const meetings: string[] = [];

  const expectNoOtherCentreNames = async () => {
    const text = await pageText(page);
    const html = await page.content();
    for (const other of others) {
      expect(text, `visible text names ${other.name}`).not.toContain(other.name);
      expect(html, `page source names ${other.name}`).not.toContain(other.name);
      expect(html, `page source holds the id of ${other.name}`).not.toContain(other.id);
    }
  };

  const step = (name: string) =>
    page.locator("li.cycle-step", { has: page.getByRole("heading", { level: 2, name: new RegExp(name) }) });
  const nextStep = () => page.getByRole("region", { name: "Næste skridt" });

  beforeAll(async () => {
    const demo = await demoCentres();
    networkId = demo.networkId;
    all = demo.centres;
    const found = demo.centres.find((c) => c.name === "Borgerservice");
    if (!found) throw new Error("The demo centre Borgerservice is missing.");
    own = found;
    others = demo.centres.filter((c) => c.id !== own.id);
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    // Leave the demo as it was for the other files.
    if (meetings.length > 0) {
      const facilitator = await apiAs("facilitator@example.org");
      for (const id of meetings) await facilitator.call("DELETE", `/api/v1/results-meetings/${id}`);
    }
    await context?.close();
    await browser?.close();
  });

  test("the facilitator's home leads to the guide; June 2007 shows its first steps done", async () => {
    await signIn(page, "facilitator@example.org");
    await page.getByRole("link", { name: "Cyklusguide: hvad er næste skridt?" }).click();
    await page.getByRole("heading", { level: 1, name: "Cyklusguide: Borgerservice" }).waitFor();
    await page
      .getByRole("navigation", { name: "Målerunder" })
      .getByRole("link", { name: "1. måling, juni 2007" })
      .click();
    await page.getByText("1. måling, juni 2007 (4. juni 2007 – 29. juni 2007)").waitFor();

    for (const name of ["Målerunde", "Resultater", "Seminar"]) {
      expect(await step(name).locator(".cycle-status").textContent(), name).toContain("Gennemført");
    }
    expect(await step("Resultater").textContent()).toContain("Resultatmødet er holdt · 28. august 2007");
    expect(await step("Seminar").textContent()).toContain(
      "Centret har deltaget i et benchmarkseminar · 9. oktober 2007",
    );
    const done = /(\d) af 6 trin gennemført/.exec(await pageText(page));
    expect(Number(done?.[1])).toBeGreaterThanOrEqual(3);

    // The report the step names is the centre's report of that round.
    await step("Resultater").getByRole("link", { name: "Se rapporten" }).click();
    await page.getByRole("heading", { level: 1, name: /Borgerservice/ }).waitFor();
    expect(page.url()).toContain(`/rounds/demo-round-2007/report/${own.id}`);
    await expectNoOtherCentreNames();
  });

  test("the latest round always names a next step, and the guide moves on when the meeting is recorded", async () => {
    await page.goto(`/centres/${own.id}/cycle`);
    await page.getByRole("heading", { level: 1, name: "Cyklusguide: Borgerservice" }).waitFor();
    await page.locator("p.lead").filter({ hasText: "3. måling, september 2009" }).waitFor();
    // Other tests may run workshops in this cycle, so the next step is not fixed; but the latest
    // round's follow-up waits for a round not yet run, so there is always one.
    await nextStep()
      .getByText(/^Trin \d, /)
      .waitFor();
    const stepsDone = async () => Number(/(\d) af 6 trin gennemført/.exec(await pageText(page))?.[1]);
    const before = await stepsDone();
    expect(await step("Resultater").locator(".cycle-status").textContent()).toContain("I gang");
    await step("Resultater").getByText("Hold resultatmødet, og notér det").waitFor();
    await step("Resultater").getByRole("link", { name: "Resultatmødets noter" }).click();

    await page.getByRole("heading", { level: 1, name: "Resultatmøder: Borgerservice" }).waitFor();
    const form = page.getByRole("region", { name: "Notér et resultatmøde" });
    expect(await form.getByLabel("Målerunde").inputValue()).toBe("demo-round-2009");
    // The report's attention points are pointed out next to their scales.
    await form.getByRole("checkbox", { name: /^Arbejdstempo/ }).waitFor();
    expect(await form.getByText("(opmærksomhedspunkt i rapporten)").count()).toBeGreaterThanOrEqual(1);

    // A negative count is refused next to its field.
    await form.getByLabel("Antal deltagere (valgfrit)").fill("-3");
    await form.getByRole("button", { name: "Gem resultatmødet" }).click();
    await form.getByText("Ret 1 fejl i formularen.").waitFor();
    expect(await form.getByLabel("Antal deltagere (valgfrit)").getAttribute("aria-invalid")).toBe("true");

    await form.getByLabel("Dato for mødet").fill("2009-11-03");
    await form.getByLabel("Antal deltagere (valgfrit)").fill("14");
    await form.getByRole("checkbox", { name: /^Arbejdstempo/ }).check();
    await form.getByRole("checkbox", { name: /^Stress/ }).check();
    await form
      .getByLabel("Beslutninger")
      .fill("Faste pauser efter lange køperioder.\n- Vi følger op i foråret");
    await form.getByRole("button", { name: "Gem resultatmødet" }).click();
    await form.getByText("Resultatmødet er gemt.").waitFor();

    const listed = page
      .getByRole("region", { name: "Noter fra resultatmøderne" })
      .getByRole("listitem")
      .filter({
        has: page.getByRole("heading", { name: "Møde 3. november 2009" }),
      });
    await listed.getByText("3. måling, september 2009 · 14 deltagere").waitFor();
    await listed.getByRole("link", { name: "Arbejdstempo" }).waitFor();
    await listed.getByRole("link", { name: "Stress" }).waitFor();
    await listed.getByText("Vi følger op i foråret").waitFor();
    const saved = (await page.evaluate(
      (id) => fetch(`/api/v1/centres/${id}/results-meetings`).then((r) => r.json()),
      own.id,
    )) as { id: string; heldOn: string }[];
    meetings.push(...saved.filter((m) => m.heldOn === "2009-11-03").map((m) => m.id));
    expect(meetings).toHaveLength(1);

    await page.getByRole("link", { name: "Til cyklusguiden" }).click();
    await page.getByRole("heading", { level: 1, name: "Cyklusguide: Borgerservice" }).waitFor();
    await step("Resultater").getByText("Resultatmødet er holdt · 3. november 2009").waitFor();
    expect(await step("Resultater").locator(".cycle-status").textContent()).toContain("Gennemført");
    expect(await stepsDone()).toBe(before + 1);
    expect(await nextStep().textContent()).not.toContain("Hold resultatmødet");
    await expectNoOtherCentreNames();
  });

  test("the coordinator's table is closed to a facilitator, who sees no centre named", async () => {
    await page.goto(`/networks/${networkId}/cycle`);
    await page
      .getByText("Netværket eller målerunden findes ikke, eller kun koordinatoren har adgang.")
      .waitFor();
    await expectNoOtherCentreNames();
  });

  test("the guide reads in English", async () => {
    await page.goto(`/centres/${own.id}/cycle`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Cycle guide: Borgerservice" }).waitFor();
    await page.getByRole("region", { name: "Next step" }).waitFor();
    expect(await step("Survey round").locator(".cycle-status").textContent()).toContain("Done");
    await page.getByRole("button", { name: "Dansk" }).click();
    await page.getByRole("heading", { level: 1, name: "Cyklusguide: Borgerservice" }).waitFor();
    expect(errors).toEqual([]);
  });

  test("the coordinator's home leads to every centre's progress in one table", async () => {
    const coord = await newPage(browser);
    try {
      await signIn(coord.page, "coordinator@example.org");
      // Other test files give the coordinator networks of their own: the demo's card.
      await coord.page
        .getByRole("region", { name: DEMO_NETWORK_NAME })
        .getByRole("link", { name: "Centrenes fremdrift i cyklussen" })
        .click();
      await coord.page.getByRole("heading", { level: 1, name: "Centrenes fremdrift i cyklussen" }).waitFor();
      await coord.page
        .getByRole("navigation", { name: "Målerunder" })
        .getByRole("link", { name: "1. måling, juni 2007" })
        .click();
      const table = coord.page.getByRole("table", { name: /1\. måling, juni 2007/ });
      await table.waitFor();
      const rows = await table.getByRole("rowheader").allTextContents();
      // The round's own centres: other test files may have added centres to the network since.
      const get = await apiSession("coordinator@example.org");
      const round = (await get("/api/v1/rounds/demo-round-2007")) as { centreIds: string[] };
      const inRound = all.filter((c) => round.centreIds.includes(c.id));
      expect(inRound.length).toBeGreaterThanOrEqual(8);
      expect(rows.sort()).toEqual(inRound.map((c) => c.name ?? "").sort());
      const borgerservice = table.getByRole("row", { name: /^Borgerservice/ });
      expect(await borgerservice.getByText("Gennemført").count()).toBeGreaterThanOrEqual(3);
      const headers = await table.getByRole("columnheader").allTextContents();
      expect(headers.slice(1, 7)).toEqual([
        "1. Målerunde",
        "2. Resultater",
        "3. Seminar",
        "4. Workshops",
        "5. Handleplaner",
        "6. Opfølgning",
      ]);

      await borgerservice.getByRole("link", { name: "Borgerservice" }).click();
      await coord.page.getByRole("heading", { level: 1, name: "Cyklusguide: Borgerservice" }).waitFor();
      await coord.page.getByText("1. måling, juni 2007 (4. juni 2007 – 29. juni 2007)").waitFor();
      expect(coord.errors).toEqual([]);
    } finally {
      await coord.context.close();
    }
  });
});
