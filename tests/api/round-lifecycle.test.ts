import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fixture } from "./helpers.ts";
import { insertResponses } from "./support/responses.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;

let roundId: string;
beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label: "Life cycle",
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds: [f.centreA, f.centreB],
  });
  roundId = r.body.id;
});

describe("draft → open → closed → published", () => {
  it("refuses to close or publish a draft", async () => {
    expectProblem(await c.coordinator.post(`/api/v1/rounds/${roundId}/close`), 409);
    expectProblem(await c.coordinator.post(`/api/v1/rounds/${roundId}/publish`), 409);
  });

  it("POST /api/v1/rounds/:id/close stores aggregates for the network, every centre and team", async () => {
    expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/open`)).status).toBe(200);
    await insertResponses(roundId, f.centreA, f.teamA1, [1, 2, 3, 4, 5, 2]);
    await insertResponses(roundId, f.centreB, null, [3, 3, 3, 3, 3]);
    const r = await c.coordinator.post(`/api/v1/rounds/${roundId}/close`);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe("closed");
    const rows = await env.DB.prepare(
      "SELECT level, centre_id, team_id, n FROM aggregates WHERE round_id = ? AND metric = 'count'",
    )
      .bind(roundId)
      .all<{ level: string; centre_id: string; team_id: string; n: number }>();
    const counts = Object.fromEntries(
      rows.results.map((x) => [`${x.level}:${x.centre_id}:${x.team_id}`, x.n]),
    );
    expect(counts).toEqual({
      "network::": 11,
      [`centre:${f.centreA}:`]: 6,
      [`centre:${f.centreB}:`]: 5,
      [`team:${f.centreA}:${f.teamA1}`]: 6,
    });
    const scale = await env.DB.prepare(
      "SELECT n, mean FROM aggregates WHERE round_id = ? AND level = 'centre' AND centre_id = ? AND metric = 'scale' AND key = 'influence'",
    )
      .bind(roundId, f.centreB)
      .first<{ n: number; mean: number }>();
    expect(scale?.n).toBe(5);
    expect(scale?.mean).toBeGreaterThanOrEqual(0);
  });

  it("only the coordinator closes, publishes or reopens", async () => {
    expectProblem(await c.facilitatorA.post(`/api/v1/rounds/${roundId}/publish`), 403);
    expectProblem(await c.researcher.post(`/api/v1/rounds/${roundId}/reopen`), 403);
    expectProblem(await c.outsider.post(`/api/v1/rounds/${roundId}/close`), 404);
    expectProblem(await c.anonymous.post(`/api/v1/rounds/${roundId}/close`), 401);
    expectProblem(await c.coordinator.post("/api/v1/rounds/unknown/publish"), 404);
  });

  it("reopening before publishing serves no figures but keeps the last version to compare with; closing again recomputes them", async () => {
    const shown = await env.DB.prepare("SELECT count(*) AS n FROM aggregates WHERE round_id = ?")
      .bind(roundId)
      .first<{ n: number }>();
    const reopened = await c.coordinator.post(`/api/v1/rounds/${roundId}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe("open");
    const left = await env.DB.prepare("SELECT count(*) AS n FROM aggregates WHERE round_id = ?")
      .bind(roundId)
      .first<{ n: number }>();
    // Kept for the next close (issue 12: versions of figures), never served while open.
    expect(left?.n).toBe(shown?.n);
    expectProblem(await c.coordinator.get(`/api/v1/rounds/${roundId}/overview`), 409);
    expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/close`)).status).toBe(200);
    const back = await env.DB.prepare("SELECT count(*) AS n FROM aggregates WHERE round_id = ?")
      .bind(roundId)
      .first<{ n: number }>();
    expect(back?.n).toBeGreaterThan(0);
  });

  it("publishes once and then refuses to reopen", async () => {
    const r = await c.coordinator.post(`/api/v1/rounds/${roundId}/publish`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: "published" });
    expect(r.body.publishedAt).toBeTruthy();
    expectProblem(await c.coordinator.post(`/api/v1/rounds/${roundId}/reopen`), 409);
    expectProblem(await c.coordinator.post(`/api/v1/rounds/${roundId}/publish`), 409);
    const audit = await env.DB.prepare("SELECT action FROM audit_log WHERE target_id = ? ORDER BY id")
      .bind(roundId)
      .all<{ action: string }>();
    expect(audit.results.map((a) => a.action)).toEqual([
      "round.create",
      "round.open",
      "round.close",
      "round.reopen",
      "round.close",
      "round.publish",
    ]);
  });
});
