import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("GET /api/v1/networks", () => {
  it("lists the caller's networks as a bare array with their role", async () => {
    const r = await c.coordinator.get("/api/v1/networks");
    expect(r.status).toBe(200);
    expect(r.body).toEqual([
      expect.objectContaining({ id: f.networkId, role: "coordinator", minGroupSize: 5 }),
    ]);
  });
  it("shows the outsider only their own network", async () => {
    const r = await c.outsider.get("/api/v1/networks");
    expect(r.status).toBe(200);
    expect(r.body.map((n: { id: string }) => n.id)).toEqual([f.otherNetworkId]);
  });
  it("needs a session", async () => expectProblem(await c.anonymous.get("/api/v1/networks"), 401));
});

describe("POST /api/v1/networks", () => {
  it("creates a network and makes the caller its coordinator at once", async () => {
    const r = await c.facilitatorB.post("/api/v1/networks", { name: "A network of my own" });
    expect(r.status).toBe(201);
    expect(r.body.role).toBe("coordinator");
    const centre = await c.facilitatorB.post(`/api/v1/networks/${r.body.id}/centres`, { name: "First" });
    expect(centre.status).toBe(201);
  });
  it("names the field on a bad body", async () => {
    const r = await c.coordinator.post("/api/v1/networks", { name: "", minGroupSize: 2 });
    expectProblem(r, 422);
    expect(fieldPaths(r)).toEqual(expect.arrayContaining(["name", "minGroupSize"]));
  });
  it("needs a session", async () =>
    expectProblem(await c.anonymous.post("/api/v1/networks", { name: "x" }), 401));
});

describe("GET /api/v1/networks/:networkId", () => {
  it("returns the network's settings to a member", async () => {
    const r = await c.facilitatorA.get(`/api/v1/networks/${f.networkId}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: f.networkId,
      role: "facilitator",
      meaningfulDifference: 5,
      lightComparison: "network",
    });
  });
  it("is 404 for a non-member and for an unknown id", async () => {
    expectProblem(await c.outsider.get(`/api/v1/networks/${f.networkId}`), 404);
    expectProblem(await c.coordinator.get("/api/v1/networks/nope"), 404);
  });
  it("needs a session", async () =>
    expectProblem(await c.anonymous.get(`/api/v1/networks/${f.networkId}`), 401));
});

describe("PATCH /api/v1/networks/:networkId", () => {
  it("changes settings for the coordinator", async () => {
    const r = await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { meaningfulDifference: 6 });
    expect(r.status).toBe(200);
    expect(r.body.meaningfulDifference).toBe(6);
  });
  it("never lets the minimum group size go below 3", async () => {
    const r = await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { minGroupSize: 2 });
    expectProblem(r, 422);
    expect(fieldPaths(r)).toEqual(["minGroupSize"]);
  });
  it("refuses an empty change", async () => {
    expectProblem(await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, {}), 422);
  });
  it("is 403 for a facilitator or researcher, 404 for an outsider, 401 anonymous", async () => {
    expectProblem(await c.facilitatorA.patch(`/api/v1/networks/${f.networkId}`, { name: "x" }), 403);
    expectProblem(await c.researcher.patch(`/api/v1/networks/${f.networkId}`, { name: "x" }), 403);
    expectProblem(await c.outsider.patch(`/api/v1/networks/${f.networkId}`, { name: "x" }), 404);
    expectProblem(await c.anonymous.patch(`/api/v1/networks/${f.networkId}`, { name: "x" }), 401);
  });
});

describe("errors", () => {
  it("answers unknown API routes with problem+json 404", async () => {
    expectProblem(await c.anonymous.get("/api/no-such-route"), 404);
    expectProblem(await c.anonymous.get("/api/v1/nothing/here"), 404);
  });
  it("GET /api/health is ok", async () => {
    const r = await c.anonymous.get("/api/health");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: "ok" });
  });
  it("refuses bodies over 1 MB with 413", async () => {
    const r = await c.coordinator.call(
      "POST",
      "/api/v1/networks",
      JSON.stringify({ name: "x".repeat(1_100_000) }),
    );
    expectProblem(r, 413);
  });
  it("serves an OpenAPI 3.1 document covering the routes and an offline docs page", async () => {
    const r = await c.anonymous.get("/api/openapi.json");
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe("3.1.0");
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/networks/{networkId}/centres",
        "/api/auth/login",
        "/api/v1/rounds/{roundId}",
      ]),
    );
    const docs = await c.anonymous.call("GET", "/api/docs", undefined, { accept: "text/html" });
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain("/api/v1/networks/{networkId}/rounds");
    expect(String(docs.body)).not.toMatch(/(src|href)=["']https?:/);
  });
});
