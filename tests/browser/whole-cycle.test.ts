/**
 * One whole cycle, walked through in the SPA by a facilitator, with the cycle guide checked at each
 * step: the published report, the results meeting's notes, a benchmark seminar (planned by the
 * coordinator in a second browser, with the centre taking part), a workshop whose pairs vote on
 * their phones, and an action plan that cites a theme.
 *
 * The centre is Nordlys and the round the demo's third (2009): no other browser test works in that
 * cycle, so its steps after the report are all still to do when this file starts, whatever order
 * the files run in. (Borgerservice's 2009 cycle gains workshops and plans from other files.)
 *
 * Each step walks its own part in the SPA, but first makes through the API whatever an earlier step
 * should have left (`ensure…`): when one step fails, the steps after it still run and report on their
 * own part, so one failure reads as one failure.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type ApiClient,
  apiAs,
  apiClient,
  DEMO_NETWORK_NAME,
  demoCentres,
  launchChromium,
  newPage,
  signIn,
} from "./helpers.ts";

const CENTRE_ID = "demo-c02";
const CENTRE = "Nordlys Forsikring Kundeservice";
const ROUND_ID = "demo-round-2009";
const ROUND = "3. måling, september 2009";
const FACILITATOR = "facilitator.nordlys@example.org";
const GUIDE = `/centres/${CENTRE_ID}/cycle?roundId=${ROUND_ID}`;
const PHONE = { width: 360, height: 740 };
const WORKSHOP = "Trivselsworkshop efter 3. måling";
const SEMINAR = "Efterårsseminar om travlhed";
/** The statement both pairs put first, and the plan's title. */
const TOP = "Ro til at afslutte sagerne";

/** A literal text as a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Deletes through the API as `email`, whatever the answer: leaves the demo as it was. */
const apiDelete = async (email: string, path: string) => (await apiAs(email)).call("DELETE", path);

interface WorkshopRow {
  id: string;
  title: string;
  roundId: string | null;
  stage: string;
}
interface StatementRow {
  id: string;
  text: string;
  shortList: boolean;
}
interface SessionRow {
  id: string;
  code: string;
  status: "open" | "closed";
}

describe("a facilitator walks one whole cycle, and the guide follows", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: Error[];
  const others: { context: BrowserContext; errors: Error[]; who: string }[] = [];
  const made = { meeting: "", seminar: "", plan: "", plans: [] as string[] };
  let workshopPath = "";

  const step = (name: string) =>
    page.locator("li.cycle-step", { has: page.getByRole("heading", { level: 2, name: new RegExp(name) }) });
  const status = (name: string) => step(name).locator(".cycle-status").textContent();
  const nextStep = () => page.getByRole("region", { name: "Næste skridt" });
  const stepsDone = () => page.locator(".cycle__progress").textContent();
  const openGuide = async () => {
    await page.goto(GUIDE);
    await page.getByRole("heading", { level: 1, name: `Cyklusguide: ${CENTRE}` }).waitFor();
    await page.locator("p.lead").filter({ hasText: ROUND }).waitFor();
  };
  /** Another person's browser (the coordinator's laptop, a pair's phone). */
  const another = async (who: string, viewport?: { width: number; height: number }) => {
    const p = await newPage(browser, viewport);
    others.push({ context: p.context, errors: p.errors, who });
    return p.page;
  };

  let facilitator: ApiClient;

  /** The results meeting of step 2, made through the API if that step did not save it. */
  const ensureMeeting = async () => {
    const path = `/api/v1/centres/${CENTRE_ID}/results-meetings`;
    const saved = await facilitator.json<{ id: string; roundId: string }[]>("GET", path);
    made.meeting =
      saved.find((m) => m.roundId === ROUND_ID)?.id ??
      (
        await facilitator.json<{ id: string }>("POST", path, {
          roundId: ROUND_ID,
          heldOn: "2009-10-27",
          attendees: 11,
        })
      ).id;
  };
  /** The seminar of step 3, planned through the API if that step did not plan it. */
  const ensureSeminar = async () => {
    if (made.seminar) return;
    const coordinator = await apiAs("coordinator@example.org");
    const { networkId } = await demoCentres();
    made.seminar = (
      await coordinator.json<{ id: string }>("POST", `/api/v1/networks/${networkId}/seminars`, {
        title: SEMINAR,
        startsOn: "2009-11-19",
        endsOn: "2009-11-20",
        centreIds: [CENTRE_ID],
      })
    ).id;
  };
  /** The workshop of step 4, condensed to a short list of three with TOP second; made through the API if step 4 did not. */
  const ensureCondensed = async () => {
    const workshops = await facilitator.json<WorkshopRow[]>("GET", `/api/v1/centres/${CENTRE_ID}/workshops`);
    const ours = workshops.find((w) => w.title === WORKSHOP && w.roundId === ROUND_ID);
    if (ours) {
      const list = await facilitator.json<StatementRow[]>("GET", `/api/v1/workshops/${ours.id}/statements`);
      if (list.filter((s) => s.shortList).length >= 3) {
        workshopPath = `/workshops/${ours.id}`;
        return;
      }
      // Half made by a failed step 4 (no ballots or plans yet, so it can go): start again.
      await facilitator.json("DELETE", `/api/v1/workshops/${ours.id}`);
    }
    const { id } = await facilitator.json<{ id: string }>("POST", `/api/v1/centres/${CENTRE_ID}/workshops`, {
      title: WORKSHOP,
      roundId: ROUND_ID,
    });
    await facilitator.json("POST", `/api/v1/workshops/${id}/statements`, {
      text: "Kolleger, der tager over, når en skadesamtale bliver svær",
      kind: "gives",
    });
    for (const text of [
      "Kolleger, der tager over, når en skadesamtale bliver svær",
      TOP,
      "Faglig sparring om svære skader",
    ])
      await facilitator.json("POST", `/api/v1/workshops/${id}/statements`, { text });
    await facilitator.json("PATCH", `/api/v1/workshops/${id}`, { stage: "condense" });
    workshopPath = `/workshops/${id}`;
  };
  /** Step 5's closed vote with TOP first, cast through the API if that step did not close one. */
  const ensureVoted = async () => {
    await ensureCondensed();
    const id = workshopPath.split("/").pop() ?? "";
    const sessions = await facilitator.json<SessionRow[]>("GET", `/api/v1/workshops/${id}/voting-sessions`);
    if (sessions.some((s) => s.status === "closed")) return;
    const list = (await facilitator.json<StatementRow[]>("GET", `/api/v1/workshops/${id}/statements`)).filter(
      (s) => s.shortList,
    );
    const top = list.find((s) => s.text === TOP);
    const ranking = [top, ...list.filter((s) => s !== top)].map((s) => s?.id ?? "");
    await facilitator.json("PATCH", `/api/v1/workshops/${id}`, { stage: "prioritise" });
    const session = await facilitator.json<SessionRow>("POST", `/api/v1/workshops/${id}/voting-sessions`, {
      mode: "rank",
    });
    // Two pairs, as their phones would: no account, the session's code.
    for (const key of ["whole-cycle-pair-1", "whole-cycle-pair-2"])
      await apiClient().json(
        "POST",
        `/api/v1/vote/${session.code}/ballots`,
        { ranking },
        { "idempotency-key": key },
      );
    await facilitator.json("POST", `/api/v1/voting-sessions/${session.id}/close`);
  };

  beforeAll(async () => {
    facilitator = await apiAs(FACILITATOR);
    browser = await launchChromium();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, FACILITATOR);
  });

  afterAll(async () => {
    // Leave the demo as it was for the other files (workshops cannot be deleted; this one stays).
    if (made.plan) await apiDelete(FACILITATOR, `/api/v1/action-plans/${made.plan}`);
    for (const id of made.plans) await apiDelete(FACILITATOR, `/api/v1/action-plans/${id}`);
    if (made.meeting) await apiDelete(FACILITATOR, `/api/v1/results-meetings/${made.meeting}`);
    if (made.seminar) await apiDelete("coordinator@example.org", `/api/v1/seminars/${made.seminar}`);
    for (const o of others) await o.context.close();
    await context?.close();
    await browser?.close();
  });

  test("at the start only the survey round is done; the report is published and opens from the guide", async () => {
    await page.goto("/");
    await page
      .getByRole("region", { name: CENTRE })
      .getByRole("link", { name: "Cyklusguide: hvad er næste skridt?" })
      .click();
    await page.getByRole("heading", { level: 1, name: `Cyklusguide: ${CENTRE}` }).waitFor();
    await page.getByRole("navigation", { name: "Målerunder" }).getByRole("link", { name: ROUND }).click();
    await page.locator("p.lead").filter({ hasText: ROUND }).waitFor();

    expect(await stepsDone()).toBe("1 af 6 trin gennemført");
    expect(await status("Målerunde")).toContain("Gennemført");
    expect(await status("Resultater")).toContain("I gang");
    for (const name of ["Seminar", "Workshops", "Handleplaner"])
      expect(await status(name), name).toContain("Mangler");
    await step("Resultater").getByText("Rapporten er offentliggjort").waitFor();
    await step("Resultater").getByText("Hold resultatmødet, og notér det").waitFor();
    expect(await nextStep().textContent()).toContain("Trin 2, Resultater: Hold resultatmødet, og notér det");

    await step("Resultater").getByRole("link", { name: "Se rapporten" }).click();
    await page.getByRole("heading", { level: 1, name: new RegExp(CENTRE) }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/rounds/${ROUND_ID}/report/${CENTRE_ID}`);
    expect(errors).toEqual([]);
  });

  test("the results meeting is noted: date, attendance, the report's attention points, decisions", async () => {
    await openGuide();
    await nextStep().getByRole("link", { name: "Notér resultatmødet" }).click();
    await page.getByRole("heading", { level: 1, name: `Resultatmøder: ${CENTRE}` }).waitFor();
    const form = page.getByRole("region", { name: "Notér et resultatmøde" });
    expect(await form.getByLabel("Målerunde").inputValue()).toBe(ROUND_ID);

    // The centre chooses two of the report's own attention points, pointed out in the form.
    const marked = form.locator("label.choice", { has: page.locator(".scale-choices__mark") });
    await marked.first().waitFor();
    const chosen = (await marked.allTextContents())
      .slice(0, 2)
      .map((text) => text.replace("(opmærksomhedspunkt i rapporten)", "").trim());
    for (const name of chosen)
      await form.getByRole("checkbox", { name: new RegExp(`^${literal(name)} `) }).check();
    await form.getByLabel("Dato for mødet").fill("2009-10-27");
    await form.getByLabel("Antal deltagere (valgfrit)").fill("11");
    await form
      .getByLabel("Beslutninger")
      .fill("Skadeteamet tester stille tid efter storme.\n- Vi følger op i januar");
    await form.getByRole("button", { name: "Gem resultatmødet" }).click();
    await form.getByText("Resultatmødet er gemt.").waitFor();

    const listed = page
      .getByRole("region", { name: "Noter fra resultatmøderne" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Møde 27. oktober 2009" }) });
    await listed.getByText(`${ROUND} · 11 deltagere`).waitFor();
    for (const name of chosen) await listed.getByRole("link", { name, exact: true }).waitFor();
    await listed.getByText("Vi følger op i januar").waitFor();
    const saved = (await page.evaluate(
      (id) => fetch(`/api/v1/centres/${id}/results-meetings`).then((r) => r.json()),
      CENTRE_ID,
    )) as { id: string; roundId: string }[];
    made.meeting = saved.find((m) => m.roundId === ROUND_ID)?.id ?? "";

    await page.getByRole("link", { name: "Til cyklusguiden" }).click();
    await step("Resultater").getByText("Resultatmødet er holdt · 27. oktober 2009").waitFor();
    expect(await status("Resultater")).toContain("Gennemført");
    expect(await stepsDone()).toBe("2 af 6 trin gennemført");
    expect(await nextStep().textContent()).toContain("Trin 3, Seminar:");
    expect(errors).toEqual([]);
  });

  test("the coordinator plans a seminar with the centre taking part; the facilitator's guide counts it", async () => {
    await ensureMeeting();
    await openGuide();
    // The facilitator finds no seminar in this cycle and cannot plan one: seminars are the network's.
    await nextStep().getByRole("link", { name: "Til seminarerne" }).click();
    await page.getByRole("heading", { level: 1, name: "Benchmarkseminarer" }).waitFor();
    expect(await page.getByRole("region", { name: "Planlæg et seminar" }).count()).toBe(0);

    const coordinator = await another("coordinator");
    await signIn(coordinator, "coordinator@example.org");
    await coordinator
      .getByRole("region", { name: DEMO_NETWORK_NAME })
      .getByRole("link", { name: "Benchmarkseminarer" })
      .click();
    const plan = coordinator.getByRole("region", { name: "Planlæg et seminar" });
    await plan.getByLabel("Titel").fill(SEMINAR);
    await plan.getByLabel("Første dag").fill("2009-11-19");
    await plan.getByLabel("Sidste dag (valgfrit)").fill("2009-11-20");
    await plan.getByLabel("Sted (valgfrit)").fill("Vejle");
    await plan.getByRole("checkbox", { name: CENTRE }).check();
    await plan.getByRole("button", { name: "Opret seminaret" }).click();
    await coordinator.getByRole("heading", { level: 1, name: SEMINAR }).waitFor();
    made.seminar = /^\/seminars\/([^/?#]+)$/.exec(new URL(coordinator.url()).pathname)?.[1] ?? "";
    expect(made.seminar).not.toBe("");

    await openGuide();
    await step("Seminar")
      .getByText("Centret har deltaget i et benchmarkseminar · 19. november 2009")
      .waitFor();
    expect(await status("Seminar")).toContain("Gennemført");
    expect(await stepsDone()).toBe("3 af 6 trin gennemført");

    // The seminar, as the facilitator sees it: the centre among those taking part.
    await step("Seminar").getByRole("link", { name: "Seminarerne" }).click();
    await page.getByRole("link", { name: SEMINAR }).click();
    const taking = page.getByRole("region", { name: "Deltagende centre" });
    await taking.getByText("1 center deltog.").waitFor();
    await taking.getByText(CENTRE).waitFor();
    expect(errors).toEqual([]);
  });

  test("a workshop for the round collects statements from a phone and condenses them to a short list", async () => {
    await ensureMeeting();
    await ensureSeminar();
    await openGuide();
    expect(await nextStep().textContent()).toContain("Trin 4, Workshops:");
    await nextStep().getByRole("link", { name: "Til workshops" }).click();
    await page.getByRole("heading", { level: 1, name: `Workshops i ${CENTRE}` }).waitFor();
    await page.getByLabel("Navn", { exact: true }).fill(WORKSHOP);
    await page.getByLabel("Målerunde (valgfrit)").selectOption(ROUND_ID);
    await page.getByRole("button", { name: "Start workshoppen" }).click();
    await page.getByRole("heading", { level: 1, name: WORKSHOP }).waitFor();
    workshopPath = new URL(page.url()).pathname;
    const code = (await page.locator("[data-join-code]").getAttribute("data-join-code")) ?? "";
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    const phone = await another("collecting phone", PHONE);
    await phone.goto(`/j/${code}`);
    await phone.getByRole("heading", { level: 1, name: WORKSHOP }).waitFor();
    for (const [kind, text] of [
      ["Giver arbejdsglæde", "Kolleger, der tager over, når en skadesamtale bliver svær"],
      ["Tager arbejdsglæde", "Køen vokser, mens vi skriver sagerne færdige"],
    ] as const) {
      await phone.getByRole("radio", { name: kind }).check();
      await phone.getByLabel("Jeres udsagn").fill(text);
      await phone.getByRole("button", { name: "Send udsagnet" }).click();
      await page.locator("ul[data-kind]").getByText(text).waitFor();
    }
    await page.getByRole("radio", { name: "Tager arbejdsglæde" }).check();
    await page.getByLabel("Udsagn", { exact: true }).fill("Ingen tid til efterbehandling efter en storm");
    await page.getByRole("button", { name: "Tilføj udsagnet" }).click();
    await page.locator("ul[data-kind='takes']").getByText("Ingen tid til efterbehandling").waitFor();

    await page.getByRole("button", { name: "Gå videre til: Kondensér" }).click();
    await page.getByRole("heading", { level: 2, name: "Kondensér til en kort liste" }).waitFor();
    // One statement keeps its own wording; two merge into the one the pairs will put first.
    await page.getByRole("checkbox", { name: /^Kolleger, der tager over/ }).check();
    await page.getByRole("button", { name: "Saml i et nyt udsagn" }).click();
    await page.locator("[data-short-list] > li").first().getByText("Lavet af 1 indsamlet udsagn").waitFor();
    await page.getByRole("checkbox", { name: /^Køen vokser/ }).check();
    await page.getByRole("checkbox", { name: /^Ingen tid til efterbehandling/ }).check();
    await page.getByLabel("Formulering af et nyt udsagn på listen").fill(TOP);
    await page.getByRole("button", { name: "Saml i et nyt udsagn" }).click();
    await page.getByText("Alle indsamlede udsagn er samlet i den korte liste.").waitFor();
    await page.getByLabel("Skriv et nyt udsagn direkte på listen").fill("Faglig sparring om svære skader");
    await page.getByLabel("Skriv et nyt udsagn direkte på listen").press("Enter");
    await page.locator("[data-short-list] > li").nth(2).waitFor();
    expect(await page.locator("[data-short-list] .short-item__text").allTextContents()).toEqual([
      "Kolleger, der tager over, når en skadesamtale bliver svær",
      TOP,
      "Faglig sparring om svære skader",
    ]);

    await openGuide();
    await step("Workshops")
      .getByText(/Udsagn om arbejdsglæde er indsamlet · .+ · 1 i alt/)
      .waitFor();
    expect(await status("Workshops")).toContain("I gang");
    expect(await nextStep().textContent()).toContain("Prioritér udsagnene i par");
    expect(errors).toEqual([]);
  });

  test("two pairs vote two statements at a time on their phones; the vote is closed", async () => {
    await ensureMeeting();
    await ensureSeminar();
    await ensureCondensed();
    await page.goto(workshopPath);
    await page.getByRole("button", { name: "Gå videre til: Prioritér" }).click();
    await page.getByRole("heading", { level: 2, name: "Prioritér to og to" }).waitFor();
    await page.getByRole("radio", { name: /^Parvis: to udsagn ad gangen/ }).check();
    await page.getByRole("button", { name: "Start afstemningen" }).click();
    await page.getByRole("heading", { level: 1, name: "Afstemning" }).waitFor();
    const code = (await page.locator("[data-join-code]").getAttribute("data-join-code")) ?? "";
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    for (const pair of ["first pair", "second pair"]) {
      const phone = await another(pair, PHONE);
      await phone.goto(`/vote/${code}`);
      await phone.getByRole("heading", { name: "Hvad betyder mest?" }).waitFor();
      // Three statements, three pairs: the pair taps TOP whenever it is there.
      for (let n = 1; n <= 3; n++) {
        await phone.getByText(`Par ${n} af 3`).waitFor();
        const options = phone.locator("button.pair__option");
        const texts = await options.allTextContents();
        await options.nth(Math.max(0, texts.indexOf(TOP))).click();
      }
      await phone.getByRole("heading", { name: "Alle par er set" }).waitFor();
      await phone.getByText("I har valgt i 3 par.").waitFor();
      await phone.getByRole("button", { name: "Send vores valg" }).click();
      await phone.getByRole("heading", { name: "Tak! Jeres stemme er talt med." }).waitFor();
    }
    await page.locator("p.ballot-count[data-ballots='2']").waitFor();
    await page.getByRole("button", { name: "Luk afstemningen" }).click();
    await page.getByText("Afstemningen er lukket. Der tages ikke imod flere stemmesedler.").waitFor();

    await openGuide();
    await step("Workshops")
      .getByText(/Udsagnene er prioriteret · .+ · 1 i alt/)
      .waitFor();
    expect(await status("Workshops")).toContain("Gennemført");
    expect(await stepsDone()).toBe("4 af 6 trin gennemført");
    expect(errors).toEqual([]);
  });

  test("an action plan for the top statement cites a theme; with the top three planned the guide shows every step but the follow-up done", async () => {
    await ensureMeeting();
    await ensureSeminar();
    await ensureVoted();
    await openGuide();
    await nextStep().getByRole("link", { name: "Skriv handleplaner" }).click();
    await page.getByRole("heading", { level: 1, name: `Handleplaner i ${CENTRE}` }).waitFor();
    await page.getByRole("link", { name: "← Centrets workshops" }).click();
    await page.getByRole("link", { name: WORKSHOP }).click();
    await page.getByRole("button", { name: "Gå videre til: Handleplaner" }).click();
    await page.getByRole("heading", { level: 2, name: "Handleplaner for top tre" }).waitFor();
    // Both pairs chose TOP in every pair it was in: it comes first.
    expect(await page.locator(".top-three__item").first().textContent()).toContain(TOP);
    await page.getByRole("link", { name: `Skriv en handleplan for: ${TOP}` }).click();

    await page.getByRole("heading", { level: 1, name: "Ny handleplan" }).waitFor();
    expect(await page.getByLabel("Planens titel").inputValue()).toBe(TOP);
    expect(await page.getByLabel("Udgangspunkt (måling)").inputValue()).toBe(ROUND_ID);
    await page.getByLabel("Mål", { exact: true }).fill("Sagerne skrives færdige, før næste opkald tages");
    await page.getByLabel("Tema", { exact: true }).selectOption({ label: "Tidspres" });
    await page.getByLabel("Handling 1").fill("Ti minutters efterbehandling efter hver skadesamtale");
    await page.getByLabel("Ansvarlig", { exact: true }).fill("Teamleder for Skade");
    await page.getByRole("button", { name: "Gem handleplanen" }).click();

    await page.getByRole("heading", { level: 1, name: TOP }).waitFor();
    await page.getByText("Handleplanen er gemt.").waitFor();
    made.plan = /^\/plans\/([^/?#]+)$/.exec(new URL(page.url()).pathname)?.[1] ?? "";
    expect(made.plan).not.toBe("");
    const theme = page.getByRole("link", { name: "Tidspres", exact: true });
    expect(await theme.getAttribute("href")).toBe("/themes/time-pressure");

    // One plan of the three asked for: the step is under way, not done, and still the next thing.
    await openGuide();
    await step("Handleplaner").getByText("1 af de 3 vigtigste udsagn har en plan").waitFor();
    expect(await status("Handleplaner")).toContain("I gang");
    expect(await stepsDone()).toBe("4 af 6 trin gennemført");
    await nextStep().getByRole("link", { name: "Skriv handleplaner" }).waitFor();

    // The second and third statements' plans, written elsewhere (the form is shown above).
    const api = await apiAs(FACILITATOR);
    const workshopId = workshopPath.split("/").pop();
    for (const priority of [2, 3]) {
      const plan = await api.json<{ id: string }>("POST", `/api/v1/centres/${CENTRE_ID}/action-plans`, {
        title: `Plan ${priority}`,
        priority,
        workshopId,
      });
      made.plans.push(plan.id);
    }
    await openGuide();
    await step("Handleplaner")
      .getByText(/Handleplanerne er skrevet · .+ · 3 af de 3 vigtigste udsagn har en plan/)
      .waitFor();
    for (const name of ["Målerunde", "Resultater", "Seminar", "Workshops", "Handleplaner"])
      expect(await status(name), name).toContain("Gennemført");
    expect(await status("Opfølgning")).toContain("Mangler");
    expect(await stepsDone()).toBe("5 af 6 trin gennemført");
    // What remains is the next round's, and that is the coordinator's to run.
    await nextStep().getByText("Det er netværkets koordinator, der gør dette.").waitFor();
    expect(await nextStep().textContent()).toContain("Trin 6, Opfølgning:");

    expect(errors).toEqual([]);
    for (const o of others) expect(o.errors, o.who).toEqual([]);
  });
});
