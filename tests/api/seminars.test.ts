import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
const body = () => ({
  title: "Benchmark seminar",
  startsOn: "2031-10-09",
  endsOn: "2031-10-10",
  place: "Fredericia",
  purpose: "Exchange experiences and ideas",
});
const url = () => `/api/v1/networks/${f.networkId}/seminars`;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

async function newSeminar(extra: Record<string, unknown> = {}) {
  const r = await c.coordinator.post(url(), { ...body(), ...extra });
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return r.body.id as string;
}

describe("POST /api/v1/networks/:networkId/seminars", () => {
  it("plans a seminar (coordinator) and audits it", async () => {
    const r = await c.coordinator.post(url(), body());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      ...body(),
      networkId: f.networkId,
      participantCount: 0,
      participants: [],
      contributions: [],
    });
    const audit = await env.DB.prepare("SELECT action FROM audit_log WHERE target_id = ?")
      .bind(r.body.id)
      .first();
    expect(audit?.action).toBe("seminar.create");
  });
  it("names the bad fields: no title, end before start, no real date", async () => {
    const r = await c.coordinator.post(url(), { ...body(), title: " ", endsOn: "2031-10-01" });
    expectProblem(r, 422);
    expect(fieldPaths(r).sort()).toEqual(["endsOn", "title"]);
    const date = await c.coordinator.post(url(), { ...body(), startsOn: "2031-02-30" });
    expectProblem(date, 422);
    expect(fieldPaths(date)).toEqual(["startsOn"]);
  });
  it("is 403 for a facilitator or researcher, 404 outside the network, 401 anonymous", async () => {
    expectProblem(await c.facilitatorA.post(url(), body()), 403);
    expectProblem(await c.researcher.post(url(), body()), 403);
    expectProblem(await c.outsider.post(url(), body()), 404);
    expectProblem(await c.anonymous.post(url(), body()), 401);
  });
});

describe("GET seminars", () => {
  it("lists the network's seminars, oldest first, to every member", async () => {
    await newSeminar({ title: "Earlier", startsOn: "2030-05-01", endsOn: null });
    for (const who of [c.coordinator, c.facilitatorB, c.researcher]) {
      const r = await who.get(url());
      expect(r.status).toBe(200);
      expect(r.body[0].title).toBe("Earlier");
      expect(r.body.some((s: { place: string }) => s.place === "Fredericia")).toBe(true);
    }
    expectProblem(await c.outsider.get(url()), 404);
    expectProblem(await c.anonymous.get(url()), 401);
  });
  it("GET /api/v1/seminars/:id is 404 when unknown or outside, 401 anonymous", async () => {
    const id = await newSeminar();
    expect((await c.facilitatorA.get(`/api/v1/seminars/${id}`)).status).toBe(200);
    expectProblem(await c.coordinator.get("/api/v1/seminars/unknown"), 404);
    expectProblem(await c.outsider.get(`/api/v1/seminars/${id}`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/seminars/${id}`), 401);
  });
});

describe("PATCH and DELETE /api/v1/seminars/:id", () => {
  it("changes a seminar; refuses an end before the start; only the coordinator", async () => {
    const id = await newSeminar();
    const r = await c.coordinator.patch(`/api/v1/seminars/${id}`, { agenda: "Day 1: centres present" });
    expect(r.status).toBe(200);
    expect(r.body.agenda).toBe("Day 1: centres present");
    const early = await c.coordinator.patch(`/api/v1/seminars/${id}`, { endsOn: "2031-01-01" });
    expectProblem(early, 422);
    expect(fieldPaths(early)).toEqual(["endsOn"]);
    expectProblem(await c.coordinator.patch(`/api/v1/seminars/${id}`, {}), 422);
    expectProblem(await c.facilitatorA.patch(`/api/v1/seminars/${id}`, { title: "x" }), 403);
    expectProblem(await c.outsider.patch(`/api/v1/seminars/${id}`, { title: "x" }), 404);
    expectProblem(await c.coordinator.patch("/api/v1/seminars/unknown", { title: "x" }), 404);
  });
  it("deletes a seminar with its contributions; its practices stay, unlinked", async () => {
    const id = await newSeminar();
    await c.facilitatorA.post(`/api/v1/seminars/${id}/contributions`, {
      kind: "presented",
      text: "Rota swaps",
    });
    const practice = await c.facilitatorA.post(`/api/v1/networks/${f.networkId}/practices`, {
      title: "Rota swaps",
      body: "A swap board for shifts",
      seminarId: id,
    });
    expect(practice.status).toBe(201);
    expectProblem(await c.facilitatorA.delete(`/api/v1/seminars/${id}`), 403);
    const r = await c.coordinator.delete(`/api/v1/seminars/${id}`);
    expect(r.status).toBe(204);
    expectProblem(await c.coordinator.get(`/api/v1/seminars/${id}`), 404);
    const left = await c.coordinator.get(`/api/v1/practices/${practice.body.id}`);
    expect(left.body.seminarId).toBeNull();
    const n = await env.DB.prepare("SELECT COUNT(*) AS n FROM seminar_contributions WHERE seminar_id = ?")
      .bind(id)
      .first<{ n: number }>();
    expect(n?.n).toBe(0);
  });
});

describe("contributions", () => {
  let seminarId: string;
  beforeAll(async () => {
    seminarId = await newSeminar({ title: "With contributions" });
  });
  const path = () => `/api/v1/seminars/${seminarId}/contributions`;

  it("a facilitator records their own centre's; the coordinator any centre's", async () => {
    const own = await c.facilitatorA.post(path(), {
      kind: "presented",
      text: "Break tokens: two per team",
      themeKey: "variation-influence",
      scaleKeys: ["influence"],
    });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({
      kind: "presented",
      ownCentre: true,
      centre: { id: f.centreA, name: "Centre A", pseudonym: "C01" },
      themeKey: "variation-influence",
      scaleKeys: ["influence"],
    });
    const forB = await c.coordinator.post(path(), {
      centreId: f.centreB,
      kind: "requested",
      text: "Code of good citizen service",
    });
    expect(forB.status).toBe(201);
    expect(forB.body.centre.name).toBe("Centre B");
    const home = await c.facilitatorB.post(path(), { kind: "took-home", text: "Health conversations" });
    expect(home.body.centre.id).toBe(f.centreB);
  });

  it("names bad fields: kind, text, theme, scale, a centre outside the network", async () => {
    const r = await c.facilitatorA.post(path(), { kind: "gave", text: "", themeKey: "nope" });
    expectProblem(r, 422);
    expect(fieldPaths(r).sort()).toEqual(["kind", "text", "themeKey"]);
    const scale = await c.facilitatorA.post(path(), {
      kind: "presented",
      text: "x",
      scaleKeys: ["no-such-scale"],
    });
    expectProblem(scale, 422);
    expect(fieldPaths(scale)).toEqual(["scaleKeys.0"]);
    const centre = await c.coordinator.post(path(), { centreId: "nope", kind: "presented", text: "x" });
    expectProblem(centre, 422);
    expect(fieldPaths(centre)).toEqual(["centreId"]);
    const none = await c.coordinator.post(path(), { kind: "presented", text: "x" });
    expectProblem(none, 422);
    expect(fieldPaths(none)).toEqual(["centreId"]);
  });

  it("is 404 for a facilitator naming another centre, 403 for a researcher, 401 anonymous", async () => {
    expectProblem(
      await c.facilitatorA.post(path(), { centreId: f.centreB, kind: "presented", text: "x" }),
      404,
    );
    expectProblem(await c.researcher.post(path(), { kind: "presented", text: "x" }), 403);
    expectProblem(await c.outsider.post(path(), { kind: "presented", text: "x" }), 404);
    expectProblem(await c.anonymous.post(path(), { kind: "presented", text: "x" }), 401);
    expectProblem(
      await c.facilitatorA.post("/api/v1/seminars/unknown/contributions", { kind: "presented", text: "x" }),
      404,
    );
  });

  it("hides other centres from a facilitator, names them to the coordinator, pseudonyms for a researcher", async () => {
    const coord = await c.coordinator.get(`/api/v1/seminars/${seminarId}`);
    expect(coord.body.participantCount).toBe(2);
    expect(coord.body.participants.map((p: { name: string }) => p.name)).toEqual(["Centre A", "Centre B"]);
    expect(coord.body.contributions.map((x: { kind: string }) => x.kind)).toEqual([
      "presented",
      "requested",
      "took-home",
    ]);

    const facA = await c.facilitatorA.get(`/api/v1/seminars/${seminarId}`);
    expect(facA.body.participantCount).toBe(2);
    expect(facA.body.participants).toEqual([{ id: f.centreA, name: "Centre A", pseudonym: "C01" }]);
    const others = facA.body.contributions.filter((x: { ownCentre: boolean }) => !x.ownCentre);
    expect(others).toHaveLength(2);
    for (const x of others) expect(x.centre).toBeNull();
    expect(JSON.stringify(facA.body)).not.toContain("Centre B");
    expect(JSON.stringify(facA.body)).not.toContain(f.centreB);

    const list = await c.facilitatorA.get(url());
    expect(JSON.stringify(list.body)).not.toContain("Centre B");

    const res = await c.researcher.get(`/api/v1/seminars/${seminarId}`);
    expect(res.body.participants).toEqual([
      { id: f.centreA, name: null, pseudonym: "C01" },
      { id: f.centreB, name: null, pseudonym: "C02" },
    ]);
    expect(JSON.stringify(res.body)).not.toContain("Centre A");
  });

  it("the contribution's centre or the coordinator changes and deletes it; others get 404 or 403", async () => {
    const made = await c.facilitatorA.post(path(), { kind: "took-home", text: "Queue ceiling" });
    const one = `${path()}/${made.body.id}`;
    const r = await c.facilitatorA.patch(one, {
      text: "Queue ceiling before closing time",
      themeKey: "time-pressure",
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ text: "Queue ceiling before closing time", themeKey: "time-pressure" });
    const bad = await c.facilitatorA.patch(one, { scaleKeys: ["work-pace", "work-pace"] });
    expectProblem(bad, 422);
    expect(fieldPaths(bad)).toEqual(["scaleKeys"]);
    expectProblem(await c.facilitatorB.patch(one, { text: "mine now" }), 404);
    expectProblem(await c.researcher.patch(one, { text: "x" }), 403);
    expectProblem(await c.anonymous.patch(one, { text: "x" }), 401);
    expectProblem(await c.facilitatorB.delete(one), 404);
    expectProblem(await c.coordinator.patch(`${path()}/unknown`, { text: "x" }), 404);
    expect((await c.coordinator.patch(one, { kind: "presented" })).status).toBe(200);
    expect((await c.facilitatorA.delete(one)).status).toBe(204);
    expectProblem(await c.facilitatorA.delete(one), 404);
  });
});

describe("participating centres", () => {
  it("records centres taking part without contributions, validates them, and lists them", async () => {
    const f2 = await fixture();
    const c2 = await clients(f2);
    const created = await c2.coordinator.post(`/api/v1/networks/${f2.networkId}/seminars`, {
      title: "Spring seminar",
      startsOn: "2031-04-01",
      centreIds: [f2.centreA, f2.centreB],
    });
    expect(created.status).toBe(201);
    expect(created.body.participantCount).toBe(2);
    const bad = await c2.coordinator.patch(`/api/v1/seminars/${created.body.id}`, { centreIds: ["nope"] });
    expectProblem(bad, 422);
    expect(fieldPaths(bad)).toEqual(["centreIds.0"]);
    const fewer = await c2.coordinator.patch(`/api/v1/seminars/${created.body.id}`, {
      centreIds: [f2.centreA],
    });
    expect(fewer.status).toBe(200);
    expect(fewer.body.participants.map((x: { id: string }) => x.id)).toEqual([f2.centreA]);
    const list = await c2.facilitatorB.get(`/api/v1/networks/${f2.networkId}/seminars`);
    expect(list.body[0].participantCount).toBe(1);
    expect(JSON.stringify(list.body)).not.toContain("Centre A");
  });
});
