import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";
import { insertResponses } from "./support/responses.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let roundId: string;
let teamA2: string;
const BUILTIN = "builtin-amica-copsoq-1";

/**
 * Centre A: 9 answers, 6 in team A1, 3 in team A2. A2 is under the minimum (5) and hidden; A1 must
 * then be hidden too, or A2 = A − A1 could be worked out. Centre B: 3 answers, under the minimum.
 */
beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  teamA2 = (await c.coordinator.post(`/api/v1/centres/${f.centreA}/teams`, { name: "Team A2" })).body.id;
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label: "Report round",
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds: [f.centreA, f.centreB],
  });
  roundId = r.body.id;
  await c.coordinator.post(`/api/v1/rounds/${roundId}/open`);
  await insertResponses(roundId, f.centreA, f.teamA1, [4, 4, 5, 5, 3, 4]);
  await insertResponses(roundId, f.centreA, teamA2, [1, 2, 1]);
  await insertResponses(roundId, f.centreB, null, [2, 2, 2]);
});

const report = (client: (typeof c)["coordinator"], centre: string, team?: string) =>
  client.get(`/api/v1/rounds/${roundId}/report?centre=${centre}${team ? `&team=${team}` : ""}`);

describe("GET /api/v1/rounds/:roundId/report", () => {
  it("is 409 before the round is closed", async () => {
    expectProblem(await report(c.coordinator, f.centreA), 409);
  });

  it("lets the coordinator read a closed round, and the facilitator only once it is published", async () => {
    expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/close`)).status).toBe(200);
    expect((await report(c.coordinator, f.centreA)).status).toBe(200);
    expectProblem(await report(c.facilitatorA, f.centreA), 409);
    expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/publish`)).status).toBe(200);
    expect((await report(c.facilitatorA, f.centreA)).status).toBe(200);
  });

  it("returns the contract's shape with figures, CI, network figures and lights", async () => {
    const r = await report(c.facilitatorA, f.centreA);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      round: { id: roundId, label: "Report round", date: "2031-03-01" },
      centre: { id: f.centreA, name: "Centre A" },
      minGroupSize: 5,
      respondents: 9,
    });
    expect(r.body.scales).toHaveLength(24);
    const influence = r.body.scales.find((s: { key: string }) => s.key === "influence");
    expect(influence.centre.n).toBe(9);
    expect(influence.centre.ci95[0]).toBeLessThanOrEqual(influence.centre.mean);
    expect(influence.centre.ci95[1]).toBeGreaterThanOrEqual(influence.centre.mean);
    // Centre B is under the minimum and left out of the network figures (else its figures could be worked out by subtracting the others from the network's);
    // one centre is no benchmark (they would be its own figures), so none is shown, with the
    // reason, and there is nothing to light against (issue 12).
    expect(influence.network).toEqual({
      centres: 1,
      mean: null,
      highest: null,
      lowest: null,
      missing: "too-few-centres",
    });
    expect(influence.light).toBeNull();
    expect(r.body.valueMost).toHaveLength(10);
    expect(r.body.valueMost[0].centre).toBe(100);
    expect(Array.isArray(r.body.attention) && Array.isArray(r.body.strengths)).toBe(true);
  });

  it("hides a centre under the minimum group size: centre and light null", async () => {
    const r = await report(c.coordinator, f.centreB);
    expect(r.status).toBe(200);
    expect(r.body.respondents).toBe(3);
    for (const s of r.body.scales) {
      expect(s.centre).toBeNull();
      expect(s.light).toBeNull();
    }
    expect(r.body.valueMost.every((v: { centre: number | null }) => v.centre === null)).toBe(true);
  });

  it("hides a small team and, against subtraction, its sibling too", async () => {
    const small = await report(c.facilitatorA, f.centreA, teamA2);
    const sibling = await report(c.facilitatorA, f.centreA, f.teamA1);
    expect(small.status).toBe(200);
    expect(sibling.status).toBe(200);
    expect(small.body.scales.every((s: { centre: unknown }) => s.centre === null)).toBe(true);
    expect(sibling.body.scales.every((s: { centre: unknown }) => s.centre === null)).toBe(true);
    expect(JSON.stringify(small.body)).not.toContain('"n":3');
  });

  it("never lets a figure from fewer than the minimum leave, anywhere in the body", async () => {
    for (const r of [
      await report(c.coordinator, f.centreB),
      await report(c.coordinator, f.centreA, teamA2),
    ]) {
      const ns = [...JSON.stringify(r.body).matchAll(/"n":(\d+)/g)].map((m) => Number(m[1]));
      expect(ns.every((n) => n >= 5)).toBe(true);
    }
  });

  it("answers bad input and wrong callers", async () => {
    const missing = await c.coordinator.get(`/api/v1/rounds/${roundId}/report`);
    expectProblem(missing, 400);
    expect(fieldPaths(missing)).toEqual(["query.centre"]);
    expectProblem(await report(c.coordinator, "unknown-centre"), 404);
    expectProblem(await report(c.coordinator, f.centreA, "unknown-team"), 404);
    expectProblem(await c.coordinator.get(`/api/v1/rounds/unknown/report?centre=${f.centreA}`), 404);
    expectProblem(await report(c.facilitatorA, f.centreB), 404);
    expectProblem(await report(c.facilitatorB, f.centreA), 404);
    expectProblem(await report(c.researcher, f.centreA), 403);
    expectProblem(await report(c.outsider, f.centreA), 404);
    expectProblem(await report(c.anonymous, f.centreA), 401);
  });

  it("serves repeat reads from the cache and rebuilds when the data version changes", async () => {
    const first = await report(c.facilitatorA, f.centreA);
    const again = await report(c.facilitatorA, f.centreA);
    expect(again.headers.get("x-amica-cache")).toBe("hit");
    expect(again.body).toEqual(first.body);
    const set = await c.coordinator.post(`/api/v1/networks/${f.networkId}/reference-sets`, {
      instrumentId: BUILTIN,
      name: "Reference for the cache test",
      source: "Syntetisk",
      sourceEn: "Synthetic",
      synthetic: true,
      values: { influence: { mean: 12.5, sd: 3 } },
      activate: true,
    });
    expect(set.status).toBe(201);
    const after = await report(c.facilitatorA, f.centreA);
    expect(after.headers.get("x-amica-cache")).toBe("miss");
    const influence = after.body.scales.find((s: { key: string }) => s.key === "influence");
    expect(influence.reference).toEqual({ mean: 12.5, sd: 3, source: { da: "Syntetisk", en: "Synthetic" } });
  });
});

describe("change since the previous round", () => {
  it("reports diff, Welch p and d against the centre's previous published round", async () => {
    const r2 = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      label: "Next year",
      opensOn: "2032-03-01",
      closesOn: "2032-03-31",
      centreIds: [f.centreA],
    });
    await c.coordinator.post(`/api/v1/rounds/${r2.body.id}/open`);
    await insertResponses(r2.body.id, f.centreA, null, [5, 5, 4, 5, 5, 4, 5]);
    await c.coordinator.post(`/api/v1/rounds/${r2.body.id}/close`);
    await c.coordinator.post(`/api/v1/rounds/${r2.body.id}/publish`);
    const r = await c.facilitatorA.get(`/api/v1/rounds/${r2.body.id}/report?centre=${f.centreA}`);
    expect(r.status).toBe(200);
    const influence = r.body.scales.find((s: { key: string }) => s.key === "influence");
    expect(influence.change.previousRoundId).toBe(roundId);
    expect(influence.change.diff).toBeCloseTo(influence.centre.mean - influence.change.previousMean, 10);
    expect(influence.change.p).toBeGreaterThanOrEqual(0);
    expect(influence.change.test).toBe("welch");
  });
});

describe("GET /api/v1/rounds/:roundId/overview", () => {
  it("names every centre for the coordinator, with suppressed cells null", async () => {
    const r = await c.coordinator.get(`/api/v1/rounds/${roundId}/overview?teams=true`);
    expect(r.status).toBe(200);
    const names = r.body.centres.map((x: { name: string }) => x.name);
    expect(names).toEqual(["Centre A", "Centre B"]);
    const b = r.body.centres.find((x: { name: string }) => x.name === "Centre B");
    expect(Object.values(b.scales).every((v) => v === null)).toBe(true);
    const a = r.body.centres.find((x: { name: string }) => x.name === "Centre A");
    expect(
      a.teams.every((t: { scales: Record<string, unknown> }) =>
        Object.values(t.scales).every((v) => v === null),
      ),
    ).toBe(true);
  });
  it("carries what its page shows beside it: domain names, the threshold, the rounds with results", async () => {
    const r = await c.coordinator.get(`/api/v1/rounds/${roundId}/overview`);
    expect(r.status).toBe(200);
    expect(r.body.networkId).toBe(f.networkId);
    expect(r.body.threshold).toBe(5);
    expect(r.body.domains.length).toBeGreaterThan(0);
    expect(r.body.domains[0]).toMatchObject({ key: expect.any(String), label: { da: expect.any(String) } });
    const domainKeys = r.body.domains.map((d: { key: string }) => d.key);
    expect(r.body.scales.every((s: { domain: string }) => domainKeys.includes(s.domain))).toBe(true);
    // Both rounds of the network are published by now (the second in "change since the previous round").
    const labels = r.body.rounds.map((x: { label: string }) => x.label);
    expect(labels).toEqual(["Report round", "Next year"]);
    const again = await c.coordinator.get(`/api/v1/rounds/${roundId}/overview`);
    expect(again.headers.get("x-amica-cache")).toBe("hit");
    expect(again.body).toEqual(r.body);
  });

  it("never lets a figure from fewer than the minimum leave, anywhere in the body", async () => {
    const r = await c.coordinator.get(`/api/v1/rounds/${roundId}/overview?teams=true`);
    const ns = [...JSON.stringify(r.body).matchAll(/"n":(\d+)/g)].map((m) => Number(m[1]));
    expect(ns.length).toBeGreaterThan(0);
    expect(ns.every((n) => n >= 5)).toBe(true);
    // Centre B (3 answers) and team A2 (3 answers) show their participation only.
    const b = r.body.centres.find((x: { name: string }) => x.name === "Centre B");
    expect(Object.values(b.valueMost).every((v) => v === null)).toBe(true);
  });

  it("is 403 for facilitators and researchers, 404 outside, 401 anonymous", async () => {
    expectProblem(await c.facilitatorA.get(`/api/v1/rounds/${roundId}/overview`), 403);
    expectProblem(await c.researcher.get(`/api/v1/rounds/${roundId}/overview`), 403);
    expectProblem(await c.outsider.get(`/api/v1/rounds/${roundId}/overview`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/rounds/${roundId}/overview`), 401);
    expectProblem(await c.coordinator.get(`/api/v1/rounds/${roundId}/overview?teams=maybe`), 400);
  });
});

describe("stored aggregates", () => {
  it("are written once at close, in the same batch as the status", async () => {
    const row = await env.DB.prepare("SELECT status, data_version FROM rounds WHERE id = ?")
      .bind(roundId)
      .first<{ status: string; data_version: number }>();
    expect(row?.status).toBe("published");
    const n = await env.DB.prepare("SELECT count(*) AS n FROM aggregates WHERE round_id = ?")
      .bind(roundId)
      .first<{ n: number }>();
    expect(n?.n).toBeGreaterThan(24);
  });
});
