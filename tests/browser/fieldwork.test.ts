import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { apiAs, baseUrl, horizontalOverflow, launchChromium, newPage, signIn } from "./helpers.ts";
import {
  answerByApi,
  CENTRE_ID,
  CENTRE_NAME,
  centreFacilitator,
  DEMO_NETWORK_ID,
  fieldworkRound,
  newCodes,
  TEAM_NAME,
} from "./survey-fixtures.ts";

const PHONE = { width: 360, height: 740 };

interface Counts {
  created: number;
  used: number;
  revoked: number;
  unused: number;
}
interface Summary {
  centres: (Counts & {
    centreId: string;
    name: string;
    teams: (Counts & { teamId: string; name: string })[];
  })[];
}
interface ParticipationCounts {
  centres: { centreId: string; invited: number; answered: number }[];
}

const surveyStatus = async (code: string) => (await fetch(`${baseUrl}/api/v1/survey/${code}`)).status;

/** The cells of the table row whose header is `name`. */
const rowCells = (page: Page, tableId: string, name: string) =>
  page
    .locator(`#${tableId} tr`, { has: page.getByRole("rowheader", { name, exact: true }) })
    .first()
    .locator("td")
    .allTextContents();

describe("a round in the field: invitations, import and participation", () => {
  let browser: Browser;
  let round: { id: string; label: string };

  beforeAll(async () => {
    round = await fieldworkRound();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the coordinator makes codes for a team: a printable sheet with QR codes, a CSV, the counts, and revoking", async () => {
    const coordinator = await apiAs("coordinator@example.org");
    const { context, page, errors } = await newPage(browser);
    await signIn(page, "coordinator@example.org");
    await page.goto(`/networks/${DEMO_NETWORK_ID}/rounds`);
    await page.getByRole("link", { name: `Invitationer: ${round.label}` }).click();
    await page.getByRole("heading", { level: 1, name: `Invitationer: ${round.label}` }).waitFor();

    await page.getByLabel("Team (valgfrit)").selectOption({ label: TEAM_NAME });
    await page.getByLabel("Antal koder").fill("3");
    await page.getByRole("button", { name: "Lav koder" }).click();
    await page.getByRole("heading", { level: 2, name: "3 nye koder" }).waitFor();

    const slips = page.locator(".slip-sheet > .slip");
    expect(await slips.count()).toBe(3);
    await page.locator(".slip__qr svg path").first().waitFor();
    expect(await page.locator(".slip__qr svg").count()).toBe(3);
    const links = await page.locator(".slip__link").allTextContents();
    const codes = links.map((link) => {
      expect(link.startsWith(`${baseUrl}/s/`), link).toBe(true);
      return link.slice(`${baseUrl}/s/`.length);
    });
    expect(new Set(codes).size).toBe(3);
    // Each slip carries a live code: the survey opens with it.
    for (const code of codes) expect(await surveyStatus(code)).toBe(200);

    // Printed, the page is the slips alone.
    await page.emulateMedia({ media: "print" });
    expect(await slips.first().isVisible()).toBe(true);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("heading", { name: "Lav koder" }).isVisible()).toBe(false);
    expect(await page.locator("#invitation-counts").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Udskriv sedlerne" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Hent CSV til brevfletning" }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? "", "utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("code,link,round,centre,team");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(codes);
    expect(lines[1]).toContain(`${baseUrl}/s/${codes[0]},`);
    expect(lines[1]).toContain(`,${CENTRE_NAME},${TEAM_NAME}`);

    // The counts, as the API has them.
    const summary = (await coordinator.json("GET", `/api/v1/rounds/${round.id}/invitations`)) as Summary;
    const team = summary.centres
      .find((c) => c.centreId === CENTRE_ID)
      ?.teams.find((t) => t.name === TEAM_NAME);
    expect(team?.created).toBeGreaterThanOrEqual(3);
    const teamCells = await rowCells(page, "invitation-counts", TEAM_NAME);
    expect(teamCells.slice(0, 4)).toEqual(
      [team?.created, team?.used, team?.revoked, team?.unused].map(String),
    );

    // Revoking the team's unused codes, after saying what it does.
    const unused = team?.unused ?? 0;
    await page
      .getByRole("button", { name: `Tilbagekald ubrugte: ${unused} koder for ${CENTRE_NAME}, ${TEAM_NAME}` })
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("det kan ikke fortrydes").waitFor();
    await dialog.getByRole("button", { name: "Tilbagekald ubrugte" }).click();
    await page
      .getByRole("status")
      .getByText(`${unused} koder for ${CENTRE_NAME}, ${TEAM_NAME} er tilbagekaldt.`)
      .waitFor();
    for (const code of codes) expect(await surveyStatus(code)).toBe(404);
    await page.getByRole("heading", { level: 2, name: "3 nye koder" }).waitFor(); // still shown
    expect(await rowCells(page, "invitation-counts", TEAM_NAME)).toContain("0");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("an import with one bad row stores nothing and lists the row; partial stores the rest; the same file again adds nothing", async () => {
    const coordinator = await apiAs("coordinator@example.org");
    const answeredBefore =
      (
        (await coordinator.json("GET", `/api/v1/rounds/${round.id}/participation`)) as ParticipationCounts
      ).centres.find((c) => c.centreId === CENTRE_ID)?.answered ?? -1;
    const items = builtinInstrument.items.slice(0, 3).map((item) => item.code);
    const file = {
      name: "andet-vaerktoej.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        [
          `centre;${items.join(";")}`,
          `${CENTRE_ID};1;2;3`,
          `${CENTRE_ID};9;2;3`,
          `${CENTRE_ID};2;2;2`,
          "",
        ].join("\r\n"),
      ),
    };

    const { context, page, errors } = await newPage(browser);
    await signIn(page, "coordinator@example.org");
    await page.goto(`/rounds/${round.id}/import`);
    await page.getByRole("heading", { level: 1, name: `Import af svar: ${round.label}` }).waitFor();

    // A larger file on a slow uplink (Chrome's network emulation): the page shows how far it is.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 200 * 1024,
    });
    const big = `centre;${items[0]}\r\n${`${CENTRE_ID};1\r\n`.repeat(20_000)}${CENTRE_ID};9\r\n`;
    await page.getByLabel("CSV-fil").setInputFiles({ ...file, name: "stor.csv", buffer: Buffer.from(big) });
    await page.getByRole("button", { name: "Importér" }).click();
    const progress = page.locator("#import-progress");
    await page.getByText(/^Sender filen: [1-9]\d? %$/).waitFor();
    const midway = Number(await progress.getAttribute("value"));
    expect(midway).toBeGreaterThan(0);
    expect(midway).toBeLessThan(100);
    await page.getByText("Intet er gemt: 1 række blev afvist.").waitFor();
    expect(await page.locator("#rejected-rows tbody td").first().textContent()).toBe("20.002");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    await page.getByLabel("CSV-fil").setInputFiles(file);
    await page.getByRole("button", { name: "Importér" }).click();
    await page.getByRole("heading", { level: 2, name: "Resultat af importen" }).waitFor();
    await page.getByText("Intet er gemt: 1 række blev afvist.").waitFor();
    const rejected = page.locator("#rejected-rows");
    await rejected.getByText("Afvist række (1)").waitFor();
    const cells = await rejected.locator("tbody tr").first().locator("td").allTextContents();
    expect(cells[0]).toBe("3"); // the header is row 1
    expect(cells[1]).toBe(items[0]);
    // Said in Danish from the error's code and bounds, never the API's English message.
    const options = builtinInstrument.responseSets[builtinInstrument.items[0]?.responseSet ?? ""]?.options;
    expect(cells[2]).toBe(`Skriv et svar fra 1 til ${options?.length}.`);
    expect(await rejected.locator("tbody tr").count()).toBe(1);

    await page.getByLabel("Gem de gyldige rækker, selv om nogle afvises").check();
    await page.getByRole("button", { name: "Importér" }).click();
    await page.getByText("2 besvarelser er importeret.").waitFor();
    expect(await page.locator("#rejected-rows tbody tr").count()).toBe(1);

    await page.getByRole("button", { name: "Importér" }).click();
    await page.getByText("Denne fil er importeret før. Intet er tilføjet igen.").waitFor();
    const answeredAfter =
      (
        (await coordinator.json("GET", `/api/v1/rounds/${round.id}/participation`)) as ParticipationCounts
      ).centres.find((c) => c.centreId === CENTRE_ID)?.answered ?? -1;
    expect(answeredAfter - answeredBefore).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("participation is live while the round is open: a new answer shows without a reload", async () => {
    const [code] = await newCodes(round.id, 1);
    const { context, page, errors } = await newPage(browser);
    await signIn(page, "coordinator@example.org");
    await page.goto(`/rounds/${round.id}/participation`);
    await page.getByRole("heading", { level: 1, name: `Deltagelse: ${round.label}` }).waitFor();
    await page.locator("#participation-table").waitFor();
    const answered = Number((await rowCells(page, "participation-table", CENTRE_NAME))[1]);
    expect(answered).toBeGreaterThanOrEqual(0);
    expect(await answerByApi(code ?? "", {})).toBe(201);
    await page
      .locator("#participation-table tr", {
        has: page.getByRole("rowheader", { name: CENTRE_NAME, exact: true }),
      })
      .locator("td")
      .nth(1)
      .getByText(String(answered + 1), { exact: true })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the facilitator sees the counts, the headcount and the audit, asks for slips, and makes no codes, on a phone", async () => {
    const coordinator = await apiAs("coordinator@example.org");
    const before = (await coordinator.json("GET", `/api/v1/rounds/${round.id}/headcounts`)) as {
      centres: { centreId: string; taken: number }[];
    };
    const taken = before.centres.find((c) => c.centreId === CENTRE_ID)?.taken ?? 0;
    // Room to spare, so that later files making codes in this round are not capped.
    const headcount = taken + 5000;
    const setHeadcount = (value: number | null) =>
      coordinator.json("PATCH", `/api/v1/rounds/${round.id}/headcounts`, {
        centres: [{ centreId: CENTRE_ID, headcount: value }],
      });
    await setHeadcount(headcount);
    const shown = headcount.toLocaleString("da-DK");
    const { context, page, errors } = await newPage(browser, PHONE);
    try {
      await signIn(page, await centreFacilitator());
      await page.getByRole("link", { name: `Invitationer: ${round.label}` }).click();
      await page.getByRole("heading", { level: 1, name: `Invitationer: ${round.label}` }).waitFor();
      // Codes are the coordinator's: no form for them, a request for slips instead.
      await page.getByRole("heading", { level: 2, name: "Bed koordinatoren om sedler" }).waitFor();
      expect(await page.getByRole("button", { name: "Lav koder" }).count()).toBe(0);
      await page.getByLabel("Antal sedler").fill("12");
      await page.getByLabel("Besked til koordinatoren (valgfri)").fill("Til nye medarbejdere");
      await page.getByRole("button", { name: "Bed om sedler" }).click();
      await page.getByRole("status").getByText("Dit ønske er sendt til koordinatoren.").waitFor();
      const audit = page.locator("#audit-table");
      await audit.getByText("Bad om 12 sedler").first().waitFor();
      await audit.getByText(`Satte antal ansatte til ${shown}`).first().waitFor();
      expect(await rowCells(page, "headcount-table", CENTRE_NAME)).toEqual([
        shown,
        taken.toLocaleString("da-DK"),
      ]);
      expect(await horizontalOverflow(page)).toBe(0);

      await page
        .getByRole("navigation", { name: "Runden i felten" })
        .getByRole("link", { name: "Import" })
        .click();
      await page.getByText("Kun netværkets koordinator importerer svar").waitFor();
      expect(await page.getByLabel("CSV-fil").count()).toBe(0);
      await page.locator("#audit-table").waitFor();
      expect(await horizontalOverflow(page)).toBe(0);

      await page
        .getByRole("navigation", { name: "Runden i felten" })
        .getByRole("link", { name: "Deltagelse" })
        .click();
      await page.locator("#participation-table").waitFor();
      const headers = await page.locator("#participation-table tbody th").allTextContents();
      expect(headers[0]).toBe(CENTRE_NAME);
      expect(await page.locator("#participation-table thead th").allTextContents()).toContain(
        "Antal ansatte",
      );
      const cells = await rowCells(page, "participation-table", CENTRE_NAME);
      expect(cells[2]).toBe(shown);
      // answered out of the headcount: a rate, never more than 100 %.
      expect(cells[3]).toMatch(/^\d{1,3} %$/);
      await page.locator("#audit-table").getByText("Bad om 12 sedler").first().waitFor();
      // The facilitator reads the headcount; only the coordinator changes it.
      expect(await page.locator(".headcount-form").count()).toBe(0);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await setHeadcount(null);
    }
  });

  test("the coordinator enters a headcount on the participation page; the rate is unknown without one", async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await signIn(page, "coordinator@example.org");
      await page.goto(`/rounds/${round.id}/participation`);
      await page.locator("#participation-table").waitFor();
      expect((await rowCells(page, "participation-table", CENTRE_NAME))[3]).toBe("ukendt");
      const field = page.getByLabel(`Antal ansatte i ${CENTRE_NAME}`);
      await field.fill("100000");
      await page.getByRole("button", { name: `Gem antal ansatte for ${CENTRE_NAME}` }).click();
      await page.getByRole("status").getByText("Antal ansatte er gemt.").waitFor();
      await page
        .locator("#participation-table tr", {
          has: page.getByRole("rowheader", { name: CENTRE_NAME, exact: true }),
        })
        .locator("td")
        .nth(2)
        .getByText("100.000", { exact: true })
        .waitFor();
      await page.locator("#audit-table").getByText("Satte antal ansatte til 100.000").first().waitFor();
      await field.fill("");
      await page.getByRole("button", { name: `Gem antal ansatte for ${CENTRE_NAME}` }).click();
      await page.locator("#audit-table").getByText("Fjernede antal ansatte").first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the coordinator fills in every headcount from a spreadsheet: nothing is saved while a row is wrong", async () => {
    const { context, page, errors } = await newPage(browser);
    try {
      await signIn(page, "coordinator@example.org");
      await page.goto(`/rounds/${round.id}/participation`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Hent regneark (CSV)" }).click(),
      ]);
      const sheet = readFileSync((await download.path()) ?? "", "utf8");
      const lines = sheet
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
      expect(lines[0]).toBe("centre,team,headcount");
      expect(lines).toContain(`${CENTRE_NAME},${TEAM_NAME},`);

      const load = (text: string) =>
        page.getByLabel("Indlæs udfyldt regneark").setInputFiles({
          name: "antal.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(text),
        });
      // A Danish spreadsheet saves with semicolons; one row names a team the centre lacks.
      await load(`centre;team;headcount\r\n${CENTRE_NAME};;60\r\n${CENTRE_NAME};Ingen sådan;4\r\n`);
      const alert = page.getByRole("alert").filter({ hasText: "Intet er gemt" });
      await alert.getByText("Række 3: teamet findes ikke i centret").waitFor();
      expect(await page.getByLabel(`Antal ansatte i ${CENTRE_NAME}`).inputValue()).toBe("");

      await load(`centre;team;headcount\r\n${CENTRE_NAME};;1.200\r\n${CENTRE_NAME};${TEAM_NAME};30\r\n`);
      await page.getByRole("status").getByText("Antal ansatte er gemt fra 2 rækker.").waitFor();
      await page.locator("#audit-table").getByText("Satte antal ansatte til 1.200").first().waitFor();
      expect(await page.getByLabel(`Antal ansatte i ${CENTRE_NAME}`).inputValue()).toBe("1200");
      expect(await page.getByLabel(`Antal ansatte i ${TEAM_NAME}`).inputValue()).toBe("30");

      // Emptied again, so the round's rate is unknown for the other tests.
      await load(`centre,team,headcount\r\n${CENTRE_NAME},,\r\n${CENTRE_NAME},${TEAM_NAME},\r\n`);
      await page.getByRole("status").getByText("Antal ansatte er gemt fra 2 rækker.").waitFor();
      await page.locator("#audit-table").getByText("Fjernede antal ansatte").first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
