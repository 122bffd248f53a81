import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import {
  type ApiClient,
  type ApiMethod,
  apiAs,
  type CentreRow,
  demoCentres,
  horizontalOverflow,
  launchChromium,
  newPage,
  pageText,
  signIn,
} from "./helpers.ts";

/** The body of a 201 (what was made); anything else throws. */
async function made(
  api: ApiClient,
  method: ApiMethod,
  path: string,
  body?: unknown,
): Promise<{ id: string }> {
  const r = await api.call(method, path, body);
  if (r.status !== 201) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as { id: string };
}

// Own seminars and practices, so that the seeded demo stays as the other tests expect it.
const stamp = Date.now().toString(36);
const seminarTitle = `Redigeringsseminar ${stamp}`;
const ownText = `Vi tog vagtbytte-ordningen med hjem ${stamp}`;
const otherText = `Et andet center fortalte om makkerskift ${stamp}`;

describe("changing and deleting seminars, contributions and practices", () => {
  let browser: Browser;
  let networkId: string;
  let own: CentreRow;
  let other: CentreRow;
  let coordinatorApi: ApiClient;
  let facilitatorApi: ApiClient;
  let seminarId: string;
  let linkedPracticeId: string;
  const practices: string[] = [];

  beforeAll(async () => {
    const demo = await demoCentres();
    networkId = demo.networkId;
    const found = demo.centres.find((c) => c.name === "Borgerservice");
    const another = demo.centres.find((c) => c.name !== "Borgerservice");
    if (!found || !another) throw new Error("The demo network lacks Borgerservice or another centre.");
    own = found;
    other = another;
    coordinatorApi = await apiAs("coordinator@example.org");
    facilitatorApi = await apiAs("facilitator@example.org");
    seminarId = (
      await made(coordinatorApi, "POST", `/api/v1/networks/${networkId}/seminars`, {
        title: seminarTitle,
        startsOn: "2031-03-04",
        place: "Vejle",
        purpose: "At prøve ændringer af.",
        centreIds: [own.id],
      })
    ).id;
    await made(coordinatorApi, "POST", `/api/v1/seminars/${seminarId}/contributions`, {
      centreId: own.id,
      kind: "took-home",
      text: ownText,
    });
    await made(coordinatorApi, "POST", `/api/v1/seminars/${seminarId}/contributions`, {
      centreId: other.id,
      kind: "presented",
      text: otherText,
    });
    // A practice shared at the seminar: deleting the seminar must leave it in the library, unlinked.
    linkedPracticeId = (
      await made(coordinatorApi, "POST", `/api/v1/networks/${networkId}/practices`, {
        centreId: other.id,
        seminarId,
        title: `Makkerskift fra seminaret ${stamp}`,
        body: "To og to.",
        shareCentreName: true,
      })
    ).id;
    practices.push(linkedPracticeId);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await coordinatorApi?.call("DELETE", `/api/v1/seminars/${seminarId}`);
    for (const id of practices) await coordinatorApi?.call("DELETE", `/api/v1/practices/${id}`);
    await browser?.close();
  });

  describe("as the facilitator of Borgerservice, on a phone (360 px)", () => {
    let context: BrowserContext;
    let page: Page;
    let errors: Error[];

    beforeAll(async () => {
      ({ context, page, errors } = await newPage(browser, { width: 360, height: 740 }));
      await signIn(page, "facilitator@example.org");
    });
    afterAll(async () => {
      await context?.close();
    });

    test("the seminar has no change or delete buttons, and only the centre's own contributions can be changed", async () => {
      await page.goto(`/seminars/${seminarId}`);
      await page.getByRole("heading", { level: 1, name: seminarTitle }).waitFor();
      await page.getByText(ownText).waitFor();
      await page.getByText(otherText).waitFor();
      expect(await page.getByRole("button", { name: "Ret seminaret" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Slet seminaret" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: /^Ret bidraget/ }).count()).toBe(1);
      expect(await page.getByRole("button", { name: /^Slet bidraget/ }).count()).toBe(1);
      await page.getByRole("button", { name: `Ret bidraget »${ownText}«` }).waitFor();
      // The API agrees: another centre's contribution is not theirs to change.
      const seminar = (await coordinatorApi.call("GET", `/api/v1/seminars/${seminarId}`)).body as {
        contributions: { id: string; text: string }[];
      };
      const theirs = seminar.contributions.find((c) => c.text === otherText);
      const refused = await facilitatorApi.call(
        "PATCH",
        `/api/v1/seminars/${seminarId}/contributions/${theirs?.id}`,
        { text: "Ændret" },
      );
      expect(refused.status).toBe(404);
      const notTheirs = await facilitatorApi.call("PATCH", `/api/v1/seminars/${seminarId}`, {
        title: "Ændret",
      });
      expect(notTheirs.status).toBe(403);
    });

    test("a facilitator changes the centre's contribution in place; cancel returns to the read view", async () => {
      const editButton = page.getByRole("button", { name: `Ret bidraget »${ownText}«` });
      await editButton.click();
      const form = page.getByRole("form", { name: `Ret bidraget »${ownText}«` });
      // Prefilled with the contribution as it is; the keyboard starts in the description.
      expect(await form.getByLabel("Beskrivelse").inputValue()).toBe(ownText);
      expect(await form.getByRole("radio", { name: "Tog med hjem" }).isChecked()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      await form.getByLabel("Beskrivelse").fill("Ikke gemt");
      await form.getByRole("button", { name: "Annullér" }).click();
      await form.waitFor({ state: "detached" });
      await page.getByText(ownText).waitFor();
      expect(await pageText(page)).not.toContain("Ikke gemt");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
        `Ret bidraget »${ownText}«`,
      );

      // An empty description is refused next to the field.
      await editButton.click();
      await form.getByLabel("Beskrivelse").fill("   ");
      await form.getByRole("button", { name: "Gem ændringerne" }).click();
      await form.getByText("Skal udfyldes.").waitFor();

      const changed = `Vi indførte vagtbytte efter seminaret ${stamp}`;
      await form.getByLabel("Beskrivelse").fill(changed);
      await form.getByRole("radio", { name: "Andre centre bad om" }).check();
      await form.getByLabel("Tema (valgfrit)").selectOption({ label: "4. Tidspres" });
      await form.getByRole("button", { name: "Gem ændringerne" }).click();
      await page.getByRole("status").filter({ hasText: "Bidraget er gemt." }).waitFor();
      await form.waitFor({ state: "detached" });

      await page.reload();
      const block = page.getByRole("region", { name: /^Borgerservice/ });
      const item = block.locator('[data-kind="requested"] > li').filter({ hasText: changed });
      await item.getByRole("link", { name: "Tidspres" }).waitFor();
      expect(await block.locator('[data-kind="took-home"] > li').filter({ hasText: stamp }).count()).toBe(0);
      expect(await horizontalOverflow(page)).toBe(0);
    });

    test("a facilitator changes the centre's practice, with the consent to be named, and deletes it", async () => {
      const title = `Stillezone ved skiftet ${stamp}`;
      const id = (
        await made(facilitatorApi, "POST", `/api/v1/networks/${networkId}/practices`, {
          title,
          body: "En halv time uden opkald ved vagtskiftet.",
          shareCentreName: false,
        })
      ).id;
      practices.push(id);
      await page.goto(`/networks/${networkId}/practices?q=${stamp}`);
      const card = page.getByRole("article", { name: title });
      await card.waitFor();
      // Another centre's practice (shared at the seminar) is read-only to them.
      const theirs = page.getByRole("article", { name: `Makkerskift fra seminaret ${stamp}` });
      await theirs.waitFor();
      expect(await theirs.getByRole("button", { name: /^(Ret|Slet) praksissen/ }).count()).toBe(0);

      await card.getByRole("button", { name: `Ret praksissen »${title}«` }).click();
      const form = page.getByRole("form", { name: `Ret praksissen »${title}«` });
      expect(await form.getByLabel("Titel").inputValue()).toBe(title);
      const consent = form.getByRole("checkbox", {
        name: "Andre centre må se, at praksissen kommer fra Borgerservice",
      });
      expect(await consent.isChecked()).toBe(false);
      expect(await horizontalOverflow(page)).toBe(0);

      const newTitle = `Stillezone ved vagtskiftet ${stamp}`;
      await form.getByLabel("Titel").fill(newTitle);
      await form.getByLabel("Sådan gjorde vi").fill("En halv time uden opkald.\n- Sluk for køen ved skiftet");
      await consent.check();
      await form.getByRole("button", { name: "Gem ændringerne" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: `»${newTitle}« er gemt.` })
        .waitFor();

      await page.reload();
      const saved = page.getByRole("article", { name: newTitle });
      await saved.getByText("Sluk for køen ved skiftet").waitFor();
      expect(
        await saved
          .getByRole("button", { name: "Andre centre må se vores navn" })
          .getAttribute("aria-pressed"),
      ).toBe("true");
      const stored = (await coordinatorApi.call("GET", `/api/v1/practices/${id}`)).body;
      expect(stored).toMatchObject({ title: newTitle, shareCentreName: true });

      // Deleting asks first; cancelling keeps it.
      const remove = saved.getByRole("button", { name: `Slet praksissen »${newTitle}«` });
      await remove.click();
      const dialog = page.getByRole("dialog", { name: `Slet praksissen »${newTitle}«?` });
      await dialog.getByText("Den forsvinder fra praksisbiblioteket for alle netværkets centre.").waitFor();
      await dialog.getByRole("button", { name: "Annullér" }).click();
      await dialog.waitFor({ state: "hidden" });
      await remove.click();
      await dialog.getByRole("button", { name: "Slet praksissen" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: `»${newTitle}« er slettet fra biblioteket.` })
        .waitFor();
      await page.reload();
      await page.getByRole("article", { name: `Makkerskift fra seminaret ${stamp}` }).waitFor();
      expect(await page.getByRole("article", { name: newTitle }).count()).toBe(0);
      expect((await coordinatorApi.call("GET", `/api/v1/practices/${id}`)).status).toBe(404);
      expect(errors).toEqual([]);
    });
  });

  describe("as the coordinator", () => {
    let context: BrowserContext;
    let page: Page;
    let errors: Error[];

    beforeAll(async () => {
      ({ context, page, errors } = await newPage(browser));
      await signIn(page, "coordinator@example.org");
    });
    afterAll(async () => {
      await context?.close();
    });

    test("the coordinator changes the seminar, its taking-part centres included, in the form it was planned with", async () => {
      await page.goto(`/seminars/${seminarId}`);
      await page.getByRole("heading", { level: 1, name: seminarTitle }).waitFor();
      const edit = page.getByRole("button", { name: "Ret seminaret" });
      await edit.click();
      const form = page.getByRole("region", { name: "Ret seminaret" });
      expect(await form.getByLabel("Titel").inputValue()).toBe(seminarTitle);
      expect(await form.getByLabel("Første dag").inputValue()).toBe("2031-03-04");
      expect(await form.getByLabel("Sted (valgfrit)").inputValue()).toBe("Vejle");
      const ownBox = form.getByRole("checkbox", { name: own.name ?? "?" });
      const otherBox = form.getByRole("checkbox", { name: other.name ?? "?", exact: true });
      expect(await ownBox.isChecked()).toBe(true);
      // The other centre recorded a contribution, so it takes part.
      expect(await otherBox.isChecked()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // Cancel leaves everything as it was.
      await form.getByLabel("Titel").fill("Ikke gemt");
      await form.getByRole("button", { name: "Annullér" }).click();
      await page.getByRole("heading", { level: 2, name: "Formål" }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("seminar-edit-open");

      // A last day before the first is refused next to the field.
      await edit.click();
      await form.getByLabel("Sidste dag (valgfrit)").fill("2031-03-01");
      await form.getByRole("button", { name: "Gem ændringerne" }).click();
      await form.getByText("Seminaret kan ikke slutte, før det begynder.").waitFor();

      const renamed = `${seminarTitle} (flyttet)`;
      await form.getByLabel("Titel").fill(renamed);
      await form.getByLabel("Sidste dag (valgfrit)").fill("2031-03-05");
      await form.getByLabel("Sted (valgfrit)").fill("Kolding");
      await ownBox.uncheck();
      const third = page.locator("input[name='centreIds']:not(:checked)").first();
      const thirdName = (await third.locator("xpath=..").textContent())?.trim() ?? "";
      await third.check();
      await form.getByRole("button", { name: "Gem ændringerne" }).click();
      await page.getByRole("status").filter({ hasText: "Seminaret er gemt." }).waitFor();
      await page.getByRole("heading", { level: 1, name: renamed }).waitFor();

      await page.reload();
      await page.getByRole("heading", { level: 1, name: renamed }).waitFor();
      const text = await pageText(page);
      expect(text).toContain("Kolding");
      const participants = await page
        .getByRole("region", { name: "Deltagende centre" })
        .getByRole("listitem")
        .allTextContents();
      // Borgerservice recorded a contribution, so it still takes part though no longer listed.
      expect(participants).toEqual(expect.arrayContaining([thirdName, other.name, own.name]));
      const stored = (await coordinatorApi.call("GET", `/api/v1/seminars/${seminarId}`)).body;
      expect(stored).toMatchObject({ title: renamed, endsOn: "2031-03-05", place: "Kolding" });
    });

    test("the coordinator changes another centre's contribution in place", async () => {
      await page.getByRole("button", { name: `Ret bidraget »${otherText}«` }).click();
      const form = page.getByRole("form", { name: `Ret bidraget »${otherText}«` });
      expect(await form.getByRole("radio", { name: "Fortalte om: sådan gjorde vi" }).isChecked()).toBe(true);
      const changed = `Et andet center fortalte om makkerskift om aftenen ${stamp}`;
      await form.getByLabel("Beskrivelse").fill(changed);
      await form.getByRole("button", { name: "Gem ændringerne" }).click();
      await page.getByRole("status").filter({ hasText: "Bidraget er gemt." }).waitFor();
      await page.reload();
      await page
        .getByRole("region", { name: other.name ?? "?", exact: true })
        .locator('[data-kind="presented"] > li')
        .filter({ hasText: changed })
        .waitFor();
    });

    test("the coordinator deletes the seminar after a question that says what goes with it", async () => {
      const title = `${seminarTitle} (flyttet)`;
      const remove = page.getByRole("button", { name: "Slet seminaret" });
      await remove.click();
      const dialog = page.getByRole("dialog", { name: `Slet seminaret »${title}«?` });
      await dialog.getByText("De 2 bidrag, centrene har noteret, slettes med det.").waitFor();
      await dialog
        .getByText("1 praksis fra seminaret bliver i praksisbiblioteket, men uden henvisning til seminaret.")
        .waitFor();
      await dialog.getByText("Det kan ikke fortrydes.").waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // The safe choice has the keyboard; Escape closes without deleting.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Annullér");
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      expect((await coordinatorApi.call("GET", `/api/v1/seminars/${seminarId}`)).status).toBe(200);

      await remove.click();
      await dialog.getByRole("button", { name: "Slet seminaret" }).click();
      await page.getByRole("heading", { level: 1, name: "Benchmarkseminarer" }).waitFor();
      await page
        .getByRole("status")
        .filter({ hasText: `Seminaret »${title}« er slettet.` })
        .waitFor();
      expect(await page.getByRole("link", { name: title }).count()).toBe(0);

      await page.reload();
      await page.getByRole("link", { name: "1. benchmarkseminar" }).waitFor();
      expect(await page.getByRole("link", { name: title }).count()).toBe(0);
      expect((await coordinatorApi.call("GET", `/api/v1/seminars/${seminarId}`)).status).toBe(404);
      const practice = await coordinatorApi.call("GET", `/api/v1/practices/${linkedPracticeId}`);
      expect(practice.status).toBe(200);
      expect(practice.body).toMatchObject({ seminarId: null });
      expect(errors).toEqual([]);
    });
  });

  test("a researcher gets no change or delete buttons", async () => {
    const { context, page } = await newPage(browser);
    try {
      await signIn(page, "researcher@example.org");
      await page.goto(`/networks/${networkId}/seminars`);
      await page.getByRole("link", { name: "1. benchmarkseminar" }).click();
      await page.getByRole("heading", { level: 1, name: "1. benchmarkseminar" }).waitFor();
      await page.getByRole("heading", { level: 2, name: "Formål" }).waitFor();
      expect(await page.getByRole("button", { name: /^(Ret|Slet)/ }).count()).toBe(0);
      await page.goto(`/networks/${networkId}/practices`);
      await page.getByRole("article").first().waitFor();
      expect(await page.getByRole("button", { name: /^(Ret|Slet) praksissen/ }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
