import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
const body = () => ({
  label: "Round 2031",
  opensOn: "2031-03-01",
  closesOn: "2031-03-31",
  centreIds: [f.centreA, f.centreB],
});

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("POST /api/v1/networks/:networkId/rounds", () => {
  it("creates a draft round on the built-in instrument", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, body());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      label: "Round 2031",
      status: "draft",
      wave: 1,
      centreIds: [f.centreA, f.centreB],
    });
    expect(r.body.instrumentId).toMatch(/^builtin-/);
  });
  it("names bad fields: dates out of order, unknown centre, no centres", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      ...body(),
      closesOn: "2031-02-01",
    });
    expectProblem(r, 422);
    expect(fieldPaths(r)).toEqual(["closesOn"]);
    expect(r.body.errors[0].code).toBe("closes-before-opens");
    // Not a calendar date, and too long a label: codes (with the bound) the SPA translates.
    const bad = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      ...body(),
      label: "x".repeat(121),
      opensOn: "2031-02-30",
    });
    expectProblem(bad, 422);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "opensOn", code: "date" }),
        expect.objectContaining({ path: "label", code: "too-long", params: { max: 120 } }),
      ]),
    );
    const unknown = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      ...body(),
      centreIds: [f.centreA, "nope"],
    });
    expectProblem(unknown, 422);
    expect(fieldPaths(unknown)).toEqual(["centreIds.1"]);
    const none = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      ...body(),
      centreIds: [],
    });
    expectProblem(none, 422);
    expect(fieldPaths(none)).toEqual(["centreIds"]);
    const instrument = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      ...body(),
      instrumentId: "nope",
    });
    expectProblem(instrument, 422);
    expect(fieldPaths(instrument)).toEqual(["instrumentId"]);
  });
  it("refuses a centre that has left", async () => {
    const leaving = await c.coordinator.post(`/api/v1/networks/${f.networkId}/centres`, { name: "Gone" });
    await c.coordinator.patch(`/api/v1/centres/${leaving.body.id}`, { leftOn: "2030-12-31" });
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      ...body(),
      centreIds: [leaving.body.id],
    });
    expectProblem(r, 422);
    expect(r.body.errors[0]).toMatchObject({ code: "centre-left", message: expect.stringMatching(/left/) });
  });
  it("is 403 for a facilitator or researcher, 404 outside, 401 anonymous", async () => {
    expectProblem(await c.facilitatorA.post(`/api/v1/networks/${f.networkId}/rounds`, body()), 403);
    expectProblem(await c.researcher.post(`/api/v1/networks/${f.networkId}/rounds`, body()), 403);
    expectProblem(await c.outsider.post(`/api/v1/networks/${f.networkId}/rounds`, body()), 404);
    expectProblem(await c.anonymous.post(`/api/v1/networks/${f.networkId}/rounds`, body()), 401);
  });
});

describe("GET rounds", () => {
  it("lists rounds oldest first with waves; a facilitator sees only their centre in centreIds", async () => {
    await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      ...body(),
      label: "Earlier",
      opensOn: "2030-01-01",
      closesOn: "2030-01-31",
    });
    const all = await c.coordinator.get(`/api/v1/networks/${f.networkId}/rounds`);
    expect(all.status).toBe(200);
    expect(all.body.map((r: { label: string; wave: number }) => [r.label, r.wave])).toEqual([
      ["Earlier", 1],
      ["Round 2031", 2],
    ]);
    const mine = await c.facilitatorA.get(`/api/v1/networks/${f.networkId}/rounds`);
    expect(mine.body.every((r: { centreIds: string[] }) => r.centreIds.join() === f.centreA)).toBe(true);
  });
  it("GET /api/v1/rounds/:roundId is 404 when unknown or outside, 401 anonymous", async () => {
    const list = await c.coordinator.get(`/api/v1/networks/${f.networkId}/rounds`);
    const id = list.body[0].id;
    expect((await c.facilitatorB.get(`/api/v1/rounds/${id}`)).status).toBe(200);
    expectProblem(await c.coordinator.get("/api/v1/rounds/unknown"), 404);
    expectProblem(await c.outsider.get(`/api/v1/rounds/${id}`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/rounds/${id}`), 401);
  });
  it("hides a round from a facilitator whose centre is not in it", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      ...body(),
      label: "B only",
      centreIds: [f.centreB],
    });
    expectProblem(await c.facilitatorA.get(`/api/v1/rounds/${r.body.id}`), 404);
  });
});

describe("PATCH and open", () => {
  it("edits a draft, opens it, then refuses changes to its dates and centres", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      ...body(),
      label: "To open",
    });
    const id = r.body.id;
    const edit = await c.coordinator.patch(`/api/v1/rounds/${id}`, {
      label: "Renamed",
      centreIds: [f.centreA],
    });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ label: "Renamed", centreIds: [f.centreA] });
    const open = await c.coordinator.post(`/api/v1/rounds/${id}/open`);
    expect(open.status).toBe(200);
    expect(open.body.status).toBe("open");
    expectProblem(await c.coordinator.post(`/api/v1/rounds/${id}/open`), 409);
    expectProblem(await c.coordinator.patch(`/api/v1/rounds/${id}`, { centreIds: [f.centreB] }), 409);
    expect((await c.coordinator.patch(`/api/v1/rounds/${id}`, { closesOn: "2031-04-30" })).status).toBe(200);
    const early = await c.coordinator.patch(`/api/v1/rounds/${id}`, { closesOn: "2031-01-01" });
    expectProblem(early, 422);
    expect(fieldPaths(early)).toEqual(["closesOn"]);
  });
  it("checks roles and existence", async () => {
    const list = await c.coordinator.get(`/api/v1/networks/${f.networkId}/rounds`);
    const id = list.body[0].id;
    expectProblem(await c.facilitatorA.patch(`/api/v1/rounds/${id}`, { label: "x" }), 403);
    expectProblem(await c.facilitatorA.post(`/api/v1/rounds/${id}/open`), 403);
    expectProblem(await c.outsider.post(`/api/v1/rounds/${id}/open`), 404);
    expectProblem(await c.coordinator.post("/api/v1/rounds/unknown/open"), 404);
    expectProblem(await c.anonymous.patch(`/api/v1/rounds/${id}`, { label: "x" }), 401);
    const empty = await c.coordinator.patch(`/api/v1/rounds/${id}`, {});
    expectProblem(empty, 422);
  });
});
