import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let roundId: string;
let teamB1: string;

async function sha256(text: string) {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function newRound(label: string, centreIds = [f.centreA, f.centreB]) {
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label,
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds,
  });
  expect(r.status).toBe(201);
  return r.body.id as string;
}
const open = async (id: string) =>
  expect((await c.coordinator.post(`/api/v1/rounds/${id}/open`)).status).toBe(200);
const invite = (round: string, body: unknown, who = c.coordinator) =>
  who.post(`/api/v1/rounds/${round}/invitations`, body);
const submit = (code: string) =>
  c.anonymous.call(
    "POST",
    `/api/v1/survey/${code}/responses`,
    { answers: {} },
    { "idempotency-key": crypto.randomUUID() },
  );

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  roundId = await newRound("Invitations");
  await open(roundId);
  const team = await c.coordinator.post(`/api/v1/centres/${f.centreB}/teams`, { name: "Team B1" });
  expect(team.status).toBe(201);
  teamB1 = team.body.id;
});

describe("POST /api/v1/rounds/:roundId/invitations", () => {
  it("makes human-typable single-use codes, stored only as SHA-256 hashes", async () => {
    const r = await invite(roundId, { centreId: f.centreA, count: 5 });
    expect(r.status).toBe(201);
    expect(Object.keys(r.body)).toEqual(["codes"]);
    const codes: string[] = r.body.codes;
    expect(new Set(codes).size).toBe(5);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{10}$/);
    const rows = await env.DB.prepare("SELECT * FROM invitations WHERE round_id = ?")
      .bind(roundId)
      .all<Record<string, unknown>>();
    const dump = JSON.stringify(rows.results);
    for (const code of codes) expect(dump).not.toContain(code);
    const hashes = new Set(rows.results.map((x) => x.code_hash));
    for (const code of codes) expect(hashes.has(await sha256(code))).toBe(true);
    expect(
      rows.results.every((x) => x.centre_id === f.centreA && x.team_id === null && x.used_at === null),
    ).toBe(true);
    const audit = await env.DB.prepare(
      "SELECT detail FROM audit_log WHERE action = 'invitations.create' AND target_id = ?",
    )
      .bind(roundId)
      .first<{ detail: string }>();
    expect(JSON.parse(audit?.detail ?? "{}")).toEqual({ centreId: f.centreA, teamId: null, count: 5 });
    for (const code of codes) expect(audit?.detail).not.toContain(code);
  });

  it("makes codes for a team, and 1,000 at once in one batch", async () => {
    const team = await invite(roundId, { centreId: f.centreA, teamId: f.teamA1, count: 3 });
    expect(team.status).toBe(201);
    const hash = await sha256(team.body.codes[0]);
    const row = await env.DB.prepare("SELECT team_id FROM invitations WHERE code_hash = ?")
      .bind(hash)
      .first<{ team_id: string }>();
    expect(row?.team_id).toBe(f.teamA1);
    const many = await invite(roundId, { centreId: f.centreB, count: 1000 });
    expect(many.status).toBe(201);
    expect(new Set(many.body.codes).size).toBe(1000);
    const n = await env.DB.prepare(
      "SELECT count(*) AS n FROM invitations WHERE round_id = ? AND centre_id = ?",
    )
      .bind(roundId, f.centreB)
      .first<{ n: number }>();
    expect(n?.n).toBe(1000);
  });

  it("is the coordinator's alone: facilitators 403 (coordinator-only), researcher 403, 404 outside, 401 anonymous", async () => {
    const own = await invite(roundId, { centreId: f.centreA, count: 1 }, c.facilitatorA);
    expectProblem(own, 403);
    expect(own.body.code).toBe("coordinator-only");
    expectProblem(await invite(roundId, { centreId: f.centreA, count: 1 }, c.facilitatorB), 403);
    expectProblem(await invite(roundId, { centreId: f.centreA, count: 1 }, c.researcher), 403);
    expectProblem(await invite(roundId, { centreId: f.centreA, count: 1 }, c.outsider), 404);
    expectProblem(await invite(roundId, { centreId: f.centreA, count: 1 }, c.anonymous), 401);
    expectProblem(await invite("no-such-round", { centreId: f.centreA, count: 1 }), 404);
    const onlyB = await newRound("Only B", [f.centreB]);
    expectProblem(await invite(onlyB, { centreId: f.centreA, count: 1 }, c.facilitatorA), 404);
  });

  it("is 422 naming the field: centre outside the round, team of another centre, count out of range", async () => {
    const onlyB = await newRound("B only", [f.centreB]);
    const outside = await invite(onlyB, { centreId: f.centreA, count: 1 });
    expectProblem(outside, 422);
    expect(fieldPaths(outside)).toEqual(["centreId"]);
    const unknown = await invite(roundId, { centreId: "no-such-centre", count: 1 });
    expectProblem(unknown, 422);
    expect(fieldPaths(unknown)).toEqual(["centreId"]);
    const team = await invite(roundId, { centreId: f.centreA, teamId: teamB1, count: 1 });
    expectProblem(team, 422);
    expect(fieldPaths(team)).toEqual(["teamId"]);
    for (const count of [0, 1001, 2.5, "3"]) {
      const r = await invite(roundId, { centreId: f.centreA, count });
      expectProblem(r, 422);
      expect(fieldPaths(r)).toEqual(["count"]);
    }
    const missing = await invite(roundId, { count: 1 });
    expectProblem(missing, 422);
    expect(fieldPaths(missing)).toEqual(["centreId"]);
  });

  it("works for a draft round, and is 409 once the round is closed or published", async () => {
    const draft = await newRound("Draft");
    expect((await invite(draft, { centreId: f.centreA, count: 2 })).status).toBe(201);
    await open(draft);
    expect((await c.coordinator.post(`/api/v1/rounds/${draft}/close`)).status).toBe(200);
    expectProblem(await invite(draft, { centreId: f.centreA, count: 1 }), 409);
    expect((await c.coordinator.post(`/api/v1/rounds/${draft}/publish`)).status).toBe(200);
    expectProblem(await invite(draft, { centreId: f.centreA, count: 1 }), 409);
  });
});

describe("GET /api/v1/rounds/:roundId/invitations", () => {
  it("counts made, used, revoked and unused per centre and team, never the codes", async () => {
    const round = await newRound("Counting");
    await open(round);
    const centre = (await invite(round, { centreId: f.centreA, count: 4 })).body.codes as string[];
    const team = (await invite(round, { centreId: f.centreA, teamId: f.teamA1, count: 2 })).body
      .codes as string[];
    expect((await submit(centre[0])).status).toBe(201);
    expect((await submit(team[0])).status).toBe(201);
    const revoke = await c.coordinator.post(`/api/v1/rounds/${round}/invitations/revoke`, {
      centreId: f.centreA,
      codes: [centre[1]],
    });
    expect(revoke.body).toEqual({ revoked: 1 });
    const r = await c.coordinator.get(`/api/v1/rounds/${round}/invitations`);
    expect(r.status).toBe(200);
    expect(r.body.centres).toEqual([
      {
        centreId: f.centreA,
        name: "Centre A",
        created: 6,
        used: 2,
        revoked: 1,
        unused: 3,
        teams: [{ teamId: f.teamA1, name: "Team A1", created: 2, used: 1, revoked: 0, unused: 1 }],
      },
      { centreId: f.centreB, name: "Centre B", created: 0, used: 0, revoked: 0, unused: 0, teams: [] },
    ]);
    const text = JSON.stringify(r.body);
    for (const code of [...centre, ...team]) expect(text).not.toContain(code);
    const mine = await c.facilitatorA.get(`/api/v1/rounds/${round}/invitations`);
    expect(mine.status).toBe(200);
    expect(mine.body.centres.map((x: { centreId: string }) => x.centreId)).toEqual([f.centreA]);
    expectProblem(await c.researcher.get(`/api/v1/rounds/${round}/invitations`), 403);
    expectProblem(await c.outsider.get(`/api/v1/rounds/${round}/invitations`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/rounds/${round}/invitations`), 401);
  });
});

describe("POST /api/v1/rounds/:roundId/invitations/revoke", () => {
  it("revokes a team's or a centre's unused codes; used codes stay used", async () => {
    const round = await newRound("Revoking");
    await open(round);
    const centre = (await invite(round, { centreId: f.centreA, count: 3 })).body.codes as string[];
    const team = (await invite(round, { centreId: f.centreA, teamId: f.teamA1, count: 2 })).body
      .codes as string[];
    expect((await submit(centre[0])).status).toBe(201);
    const byFacilitator = await c.facilitatorA.post(`/api/v1/rounds/${round}/invitations/revoke`, {
      centreId: f.centreA,
    });
    expectProblem(byFacilitator, 403);
    expect(byFacilitator.body.code).toBe("coordinator-only");
    const byTeam = await c.coordinator.post(`/api/v1/rounds/${round}/invitations/revoke`, {
      centreId: f.centreA,
      teamId: f.teamA1,
    });
    expect(byTeam.status).toBe(200);
    expect(byTeam.body).toEqual({ revoked: 2 });
    const all = await c.coordinator.post(`/api/v1/rounds/${round}/invitations/revoke`, {
      centreId: f.centreA,
    });
    expect(all.body).toEqual({ revoked: 2 });
    const again = await c.coordinator.post(`/api/v1/rounds/${round}/invitations/revoke`, {
      centreId: f.centreA,
    });
    expect(again.body).toEqual({ revoked: 0 });
    expectProblem(await submit(team[0]), 404);
    expectProblem(await submit(centre[1]), 404);
    const used = await env.DB.prepare("SELECT used_at, revoked_at FROM invitations WHERE code_hash = ?")
      .bind(await sha256(centre[0]))
      .first<{ used_at: string; revoked_at: string | null }>();
    expect(used?.used_at).toBeTruthy();
    expect(used?.revoked_at).toBeNull();
  });

  it("checks roles and fields", async () => {
    const url = `/api/v1/rounds/${roundId}/invitations/revoke`;
    expectProblem(await c.facilitatorB.post(url, { centreId: f.centreA }), 403);
    expectProblem(await c.researcher.post(url, { centreId: f.centreA }), 403);
    expectProblem(await c.outsider.post(url, { centreId: f.centreA }), 404);
    expectProblem(await c.anonymous.post(url, { centreId: f.centreA }), 401);
    const team = await c.coordinator.post(url, { centreId: f.centreA, teamId: teamB1 });
    expectProblem(team, 422);
    expect(fieldPaths(team)).toEqual(["teamId"]);
    const empty = await c.coordinator.post(url, { centreId: f.centreA, codes: [] });
    expectProblem(empty, 422);
    expect(fieldPaths(empty)).toEqual(["codes"]);
  });
});
