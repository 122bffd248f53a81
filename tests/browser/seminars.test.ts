import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type ApiClient,
  apiAs,
  type CentreRow,
  demoCentres,
  launchChromium,
  newPage,
  pageText,
  signIn,
} from "./helpers.ts";

describe("benchmark seminars and the practice library, for a facilitator", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  let networkId: string;
  let others: CentreRow[];
  let sharing: CentreRow;
  let coordinator: ApiClient;
  const made: string[] = [];

  /** No other centre's name or id anywhere in the page, except a centre that agreed to be named. */
  const expectNoOtherCentreNames = async (except?: CentreRow) => {
    const text = await pageText(page);
    const html = await page.content();
    for (const other of others.filter((o) => o.id !== except?.id)) {
      expect(text, `visible text names ${other.name}`).not.toContain(other.name);
      expect(html, `page source names ${other.name}`).not.toContain(other.name);
      expect(html, `page source holds the id of ${other.name}`).not.toContain(other.id);
    }
  };

  const centreBlock = () => page.getByRole("region", { name: /^Borgerservice/ });
  const ofKind = (kind: string) => centreBlock().locator(`[data-kind="${kind}"] > li`);

  beforeAll(async () => {
    const demo = await demoCentres();
    networkId = demo.networkId;
    const own = demo.centres.find((c) => c.name === "Borgerservice");
    if (!own) throw new Error("The demo centre Borgerservice is missing.");
    others = demo.centres.filter((c) => c.id !== own.id);
    const [first, second] = others;
    if (!first || !second) throw new Error("The demo network has too few centres.");
    sharing = first;
    coordinator = await apiAs("coordinator@example.org");
    // Two practices of other centres: one agreed to be named, one did not.
    const shared = (await coordinator.json("POST", `/api/v1/networks/${networkId}/practices`, {
      centreId: sharing.id,
      title: "Makkerskift på aftenvagten",
      body: "To og to på aftenvagten, så ingen sidder alene med de svære opkald.\n- Læg vagtplanen i par",
      themeKey: "difficult-calls",
      scaleKeys: ["emotional-demands"],
      shareCentreName: true,
    })) as { id: string };
    const unnamed = (await coordinator.json("POST", `/api/v1/networks/${networkId}/practices`, {
      centreId: second.id,
      title: "Et stille rum til restitution",
      body: "Et lille rum uden telefoner, hvor man kan trække vejret efter et hårdt opkald.",
      themeKey: "time-pressure",
      scaleKeys: ["stress"],
      shareCentreName: false,
    })) as { id: string };
    made.push(shared.id, unnamed.id);
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    for (const id of made) await coordinator?.json("DELETE", `/api/v1/practices/${id}`).catch(() => {});
    await context?.close();
    await browser?.close();
  });

  test("the home page leads to the Fredericia seminar, with Borgerservice's requests and take-aways", async () => {
    await signIn(page, "facilitator@example.org");
    await page
      .getByRole("region", { name: "Borgerservice" })
      .getByRole("link", { name: "Benchmarkseminarer" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Benchmarkseminarer" }).waitFor();
    await page.getByText("Fredericia").first().waitFor();
    await page.getByRole("link", { name: "1. benchmarkseminar" }).click();

    await page.getByRole("heading", { level: 1, name: "1. benchmarkseminar" }).waitFor();
    const text = await pageText(page);
    expect(text).toContain("9. oktober 2007 – 10. oktober 2007");
    expect(text).toContain("Fredericia");
    expect(text).toContain("Etablere netværket.");
    await centreBlock().getByRole("heading", { level: 4, name: "Andre centre bad om" }).waitFor();
    await centreBlock().getByRole("heading", { level: 4, name: "Tog med hjem" }).waitFor();
    expect(await ofKind("requested").allTextContents()).toEqual([
      expect.stringContaining("Ledelsesgrundlag: et kodeks for god ledelse"),
      expect.stringContaining("Kodeks for god borgerservice"),
      expect.stringContaining("Rekruttering og fastholdelse"),
    ]);
    expect(await ofKind("took-home").allTextContents()).toEqual([
      expect.stringContaining("Sundhedssamtaler"),
      expect.stringContaining("Målinger som et positivt arbejdsredskab"),
    ]);
    // Theme and scales by their names, not their keys.
    const health = ofKind("took-home").first();
    await health.getByRole("link", { name: "Selvvurderet helbred" }).waitFor();
    expect(await health.textContent()).not.toContain("general-health");
    await ofKind("requested").nth(1).getByRole("link", { name: "Kundeservice" }).waitFor();
    await expectNoOtherCentreNames();
  });

  test("a facilitator records what the centre took home, and can delete it again", async () => {
    const form = page.getByRole("region", { name: "Notér et bidrag" });
    await form.getByText("Bidraget noteres for Borgerservice.").waitFor();
    // An empty description is refused next to the field, and the keyboard is taken there.
    await form.getByRole("button", { name: "Gem bidraget" }).click();
    await form.getByText("Skal udfyldes.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contribution-text");

    await form.getByRole("radio", { name: "Tog med hjem" }).check();
    await form.getByLabel("Beskrivelse").fill("Faste pauser efter lange køperioder");
    await form.getByLabel("Tema (valgfrit)").selectOption({ label: "4. Tidspres" });
    await form.getByText("Skalaer fra spørgeskemaet (valgfrit)").first().click();
    await form.getByRole("checkbox", { name: "Arbejdstempo" }).check();
    await form.getByRole("button", { name: "Gem bidraget" }).click();
    await form.getByText("Bidraget er gemt under »Tog med hjem«.").waitFor();

    const added = ofKind("took-home").filter({ hasText: "Faste pauser efter lange køperioder" });
    await added.getByRole("link", { name: "Arbejdstempo" }).waitFor();
    await added.getByRole("link", { name: "Tidspres" }).waitFor();
    expect(await ofKind("took-home").count()).toBe(3);

    await added.getByRole("button", { name: /^Slet bidraget »Faste pauser/ }).click();
    const dialog = page.getByRole("dialog", { name: /^Slet bidraget »Faste pauser/ });
    await dialog.getByText("Det kan ikke fortrydes.").waitFor();
    await dialog.getByRole("button", { name: "Slet", exact: true }).click();
    await page.getByText("Bidraget er slettet.").waitFor();
    expect(await ofKind("took-home").count()).toBe(2);
    await expectNoOtherCentreNames();
  });

  test("searching the practice library by a word finds the practice", async () => {
    await page
      .getByRole("navigation", { name: "Seminarer og biblioteker" })
      .getByRole("link", { name: "Praksisbibliotek" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Praksisbibliotek" }).waitFor();
    const search = page.getByRole("search", { name: "Søg i praksisbiblioteket" });
    await search.getByLabel("Søgeord").fill("samtale");
    await search.getByRole("button", { name: "Søg" }).click();
    await page.getByRole("status").filter({ hasText: "1 praksis for »samtale«" }).waitFor();
    const results = page.getByRole("article");
    expect(await results.count()).toBe(1);
    await results.getByRole("heading", { name: "Sundhedssamtaler" }).waitFor();
    expect(page.url()).toContain("q=samtale");

    await search.getByLabel("Søgeord").fill("xyzzyq");
    await search.getByRole("button", { name: "Søg" }).click();
    await page.getByText("Ingen praksisser passer på søgningen.").waitFor();
    expect(await page.getByRole("article").count()).toBe(0);

    // A theme filter alone.
    await search.getByLabel("Søgeord").fill("");
    await search.getByLabel("Tema").selectOption({ label: "5. Målinger og performancekrav" });
    await search.getByRole("button", { name: "Søg" }).click();
    await page.getByRole("heading", { name: "Hvorfor måler vi? En brainstorm med medarbejderne" }).waitFor();
    const titles = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(titles).toContain("Målinger som et positivt arbejdsredskab");
    expect(titles).not.toContain("Stresspolitik");
    await expectNoOtherCentreNames();
  });

  test("another centre's practice is named only where that centre agreed", async () => {
    await page.goto(`/networks/${networkId}/practices?q=makkerskift`);
    const named = page.getByRole("article", { name: "Makkerskift på aftenvagten" });
    await named.getByText(sharing.name ?? "?", { exact: true }).waitFor();
    await expectNoOtherCentreNames(sharing);

    await page.goto(`/networks/${networkId}/practices?q=restitution`);
    const unnamed = page.getByRole("article", { name: "Et stille rum til restitution" });
    await unnamed.getByText("Et andet center (navnet vises ikke)").waitFor();
    await expectNoOtherCentreNames();
  });

  test("a practice is copied into an action plan for the centre", async () => {
    await page.goto(`/networks/${networkId}/practices?q=borgerservice`);
    await page.getByRole("link", { name: "Brug i en handleplan: »Kodeks for god borgerservice«" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Handleplan ud fra »Kodeks for god borgerservice«" })
      .waitFor();
    expect(await page.getByLabel("Planens titel").inputValue()).toBe("Kodeks for god borgerservice");
    expect(await page.getByLabel("Handlinger", { exact: true }).inputValue()).toBe(
      "Formulér sammen, hvad god borgerservice er hos os\nBrug kodekset i oplæringen af nye medarbejdere",
    );
    await page.getByLabel("Tema (valgfrit)").waitFor();
    expect(await page.getByLabel("Tema (valgfrit)").inputValue()).toBe("customer-service");
    expect(await page.getByLabel("Skala, der skal rykke sig (valgfrit)").inputValue()).toBe(
      "meaning-of-work",
    );
    expect(await page.getByLabel("Noter").inputValue()).toContain(
      "Fra praksisbiblioteket: Kodeks for god borgerservice",
    );

    await page.getByRole("button", { name: "Gem som handleplan" }).click();
    await page.getByText("Handleplanen »Kodeks for god borgerservice« er gemt.").waitFor();
    const href = await page.getByRole("link", { name: "Åbn handleplanen" }).getAttribute("href");
    const planId = /^\/plans\/([^/?#]+)$/.exec(href ?? "")?.[1];
    expect(planId, `link to the plan: ${href}`).toBeTruthy();
    const plan = (await coordinator.json("GET", `/api/v1/action-plans/${planId}`)) as {
      centreId: string;
      themeKey: string | null;
      scaleKey: string | null;
      items: { text: string }[];
    };
    // Leave the demo as it was for the other tests.
    await coordinator.json("DELETE", `/api/v1/action-plans/${planId}`);
    expect(plan.themeKey).toBe("customer-service");
    expect(plan.scaleKey).toBe("meaning-of-work");
    expect(plan.items.map((i) => i.text)).toEqual([
      "Formulér sammen, hvad god borgerservice er hos os",
      "Brug kodekset i oplæringen af nye medarbejdere",
    ]);
    await expectNoOtherCentreNames();
    expect(errors).toEqual([]);
  });
});
