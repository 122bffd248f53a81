import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fixture } from "./helpers.ts";

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

describe("DELETE /api/v1/memberships/:membershipId", () => {
  it("removes a role; the network keeps its last coordinator", async () => {
    const list = await c.coordinator.get(`/api/v1/networks/${f.networkId}/memberships`);
    const extra = list.body.find((m: { email: string }) => m.email === f.emails.researcher);
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
