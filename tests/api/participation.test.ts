import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let roundId: string;
let teamA2: string;

const invite = async (centreId: string, count: number, teamId?: string) => {
  const r = await c.coordinator.post(`/api/v1/rounds/${roundId}/invitations`, { centreId, teamId, count });
  expect(r.status).toBe(201);
  return r.body.codes as string[];
};
const submit = async (code: string) => {
  const r = await c.anonymous.call(
    "POST",
    `/api/v1/survey/${code}/responses`,
    { answers: {} },
    { "idempotency-key": crypto.randomUUID() },
  );
  expect(r.status).toBe(201);
};
const participation = (who = c.coordinator, round = roundId) =>
  who.get(`/api/v1/rounds/${round}/participation`);

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  const team = await c.coordinator.post(`/api/v1/centres/${f.centreA}/teams`, { name: "Team A2" });
  teamA2 = team.body.id;
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label: "Participation",
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds: [f.centreA, f.centreB],
  });
  roundId = r.body.id;
  expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/open`)).status).toBe(200);
});

describe("GET /api/v1/rounds/:roundId/participation", () => {
  it("starts at zero, with the rate unknown while no headcount is entered", async () => {
    const r = await participation();
    expect(r.status).toBe(200);
    expect(r.body.status).toBe("open");
    expect(r.body.totals).toEqual({ invited: 0, answered: 0, headcount: null, rate: null });
    expect(r.body.centres.map((x: { name: string }) => x.name)).toEqual(["Centre A", "Centre B"]);
  });

  it("counts invited (codes not revoked) and answered per centre and team; the rate is answered / headcount", async () => {
    const centre = await invite(f.centreA, 4);
    const team = await invite(f.centreA, 4, f.teamA1);
    await invite(f.centreB, 5);
    await c.coordinator.post(`/api/v1/rounds/${roundId}/invitations/revoke`, {
      centreId: f.centreA,
      codes: [centre[3]],
    });
    await submit(centre[0]);
    await submit(team[0]);
    await submit(team[1]);
    const before = await participation();
    expect(before.body.centres[0]).toMatchObject({ invited: 7, answered: 3, headcount: null, rate: null });
    const set = await c.coordinator.patch(`/api/v1/rounds/${roundId}/headcounts`, {
      centres: [
        { centreId: f.centreA, headcount: 10, teams: [{ teamId: f.teamA1, headcount: 5 }] },
        { centreId: f.centreB, headcount: 8 },
      ],
    });
    expect(set.status).toBe(200);
    const r = await participation();
    expect(r.status).toBe(200);
    const [a, b] = r.body.centres;
    expect(a).toMatchObject({
      centreId: f.centreA,
      name: "Centre A",
      invited: 7,
      answered: 3,
      headcount: 10,
      rate: 0.3,
    });
    expect(a.teams).toEqual([
      { teamId: f.teamA1, name: "Team A1", invited: 4, answered: 2, headcount: 5, rate: 0.4 },
      { teamId: teamA2, name: "Team A2", invited: 0, answered: 0, headcount: null, rate: null },
    ]);
    expect(b).toMatchObject({
      centreId: f.centreB,
      invited: 5,
      answered: 0,
      headcount: 8,
      rate: 0,
      teams: [],
    });
    expect(r.body.totals).toEqual({ invited: 12, answered: 3, headcount: 18, rate: 0.167 });
    await submit(centre[1]);
    expect((await participation()).body.centres[0]).toMatchObject({ answered: 4, rate: 0.4 });
  });

  it("counts imported answers too; the hand-set number invited is no denominator", async () => {
    await env.DB.prepare("UPDATE round_centres SET invited = 40 WHERE round_id = ? AND centre_id = ?")
      .bind(roundId, f.centreB)
      .run();
    const csv = `centre\n${f.centreB}\n${f.centreB}\n`;
    const imp = await c.coordinator.call("POST", `/api/v1/rounds/${roundId}/responses/import`, csv, {
      "content-type": "text/csv",
    });
    expect(imp.status).toBe(201);
    const b = (await participation()).body.centres[1];
    expect(b).toMatchObject({ invited: 5, answered: 2, headcount: 8, rate: 0.25 });
  });

  it("shows a facilitator their own centre only; researcher 403, outsider 404, anonymous 401", async () => {
    const mine = await participation(c.facilitatorA);
    expect(mine.status).toBe(200);
    expect(mine.body.centres.map((x: { centreId: string }) => x.centreId)).toEqual([f.centreA]);
    expect(mine.body.totals).toEqual({
      invited: mine.body.centres[0].invited,
      answered: mine.body.centres[0].answered,
      headcount: mine.body.centres[0].headcount,
      rate: mine.body.centres[0].rate,
    });
    expect(JSON.stringify(mine.body)).not.toContain("Centre B");
    expectProblem(await participation(c.researcher), 403);
    expectProblem(await participation(c.outsider), 404);
    expectProblem(await participation(c.anonymous), 401);
    expectProblem(await participation(c.coordinator, "no-such-round"), 404);
    const onlyB = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      label: "B only",
      opensOn: "2031-05-01",
      closesOn: "2031-05-31",
      centreIds: [f.centreB],
    });
    expectProblem(await participation(c.facilitatorA, onlyB.body.id), 404);
  });
});
