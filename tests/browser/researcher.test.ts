import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  apiAs,
  DEMO_NETWORK_NAME,
  demoCentres,
  horizontalOverflow,
  launchChromium,
  newPage,
  pageText,
  signIn,
} from "./helpers.ts";

describe("a researcher is pointed to the research API and sees no centre by name", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the home page has the export desk and links the research guide", async () => {
    await signIn(page, "researcher@example.org");
    const card = page.getByRole("region", { name: DEMO_NETWORK_NAME });
    expect(await card.textContent()).toContain("faste pseudonymer");
    expect(await card.textContent()).not.toContain("Eksporter kommer her");
    const docs = card.getByRole("link", { name: /Vejledning til forskningsudtræk/ });
    expect(await docs.getAttribute("href")).toMatch(/^\/research\/guide\?network=/);
    // The administration's links are not offered.
    expect(await page.getByRole("link", { name: "Administrér netværket" }).count()).toBe(0);
  });

  test("the guide is a page of the app, in Danish, with this server and network in its examples", async () => {
    const { networkId } = await demoCentres();
    await page.getByRole("link", { name: /Vejledning til forskningsudtræk/ }).click();
    await page
      .getByRole("heading", { level: 1, name: "Forskningsudtræk: en vejledning til R og Python" })
      .waitFor();
    for (const heading of ["Tokens", "Udtrækkene", "Anonymitet", "På tværs af runder", "Eksempel i R"])
      await page.getByRole("heading", { level: 2, name: heading }).waitFor();
    const origin = new URL(page.url()).origin;
    const r = (await page.locator('code[data-example="r"]').textContent()) ?? "";
    expect(r).toContain(`base    <- "${origin}"`);
    expect(r).toContain(`network <- "${networkId}"`);
    expect(r).toContain("check.names = FALSE");
    expect(r).toContain("# hold tokenet uden for scriptet");
    const python = (await page.locator('code[data-example="python"]').textContent()) ?? "";
    expect(python).toContain(`NETWORK = "${networkId}"`);
    // The language switch reads the same guide in English; the code stays, its comments follow.
    await page.getByRole("button", { name: "English" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Research exports: a guide for R and Python" })
      .waitFor();
    const rEnglish = (await page.locator('code[data-example="r"]').textContent()) ?? "";
    expect(rEnglish).toContain("# keep the token out of the script");
    expect(rEnglish.split("\n").length).toBe(r.split("\n").length);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.getByRole("button", { name: "Dansk" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Forskningsudtræk: en vejledning til R og Python" })
      .waitFor();
    expect(errors).toEqual([]);
    await page.goto("/");
  });

  test("a centre's page is closed and no centre is named", async () => {
    const { centres } = await demoCentres();
    await page.goto(`/centres/${centres[0]?.id}`);
    await page.getByText("Centret findes ikke, eller du har ikke adgang til det.").waitFor();
    const text = await pageText(page);
    for (const c of centres) expect(text).not.toContain(c.name);
    expect(errors).toEqual([]);
  });

  test("a round's fieldwork pages say whose they are instead of offering forms the API refuses", async () => {
    for (const section of ["invitations", "import", "participation"]) {
      await page.goto(`/rounds/demo-round-2009/${section}`);
      await page
        .getByText(/Feltarbejdet \(invitationer, import og deltagelse\) er for netværkets koordinator/)
        .waitFor();
      expect(await page.locator("form, input[type=file]").count(), section).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});

describe("the export desk: a researcher downloads each export, and the files equal the API's", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, "researcher@example.org");
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("every export in its chosen format, for the round ticked by its label", async () => {
    const { networkId } = await demoCentres();
    const api = await apiAs("researcher@example.org");
    const desk = page.getByRole("region", { name: "Udtræk" });
    await desk.getByLabel("2. måling, september 2008").check();
    const round = "demo-round-2008";
    const cases = [
      ["Skalaer", "CSV", "scales", "csv"],
      ["Besvarelser", "NDJSON", "responses", "ndjson"],
      ["Det vigtigste i jobbet", "JSON", "value-most", "json"],
      ["Deltagelse", "CSV", "participation", "csv"],
      ["Kodebog", "JSON", "codebook", "json"],
    ] as const;
    for (const [label, formatLabel, kind, format] of cases) {
      await desk.getByRole("radio", { name: new RegExp(`^${label}`) }).check();
      await desk.getByRole("radio", { name: formatLabel, exact: true }).check();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        desk.getByRole("button", { name: "Hent udtrækket" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`amica-${kind}.${format}`);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      const file = Buffer.concat(chunks).toString("utf8");
      const res = await fetch(
        `${page.url().replace(/\/$/, "")}/api/v1/networks/${networkId}/export/${kind}?format=${format}&rounds=${round}`,
        { headers: { cookie: api.cookie } },
      );
      expect(res.status).toBe(200);
      expect(file, kind).toBe(await res.text());
      await desk.getByText(/^Hentet:/).waitFor();
    }
    // The snippets carry the choice.
    await desk.getByText("Samme udtræk fra R eller Python").click();
    expect(await desk.locator("[data-snippet=pandas]").textContent()).toContain(`("rounds", "${round}")`);
    const r = await desk.locator("[data-snippet=r]").textContent();
    expect(r).toContain(`rounds = c("${round}")`);
    expect(r).toContain("Retry-After");
    expect(errors).toEqual([]);
  });

  test("fits a phone", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole("region", { name: "Udtræk" }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
  });
});

describe("the snapshot desk: a researcher downloads a round's snapshot, and it is the file the citation names", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, "researcher@example.org");
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("the downloaded file equals the API's bytes, and its content hashes to the cited SHA-256", async () => {
    const { networkId } = await demoCentres();
    const api = await apiAs("researcher@example.org");
    const round = "demo-round-2008";
    const path = `/api/v1/networks/${networkId}/snapshots/${round}`;
    const origin = new URL(page.url()).origin;
    const desk = page.getByRole("region", { name: "Øjebliksbillede af en runde, til at citere" });
    await desk.getByLabel("Runde").selectOption(round);
    await desk.getByRole("button", { name: "Vis citationen" }).click();
    const line = desk.locator("[data-citation]");
    await line.waitFor();
    const cited = (await fetch(`${origin}${path}/citation`, { headers: { cookie: api.cookie } }).then((r) =>
      r.json(),
    )) as { sha256: string; citation: string; file: string; rows: number };
    expect(cited.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The page shows the API's citation line, hash included.
    expect((await line.textContent())?.trim()).toBe(cited.citation);
    expect(cited.citation).toContain(cited.sha256);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      desk.getByRole("link", { name: "Hent øjebliksbilledet" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(cited.file);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const file = Buffer.concat(chunks);
    const res = await fetch(`${origin}${path}`, { headers: { cookie: api.cookie } });
    expect(res.status).toBe(200);
    // The browser saved the bytes the API sends (the gzip as it is, not unpacked on the way).
    expect(file.equals(Buffer.from(await res.arrayBuffer()))).toBe(true);

    // Inside: header, one line per response, and the footer, whose hash is of every byte before it.
    const text = gunzipSync(file);
    const footerAt = text.lastIndexOf(10, text.length - 2) + 1;
    const footer = JSON.parse(text.subarray(footerAt).toString("utf8")) as {
      amica_snapshot_end: number;
      rows: number;
      sha256: string;
      citation: string;
    };
    expect(footer).toEqual({
      amica_snapshot_end: 1,
      rows: cited.rows,
      sha256: cited.sha256,
      citation: cited.citation,
    });
    expect(createHash("sha256").update(text.subarray(0, footerAt)).digest("hex")).toBe(cited.sha256);
    expect(text.subarray(0, footerAt).toString("utf8").split("\n").length - 2).toBe(cited.rows);
    expect(errors).toEqual([]);
  });
});

describe("research tokens: the coordinator creates one, sees it once, and revokes it", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, "coordinator@example.org");
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  test("create, shown once, works on the API, revoke", async () => {
    const { networkId } = await demoCentres();
    await page.goto(`/networks/${networkId}/research`);
    const name = `Browser test ${Date.now()}`;
    await page.getByLabel("Navn (hvem eller hvilket projekt)").fill(name);
    await page.getByLabel("Sidste gyldige dag").fill("2099-12-31");
    await page.getByRole("button", { name: "Opret nøgle" }).click();
    const value = (await page.locator("[data-token]").textContent())?.trim() ?? "";
    expect(value).toMatch(/^amr_/);
    const base = page.url().replace(/\/networks.*$/, "");
    const read = () =>
      fetch(`${base}/api/v1/networks/${networkId}/export/participation?format=json`, {
        headers: { authorization: `Bearer ${value}` },
      });
    expect((await read()).status).toBe(200);
    const item = page.locator("#token-list li", { hasText: name });
    await item.getByText("gælder til og med").waitFor();
    // Shown once: after a reload, the list names it but the value is gone.
    await page.reload();
    await item.waitFor();
    expect(await pageText(page)).not.toContain(value);
    await item.getByText(/sidst brugt/).waitFor();
    await item.getByRole("button", { name: `Træk nøglen ${name} tilbage` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Træk tilbage" }).click();
    await item.getByText("Trukket tilbage").waitFor();
    expect((await read()).status).toBe(401);
    expect(errors).toEqual([]);
  });

  test("fits a phone", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator("#token-list").waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
