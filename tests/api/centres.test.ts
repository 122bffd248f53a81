import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("GET /api/v1/networks/:networkId/centres", () => {
  it("lists every centre by name for the coordinator", async () => {
    const r = await c.coordinator.get(`/api/v1/networks/${f.networkId}/centres`);
    expect(r.status).toBe(200);
    expect(r.body.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining(["Centre A", "Centre B"]),
    );
  });
  it("shows a facilitator only their own centre", async () => {
    const r = await c.facilitatorA.get(`/api/v1/networks/${f.networkId}/centres`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual([expect.objectContaining({ id: f.centreA, name: "Centre A" })]);
    expect(JSON.stringify(r.body)).not.toContain("Centre B");
  });
  it("shows a researcher pseudonyms, never names", async () => {
    const r = await c.researcher.get(`/api/v1/networks/${f.networkId}/centres`);
    expect(r.status).toBe(200);
    expect(r.body.map((x: { pseudonym: string; name: null }) => [x.pseudonym, x.name])).toEqual([
      ["C01", null],
      ["C02", null],
    ]);
  });
  it("is 404 outside the network, 401 anonymous", async () => {
    expectProblem(await c.outsider.get(`/api/v1/networks/${f.networkId}/centres`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/networks/${f.networkId}/centres`), 401);
  });
});

describe("POST /api/v1/networks/:networkId/centres", () => {
  it("adds a centre with the next stable pseudonym", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/centres`, {
      name: "Centre C",
      joinedOn: "2008-01-01",
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: "Centre C",
      pseudonym: "C03",
      joinedOn: "2008-01-01",
      active: true,
    });
  });
  it("names the field on an empty name or a bad date", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/centres`, {
      name: " ",
      joinedOn: "2008-02-30",
    });
    expectProblem(r, 422);
    expect(fieldPaths(r)).toEqual(expect.arrayContaining(["name", "joinedOn"]));
  });
  it("refuses a second centre of the same name with 409", async () => {
    expectProblem(
      await c.coordinator.post(`/api/v1/networks/${f.networkId}/centres`, { name: "Centre A" }),
      409,
    );
  });
  it("is 403 for facilitators and researchers, 404 outside, 401 anonymous", async () => {
    expectProblem(await c.facilitatorA.post(`/api/v1/networks/${f.networkId}/centres`, { name: "X" }), 403);
    expectProblem(await c.researcher.post(`/api/v1/networks/${f.networkId}/centres`, { name: "X" }), 403);
    expectProblem(await c.outsider.post(`/api/v1/networks/${f.networkId}/centres`, { name: "X" }), 404);
    expectProblem(await c.anonymous.post(`/api/v1/networks/${f.networkId}/centres`, { name: "X" }), 401);
  });
});

describe("GET and PATCH /api/v1/centres/:centreId", () => {
  it("gives a facilitator their own centre and 404 for another", async () => {
    expect((await c.facilitatorA.get(`/api/v1/centres/${f.centreA}`)).status).toBe(200);
    expectProblem(await c.facilitatorA.get(`/api/v1/centres/${f.centreB}`), 404);
    expectProblem(await c.coordinator.get("/api/v1/centres/unknown"), 404);
    expectProblem(await c.anonymous.get(`/api/v1/centres/${f.centreA}`), 401);
  });
  it("records that a centre left; its data stays", async () => {
    const made = await c.coordinator.post(`/api/v1/networks/${f.networkId}/centres`, { name: "Leaving" });
    const r = await c.coordinator.patch(`/api/v1/centres/${made.body.id}`, { leftOn: "2009-01-31" });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ leftOn: "2009-01-31", active: false });
    const list = await c.coordinator.get(`/api/v1/networks/${f.networkId}/centres`);
    expect(list.body.map((x: { id: string }) => x.id)).toContain(made.body.id);
  });
  it("validates, and only the coordinator may change a centre", async () => {
    const bad = await c.coordinator.patch(`/api/v1/centres/${f.centreA}`, { leftOn: "soon" });
    expectProblem(bad, 422);
    expect(fieldPaths(bad)).toEqual(["leftOn"]);
    expectProblem(await c.facilitatorA.patch(`/api/v1/centres/${f.centreA}`, { name: "Mine" }), 403);
    expectProblem(await c.facilitatorA.patch(`/api/v1/centres/${f.centreB}`, { name: "Theirs" }), 404);
    expectProblem(await c.coordinator.patch("/api/v1/centres/unknown", { name: "x" }), 404);
  });
});

describe("teams", () => {
  it("lets the centre's facilitator list and add teams", async () => {
    const add = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/teams`, { name: "Evening shift" });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ name: "Evening shift", pseudonym: "T02", centreId: f.centreA });
    const list = await c.facilitatorA.get(`/api/v1/centres/${f.centreA}/teams`);
    expect(list.status).toBe(200);
    expect(list.body.map((t: { name: string }) => t.name)).toEqual(["Evening shift", "Team A1"]);
  });
  it("is 404 for another centre's teams", async () => {
    expectProblem(await c.facilitatorB.get(`/api/v1/centres/${f.centreA}/teams`), 404);
    expectProblem(await c.facilitatorB.post(`/api/v1/centres/${f.centreA}/teams`, { name: "x" }), 404);
    expectProblem(await c.facilitatorB.patch(`/api/v1/teams/${f.teamA1}`, { name: "x" }), 404);
  });
  it("validates names and refuses duplicates", async () => {
    const r = await c.coordinator.post(`/api/v1/centres/${f.centreA}/teams`, { name: "" });
    expectProblem(r, 422);
    expect(fieldPaths(r)).toEqual(["name"]);
    expectProblem(await c.coordinator.post(`/api/v1/centres/${f.centreA}/teams`, { name: "Team A1" }), 409);
  });
  it("renames and archives a team", async () => {
    const r = await c.coordinator.patch(`/api/v1/teams/${f.teamA1}`, {
      name: "Day shift",
      archivedOn: "2010-01-01",
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: "Day shift", archivedOn: "2010-01-01", pseudonym: "T01" });
    expectProblem(await c.coordinator.patch("/api/v1/teams/unknown", { name: "x" }), 404);
    expectProblem(await c.anonymous.patch(`/api/v1/teams/${f.teamA1}`, { name: "x" }), 401);
  });
});
