import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
const url = (query = "") => `/api/v1/networks/${f.networkId}/practices${query}`;
const titles = (r: { body: { title: string }[] }) => r.body.map((p) => p.title).sort();

let shared: string;
let hidden: string;
let network: string;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  const a = await c.facilitatorA.post(url(), {
    title: "Sundhedssamtaler",
    body: "Årlige samtaler om helbred og trivsel.\n- Aftal tidspunkt med hver medarbejder\n- Følg op efter tre måneder",
    themeKey: "physical-setting",
    scaleKeys: ["general-health", "stress"],
    shareCentreName: true,
  });
  const b = await c.facilitatorB.post(url(), {
    title: "Break tokens",
    body: "Each team has two tokens; whoever takes a break takes a token, so never more than two are away.",
    themeKey: "variation-influence",
    scaleKeys: ["influence"],
  });
  const n = await c.coordinator.post(url(), {
    title: "Målinger som et positivt arbejdsredskab",
    body: "Brug tallene til planlægning og anerkendelse, ikke til kontrol af den enkelte.",
    themeKey: "measurements-performance",
  });
  [shared, hidden, network] = [a.body.id, b.body.id, n.body.id];
});

describe("POST /api/v1/networks/:networkId/practices", () => {
  it("stores a facilitator's practice as their own centre's", async () => {
    const r = await c.facilitatorA.get(`/api/v1/practices/${shared}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      title: "Sundhedssamtaler",
      centre: { id: f.centreA, name: "Centre A" },
      ownCentre: true,
      shareCentreName: true,
      canEdit: true,
      themeKey: "physical-setting",
      scaleKeys: ["general-health", "stress"],
    });
  });
  it("lets the coordinator add a network-wide practice (no centre)", async () => {
    const r = await c.coordinator.get(`/api/v1/practices/${network}`);
    expect(r.body.centre).toBeNull();
    expect(r.body.canEdit).toBe(true);
  });
  it("names the bad fields", async () => {
    const r = await c.facilitatorA.post(url(), {
      title: "",
      body: "x",
      themeKey: "nope",
      scaleKeys: ["Bad Key"],
    });
    expectProblem(r, 422);
    expect(fieldPaths(r).sort()).toEqual(["scaleKeys.0", "themeKey", "title"]);
    const unknownScale = await c.facilitatorA.post(url(), {
      title: "t",
      body: "b",
      scaleKeys: ["influence", "nope"],
    });
    expectProblem(unknownScale, 422);
    expect(fieldPaths(unknownScale)).toEqual(["scaleKeys.1"]);
    const seminar = await c.facilitatorA.post(url(), { title: "t", body: "b", seminarId: "nope" });
    expectProblem(seminar, 422);
    expect(fieldPaths(seminar)).toEqual(["seminarId"]);
    const centre = await c.coordinator.post(url(), { title: "t", body: "b", centreId: "nope" });
    expectProblem(centre, 422);
    expect(fieldPaths(centre)).toEqual(["centreId"]);
  });
  it("is 404 for a facilitator naming another centre, 403 for a researcher, 404 outside, 401 anonymous", async () => {
    const p = { title: "t", body: "b" };
    expectProblem(await c.facilitatorA.post(url(), { ...p, centreId: f.centreB }), 404);
    expectProblem(await c.researcher.post(url(), p), 403);
    expectProblem(await c.outsider.post(url(), p), 404);
    expectProblem(await c.anonymous.post(url(), p), 401);
  });
});

describe("the owning centre's name", () => {
  it("is shown to other centres only where the centre agreed", async () => {
    const r = await c.facilitatorB.get(url());
    expect(r.status).toBe(200);
    const byTitle = Object.fromEntries(r.body.map((p: { title: string }) => [p.title, p]));
    expect(byTitle.Sundhedssamtaler.centre).toEqual({ id: f.centreA, name: "Centre A", pseudonym: null });
    expect(byTitle.Sundhedssamtaler.canEdit).toBe(false);
    expect(byTitle["Break tokens"].centre.name).toBe("Centre B");

    const a = await c.facilitatorA.get(`/api/v1/practices/${hidden}`);
    expect(a.body.centre).toBeNull();
    expect(a.body.ownCentre).toBe(false);
    expect(JSON.stringify((await c.facilitatorA.get(url())).body)).not.toContain("Centre B");
  });
  it("is always shown to the coordinator, never to a researcher (pseudonym only)", async () => {
    const coord = await c.coordinator.get(`/api/v1/practices/${hidden}`);
    expect(coord.body.centre).toEqual({ id: f.centreB, name: "Centre B", pseudonym: "C02" });
    const res = await c.researcher.get(`/api/v1/practices/${shared}`);
    expect(res.body.centre).toEqual({ id: f.centreA, name: null, pseudonym: "C01" });
  });
  it("follows the centre's consent when it changes", async () => {
    expect(
      (await c.facilitatorB.patch(`/api/v1/practices/${hidden}`, { shareCentreName: true })).status,
    ).toBe(200);
    expect((await c.facilitatorA.get(`/api/v1/practices/${hidden}`)).body.centre.name).toBe("Centre B");
    await c.facilitatorB.patch(`/api/v1/practices/${hidden}`, { shareCentreName: false });
    expect((await c.facilitatorA.get(`/api/v1/practices/${hidden}`)).body.centre).toBeNull();
  });
  it("cannot be found out by filtering on another centre", async () => {
    const r = await c.facilitatorA.get(url(`?centreId=${f.centreB}`));
    expect(r.status).toBe(200);
    expect(r.body).toEqual([]);
    const own = await c.facilitatorB.get(url(`?centreId=${f.centreB}`));
    expect(titles(own)).toEqual(["Break tokens"]);
    const sharedOnes = await c.facilitatorB.get(url(`?centreId=${f.centreA}`));
    expect(titles(sharedOnes)).toEqual(["Sundhedssamtaler"]);
  });
});

describe("GET /api/v1/networks/:networkId/practices: search and filters", () => {
  it("refuses control characters in the search with 400 naming q (a NUL once answered 500)", async () => {
    for (const bad of ["x%00y", "%00", "a%1Fb", "a%7Fb"]) {
      const r = await c.coordinator.get(url(`?q=${bad}`));
      expectProblem(r, 400);
      expect(fieldPaths(r)).toEqual(["query.q"]);
    }
  });
  it("finds a practice by a word in its body (FTS5)", async () => {
    const r = await c.facilitatorA.get(url("?q=token"));
    expect(r.status).toBe(200);
    expect(titles(r)).toEqual(["Break tokens"]);
  });
  it("matches inside Danish compounds, across case and diacritics, with every word required", async () => {
    expect(titles(await c.coordinator.get(url("?q=samtale")))).toEqual(["Sundhedssamtaler"]);
    expect(titles(await c.coordinator.get(url("?q=MALINGER")))).toEqual([
      "Målinger som et positivt arbejdsredskab",
    ]);
    expect(titles(await c.coordinator.get(url("?q=trivsel%20helbred")))).toEqual(["Sundhedssamtaler"]);
    expect(titles(await c.coordinator.get(url("?q=trivsel%20token")))).toEqual([]);
  });
  it("treats quotes and operators as plain text, and short words by substring", async () => {
    expect((await c.coordinator.get(url(`?q=${encodeURIComponent('"NEAR( OR *')}`))).status).toBe(200);
    expect(titles(await c.coordinator.get(url(`?q=${encodeURIComponent("År")}`)))).toEqual([
      "Sundhedssamtaler",
    ]);
  });
  it("ranks a title match first", async () => {
    await c.coordinator.post(url(), { title: "Trivselsmøder", body: "Et kort møde hver uge." });
    const r = await c.coordinator.get(url("?q=trivsel"));
    expect(r.body[0].title).toBe("Trivselsmøder");
    expect(r.body).toHaveLength(2);
  });
  it("filters by theme, scale and seminar, and pages with limit and offset", async () => {
    expect(titles(await c.coordinator.get(url("?theme=variation-influence")))).toEqual(["Break tokens"]);
    expect(titles(await c.coordinator.get(url("?scale=general-health")))).toEqual(["Sundhedssamtaler"]);
    expect(titles(await c.coordinator.get(url("?scale=general-health&q=token")))).toEqual([]);
    const seminar = await c.coordinator.post(`/api/v1/networks/${f.networkId}/seminars`, {
      title: "S",
      startsOn: "2031-10-09",
    });
    await c.coordinator.patch(`/api/v1/practices/${network}`, { seminarId: seminar.body.id });
    expect(titles(await c.coordinator.get(url(`?seminarId=${seminar.body.id}`)))).toEqual([
      "Målinger som et positivt arbejdsredskab",
    ]);
    const page = await c.coordinator.get(url("?limit=2&offset=1"));
    expect(page.body).toHaveLength(2);
  });
  it("names bad query values (400) and checks membership", async () => {
    const r = await c.coordinator.get(url("?theme=nope&limit=0"));
    expectProblem(r, 400);
    expect(fieldPaths(r).sort()).toEqual(["query.limit", "query.theme"]);
    const empty = await c.coordinator.get(url("?q=%21%21%21"));
    expectProblem(empty, 400);
    expect(fieldPaths(empty)).toEqual(["query.q"]);
    expect((await c.researcher.get(url())).status).toBe(200);
    expectProblem(await c.outsider.get(url()), 404);
    expectProblem(await c.anonymous.get(url()), 401);
  });
  it("keeps the index in step with changes and deletions", async () => {
    const made = await c.facilitatorA.post(url(), {
      title: "Kø-loft",
      body: "Luk køen i god tid før lukketid.",
    });
    expect(titles(await c.coordinator.get(url("?q=lukketid")))).toEqual(["Kø-loft"]);
    await c.facilitatorA.patch(`/api/v1/practices/${made.body.id}`, {
      body: "Sæt et loft over køen om eftermiddagen.",
    });
    expect(titles(await c.coordinator.get(url("?q=lukketid")))).toEqual([]);
    expect(titles(await c.coordinator.get(url("?q=eftermiddag")))).toEqual(["Kø-loft"]);
    expect((await c.facilitatorA.delete(`/api/v1/practices/${made.body.id}`)).status).toBe(204);
    expect(titles(await c.coordinator.get(url("?q=eftermiddag")))).toEqual([]);
  });
});

describe("PATCH and DELETE /api/v1/practices/:id", () => {
  it("are for the practice's centre and the coordinator: 403 for other members, 404 outside", async () => {
    expectProblem(await c.facilitatorA.patch(`/api/v1/practices/${hidden}`, { title: "x" }), 403);
    expectProblem(await c.facilitatorA.patch(`/api/v1/practices/${network}`, { title: "x" }), 403);
    expectProblem(await c.researcher.patch(`/api/v1/practices/${shared}`, { title: "x" }), 403);
    expectProblem(await c.outsider.patch(`/api/v1/practices/${shared}`, { title: "x" }), 404);
    expectProblem(await c.anonymous.patch(`/api/v1/practices/${shared}`, { title: "x" }), 401);
    expectProblem(await c.coordinator.patch("/api/v1/practices/unknown", { title: "x" }), 404);
    expectProblem(await c.facilitatorB.delete(`/api/v1/practices/${shared}`), 403);
    const empty = await c.facilitatorA.patch(`/api/v1/practices/${shared}`, {});
    expectProblem(empty, 422);
    const bad = await c.facilitatorA.patch(`/api/v1/practices/${shared}`, { body: " " });
    expectProblem(bad, 422);
    expect(fieldPaths(bad)).toEqual(["body"]);
    expect((await c.coordinator.patch(`/api/v1/practices/${hidden}`, { title: "Break tokens" })).status).toBe(
      200,
    );
  });
  it("refuses to delete a practice an action plan cites (409)", async () => {
    const made = await c.facilitatorA.post(url(), { title: "Cited", body: "Cited by a plan" });
    await env.DB.prepare(
      "INSERT INTO action_plans (id, centre_id, title, practice_id) VALUES ('plan-cites', ?, 'Plan', ?)",
    )
      .bind(f.centreA, made.body.id)
      .run();
    expectProblem(await c.facilitatorA.delete(`/api/v1/practices/${made.body.id}`), 409);
  });
});

describe("GET /api/v1/practices/:id/plan-draft", () => {
  it("fills an action plan from the practice for any facilitator to copy", async () => {
    const r = await c.facilitatorB.get(`/api/v1/practices/${shared}/plan-draft`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      practiceId: shared,
      title: "Sundhedssamtaler",
      goal: null,
      themeKey: "physical-setting",
      scaleKey: "general-health",
      actions: ["Aftal tidspunkt med hver medarbejder", "Følg op efter tre måneder"],
      text: expect.stringContaining("Årlige samtaler"),
    });
  });
  it("is 403 for a researcher, 404 unknown or outside, 401 anonymous", async () => {
    expectProblem(await c.researcher.get(`/api/v1/practices/${shared}/plan-draft`), 403);
    expectProblem(await c.outsider.get(`/api/v1/practices/${shared}/plan-draft`), 404);
    expectProblem(await c.facilitatorA.get("/api/v1/practices/unknown/plan-draft"), 404);
    expectProblem(await c.anonymous.get(`/api/v1/practices/${shared}/plan-draft`), 401);
  });
});
