import { beforeAll, describe, expect, it } from "vitest";
import { Client, clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("GET /api/v1/networks/:networkId/memberships", () => {
  it("lists people and roles for the coordinator", async () => {
    const r = await c.coordinator.get(`/api/v1/networks/${f.networkId}/memberships`);
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(4);
    expect(r.body.find((m: { email: string }) => m.email === f.emails.facilitatorA)).toMatchObject({
      role: "facilitator",
      centreId: f.centreA,
    });
  });
  it("is 403 for others in the network, 404 outside, 401 anonymous", async () => {
    expectProblem(await c.facilitatorA.get(`/api/v1/networks/${f.networkId}/memberships`), 403);
    expectProblem(await c.outsider.get(`/api/v1/networks/${f.networkId}/memberships`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/networks/${f.networkId}/memberships`), 401);
  });
});

describe("POST /api/v1/networks/:networkId/memberships", () => {
  it("creates an account with a role, and the person can sign in with it", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/memberships`, {
      email: "New.Facilitator@Example.org",
      name: "New Facilitator",
      role: "facilitator",
      centreId: f.centreB,
      password: "a long enough password",
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      email: "new.facilitator@example.org",
      role: "facilitator",
      centreId: f.centreB,
    });
    const login = await new Client().post("/api/auth/login", {
      email: "new.facilitator@example.org",
      password: "a long enough password",
    });
    expect(login.status).toBe(200);
    expect(login.body.memberships).toEqual([
      expect.objectContaining({ centreId: f.centreB, role: "facilitator" }),
    ]);
  });
  it("gives an existing account a second role without a password", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/memberships`, {
      email: f.emails.researcher,
      role: "coordinator",
    });
    expect(r.status).toBe(201);
    expectProblem(
      await c.coordinator.post(`/api/v1/networks/${f.networkId}/memberships`, {
        email: f.emails.researcher,
        role: "coordinator",
      }),
      409,
    );
  });
  it("names what is missing or wrong", async () => {
    const noCentre = await c.coordinator.post(`/api/v1/networks/${f.networkId}/memberships`, {
      email: "x@example.org",
      role: "facilitator",
    });
    expectProblem(noCentre, 422);
    expect(fieldPaths(noCentre)).toEqual(["centreId"]);
    const newWithoutPassword = await c.coordinator.post(`/api/v1/networks/${f.networkId}/memberships`, {
      email: "y@example.org",
      role: "researcher",
    });
    expectProblem(newWithoutPassword, 422);
    expect(fieldPaths(newWithoutPassword)).toEqual(["password", "name"]);
    const foreignCentre = await c.coordinator.post(`/api/v1/networks/${f.otherNetworkId}/memberships`, {
      email: "z@example.org",
      role: "facilitator",
      centreId: f.centreA,
    });
    expectProblem(foreignCentre, 404); // not the coordinator's network at all
    const shortPassword = await c.coordinator.post(`/api/v1/networks/${f.networkId}/memberships`, {
      email: "w@example.org",
      name: "W",
      role: "researcher",
      password: "short",
    });
    expectProblem(shortPassword, 422);
    expect(fieldPaths(shortPassword)).toEqual(["password"]);
  });
  it("is 403 for a facilitator", async () => {
    expectProblem(
      await c.facilitatorA.post(`/api/v1/networks/${f.networkId}/memberships`, {
        email: f.emails.facilitatorB,
        role: "coordinator",
      }),
      403,
    );
  });
});

describe("DELETE /api/v1/memberships/:membershipId", () => {
  it("removes a role; the network keeps its last coordinator", async () => {
    const list = await c.coordinator.get(`/api/v1/networks/${f.networkId}/memberships`);
    const researcherRoles = list.body.filter((m: { email: string }) => m.email === f.emails.researcher);
    const extra = researcherRoles.find((m: { role: string }) => m.role === "coordinator");
    expect((await c.coordinator.delete(`/api/v1/memberships/${extra.id}`)).status).toBe(204);
    const mine = list.body.find((m: { email: string }) => m.email === f.emails.coordinator);
    expectProblem(await c.coordinator.delete(`/api/v1/memberships/${mine.id}`), 409);
  });
  it("is 404 for unknown or foreign memberships, 403 for facilitators, 401 anonymous", async () => {
    const list = await c.coordinator.get(`/api/v1/networks/${f.networkId}/memberships`);
    const any = list.body[0].id;
    expectProblem(await c.coordinator.delete("/api/v1/memberships/unknown"), 404);
    expectProblem(await c.outsider.delete(`/api/v1/memberships/${any}`), 404);
    expectProblem(await c.facilitatorA.delete(`/api/v1/memberships/${any}`), 403);
    expectProblem(await c.anonymous.delete(`/api/v1/memberships/${any}`), 401);
  });
});
