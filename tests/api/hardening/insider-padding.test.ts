/**
 * Issue 12, items 2 and 3: padding a small group with answers of one's own, so that it clears the
 * minimum group size and a colleague's answers follow by subtraction. Each attack is replayed
 * through the public routes on a fresh network, and each fails:
 * - padding after the fact: rows imported into a closed round (after its figures were read);
 * - padding by a facilitator: codes for their own centre or team, or rows imported by them;
 * - padding by anyone past the headcount: codes or imported rows beyond the group's size;
 * and the rate a facilitator watches never climbs over 100 %, while every code issue and import
 * the coordinator makes for the centre is in the audit the centre's facilitator reads.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { adding, guardTripped, roomGuardStatement } from "../../../api/routes/headcounts/capacity.ts";
import { builtinInstrument } from "../../../shared/instrument/index.ts";
import { type Client, clients, expectProblem, type Fixture, fixture } from "../helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;

const items = builtinInstrument.items.map((i) => i.code);
const [item] = items;

async function openRound(label: string, centreIds = [f.centreA, f.centreB]) {
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label,
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds,
  });
  expect(r.status).toBe(201);
  expect((await c.coordinator.post(`/api/v1/rounds/${r.body.id}/open`)).status).toBe(200);
  return r.body.id as string;
}

let seq = 0;
/** A file of `n` rows for centre A (optionally team A1), all answering 1: answers the attacker knows. */
const planted = (n: number, team = "") =>
  [
    `centre,team,panel_code,${item}`,
    ...Array.from({ length: n }, () => `${f.centreA},${team},pad-${++seq},1`),
  ].join("\n");
const importCsv = (round: string, csv: string, who: Client = c.coordinator) =>
  who.call("POST", `/api/v1/rounds/${round}/responses/import`, csv, { "content-type": "text/csv" });
const invite = (round: string, body: object, who: Client = c.coordinator) =>
  who.post(`/api/v1/rounds/${round}/invitations`, body);
const submit = (code: string) =>
  c.anonymous.call(
    "POST",
    `/api/v1/survey/${code}/responses`,
    { answers: { [item]: 2 } },
    { "idempotency-key": crypto.randomUUID() },
  );
const setHeadcounts = (round: string, centres: object[], who: Client = c.coordinator) =>
  who.patch(`/api/v1/rounds/${round}/headcounts`, { centres });
const stored = async (round: string) =>
  (
    await env.DB.prepare("SELECT count(*) AS n FROM responses WHERE round_id = ?")
      .bind(round)
      .first<{ n: number }>()
  )?.n ?? 0;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("padding after the fact (issue 12, item 2)", () => {
  it("refuses rows imported into a closed or published round, and stores none", async () => {
    const round = await openRound("Closed padding");
    // Two real answers: under the minimum, so the centre is hidden once the round closes.
    const codes = (await invite(round, { centreId: f.centreA, count: 2 })).body.codes as string[];
    for (const code of codes) expect((await submit(code)).status).toBe(201);
    expect((await c.coordinator.post(`/api/v1/rounds/${round}/close`)).status).toBe(200);
    const closed = await importCsv(round, planted(5));
    expectProblem(closed, 409);
    expect(closed.body.code).toBe("round-not-open");
    expect(await stored(round)).toBe(2);
    expect((await c.coordinator.post(`/api/v1/rounds/${round}/publish`)).status).toBe(200);
    const published = await importCsv(round, planted(5));
    expectProblem(published, 409);
    expect(published.body.code).toBe("round-not-open");
    expect(await stored(round)).toBe(2);
  });
});

describe("padding by a facilitator (issue 12, item 3)", () => {
  it("refuses a facilitator issuing, revoking or importing for their own centre or team", async () => {
    const round = await openRound("Facilitator padding");
    for (const body of [
      { centreId: f.centreA, count: 5 },
      { centreId: f.centreA, teamId: f.teamA1, count: 5 },
    ]) {
      const r = await invite(round, body, c.facilitatorA);
      expectProblem(r, 403);
      expect(r.body.code).toBe("coordinator-only");
    }
    const imp = await importCsv(round, planted(5, f.teamA1), c.facilitatorA);
    expectProblem(imp, 403);
    expect(imp.body.code).toBe("coordinator-only");
    const revoke = await c.facilitatorA.post(`/api/v1/rounds/${round}/invitations/revoke`, {
      centreId: f.centreA,
    });
    expectProblem(revoke, 403);
    const headcount = await setHeadcounts(round, [{ centreId: f.centreA, headcount: 500 }], c.facilitatorA);
    expectProblem(headcount, 403);
    expect(await stored(round)).toBe(0);
    const codes = await env.DB.prepare("SELECT count(*) AS n FROM invitations WHERE round_id = ?")
      .bind(round)
      .first<{ n: number }>();
    expect(codes?.n).toBe(0);
  });

  it("lets the facilitator see the counts, never the codes, and ask the coordinator for slips", async () => {
    const round = await openRound("Slips");
    const made = (await invite(round, { centreId: f.centreA, count: 3 })).body.codes as string[];
    const counts = await c.facilitatorA.get(`/api/v1/rounds/${round}/invitations`);
    expect(counts.status).toBe(200);
    expect(counts.body.centres[0]).toMatchObject({ centreId: f.centreA, created: 3, unused: 3 });
    for (const code of made) expect(JSON.stringify(counts.body)).not.toContain(code);
    const ask = await c.facilitatorA.post(`/api/v1/rounds/${round}/slip-requests`, {
      centreId: f.centreA,
      teamId: f.teamA1,
      count: 4,
      note: "New starters in May",
    });
    expect(ask.status).toBe(201);
    // Another centre's facilitator cannot ask in centre A's name.
    expectProblem(
      await c.facilitatorB.post(`/api/v1/rounds/${round}/slip-requests`, { centreId: f.centreA, count: 1 }),
      404,
    );
    const seen = await c.coordinator.get(`/api/v1/rounds/${round}/audit`);
    expect(seen.body.entries).toContainEqual(
      expect.objectContaining({
        action: "slips.request",
        actor: "facilitatorA",
        centreId: f.centreA,
        teamId: f.teamA1,
        teamName: "Team A1",
        count: 4,
        note: "New starters in May",
      }),
    );
  });
});

describe("the headcount caps codes and answers", () => {
  it("refuses codes over a centre's or a team's headcount, counting imported answers as places", async () => {
    const round = await openRound("Code cap");
    const set = await setHeadcounts(round, [
      { centreId: f.centreA, headcount: 6, teams: [{ teamId: f.teamA1, headcount: 3 }] },
    ]);
    expect(set.status).toBe(200);
    expect((await invite(round, { centreId: f.centreA, teamId: f.teamA1, count: 3 })).status).toBe(201);
    const team = await invite(round, { centreId: f.centreA, teamId: f.teamA1, count: 1 });
    expectProblem(team, 409);
    expect(team.body.code).toBe("headcount-exceeded");
    expect((await importCsv(round, planted(2))).status).toBe(201);
    const centre = await invite(round, { centreId: f.centreA, count: 2 });
    expectProblem(centre, 409);
    expect(centre.body.code).toBe("headcount-exceeded");
    expect((await invite(round, { centreId: f.centreA, count: 1 })).status).toBe(201);
    // Revoking an unused code frees its place.
    const codes = await env.DB.prepare("SELECT count(*) AS n FROM invitations WHERE round_id = ?")
      .bind(round)
      .first<{ n: number }>();
    expect(codes?.n).toBe(4);
    expect(
      (
        await c.coordinator.post(`/api/v1/rounds/${round}/invitations/revoke`, {
          centreId: f.centreA,
          teamId: f.teamA1,
        })
      ).body.revoked,
    ).toBe(3);
    expect((await invite(round, { centreId: f.centreA, count: 3 })).status).toBe(201);
    // Without a headcount nothing is capped.
    expect((await invite(round, { centreId: f.centreB, count: 1000 })).status).toBe(201);
  });

  it("lets only one of two racing issues through where both together would go over", async () => {
    const round = await openRound("Race");
    await setHeadcounts(round, [{ centreId: f.centreA, headcount: 3 }]);
    const replies = await Promise.all([
      invite(round, { centreId: f.centreA, count: 2 }),
      invite(round, { centreId: f.centreA, count: 2 }),
      importCsv(round, planted(2)),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const r of replies.filter((x) => x.status === 409)) expect(r.body.code).toBe("headcount-exceeded");
    const p = await c.coordinator.get(`/api/v1/rounds/${round}/headcounts`);
    expect(p.body.centres[0]).toMatchObject({ centreId: f.centreA, headcount: 3, taken: 2 });
  });

  it("the in-batch guard fails the whole batch when a group it touches is over its headcount", async () => {
    const round = await openRound("Guard");
    await setHeadcounts(round, [{ centreId: f.centreA, headcount: 1 }]);
    const add = adding([{ centreId: f.centreA, teamId: null }]);
    await env.DB.batch([roomGuardStatement(env.DB, round, add)]);
    const insert = env.DB.prepare(
      "INSERT INTO invitations (id, round_id, centre_id, code_hash) VALUES (?1, ?2, ?3, ?1)",
    );
    const err = await env.DB.batch([
      insert.bind(`guard-1-${round}`, round, f.centreA),
      insert.bind(`guard-2-${round}`, round, f.centreA),
      roomGuardStatement(env.DB, round, add),
    ]).catch((e: unknown) => e);
    expect(guardTripped(err)).toBe(true);
    const codes = await env.DB.prepare("SELECT count(*) AS n FROM invitations WHERE round_id = ?")
      .bind(round)
      .first<{ n: number }>();
    expect(codes?.n).toBe(0);
  });

  it("refuses imported answers over the headcount and stores none of the file", async () => {
    const round = await openRound("Answer cap");
    await setHeadcounts(round, [
      { centreId: f.centreA, headcount: 4, teams: [{ teamId: f.teamA1, headcount: 2 }] },
    ]);
    const codes = (await invite(round, { centreId: f.centreA, count: 1 })).body.codes as string[];
    expect((await submit(codes[0] as string)).status).toBe(201);
    const overTeam = await importCsv(round, planted(3, f.teamA1));
    expectProblem(overTeam, 409);
    expect(overTeam.body.code).toBe("headcount-exceeded");
    const overCentre = await importCsv(round, planted(4));
    expectProblem(overCentre, 409);
    expect(overCentre.body.code).toBe("headcount-exceeded");
    expect(await stored(round)).toBe(1);
    expect((await importCsv(round, planted(3))).status).toBe(201);
    expect(await stored(round)).toBe(4);
    expectProblem(await importCsv(round, planted(1)), 409);
    // Nor can the headcount be lowered under what is taken, or be moved by a closed round.
    const lower = await setHeadcounts(round, [{ centreId: f.centreA, headcount: 3 }]);
    expectProblem(lower, 409);
    expect(lower.body.code).toBe("headcount-below-taken");
    const teams = await setHeadcounts(round, [
      { centreId: f.centreA, headcount: 4, teams: [{ teamId: f.teamA1, headcount: 5 }] },
    ]);
    expectProblem(teams, 422);
    expect(teams.body.code).toBe("teams-over-centre");
    expect((await c.coordinator.post(`/api/v1/rounds/${round}/close`)).status).toBe(200);
    const raise = await setHeadcounts(round, [{ centreId: f.centreA, headcount: 40 }]);
    expectProblem(raise, 409);
    expect(raise.body.code).toBe("round-not-open");
  });

  it("never shows a participation rate over 100 %, and says the rate is unknown without a headcount", async () => {
    const round = await openRound("Rate");
    // The attack of the issue: 5 codes for a centre of 2 people gave 250 %.
    await setHeadcounts(round, [{ centreId: f.centreA, headcount: 2 }]);
    expectProblem(await invite(round, { centreId: f.centreA, count: 5 }), 409);
    const codes = (await invite(round, { centreId: f.centreA, count: 2 })).body.codes as string[];
    for (const code of codes) expect((await submit(code)).status).toBe(201);
    expect(
      (await c.coordinator.post(`/api/v1/rounds/${round}/invitations`, { centreId: f.centreA, count: 1 }))
        .status,
    ).toBe(409);
    expectProblem(await importCsv(round, planted(1)), 409);
    const p = await c.facilitatorA.get(`/api/v1/rounds/${round}/participation`);
    expect(p.body.centres[0]).toMatchObject({ answered: 2, headcount: 2, rate: 1 });
    // A headcount set outside the API (as rounds before this change had none) still never shows more than 100 %.
    await env.DB.prepare("UPDATE round_centres SET headcount = 1 WHERE round_id = ? AND centre_id = ?")
      .bind(round, f.centreA)
      .run();
    const over = await c.coordinator.get(`/api/v1/rounds/${round}/participation`);
    expect(over.body.centres[0].rate).toBe(1);
    const unknown = over.body.centres.find((x: { centreId: string }) => x.centreId === f.centreB);
    expect(unknown).toMatchObject({ headcount: null, rate: null });
    expect(over.body.totals.rate).toBeNull();
    for (const row of [
      ...over.body.centres,
      ...over.body.centres.flatMap((x: { teams: object[] }) => x.teams),
    ])
      expect(row.rate === null || row.rate <= 1).toBe(true);
  });
});

describe("the trusted role is watched too", () => {
  it("shows the centre's facilitator every code issue, revocation, import and headcount for their centre, and nothing of others", async () => {
    const round = await openRound("Audit");
    await setHeadcounts(round, [
      { centreId: f.centreA, headcount: 30, teams: [{ teamId: f.teamA1, headcount: 10 }] },
      { centreId: f.centreB, headcount: 20 },
    ]);
    expect((await invite(round, { centreId: f.centreA, teamId: f.teamA1, count: 5 })).status).toBe(201);
    expect((await invite(round, { centreId: f.centreB, count: 7 })).status).toBe(201);
    expect(
      (
        await c.coordinator.post(`/api/v1/rounds/${round}/invitations/revoke`, {
          centreId: f.centreA,
          teamId: f.teamA1,
        })
      ).status,
    ).toBe(200);
    const csv = [
      `centre,team,${item}`,
      `${f.centreA},${f.teamA1},1`,
      `${f.centreA},,2`,
      `${f.centreB},,3`,
    ].join("\n");
    expect((await importCsv(round, csv)).status).toBe(201);

    const mine = await c.facilitatorA.get(`/api/v1/rounds/${round}/audit`);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("cache-control")).toBe("no-store");
    const shape = (e: {
      action: string;
      teamId: string | null;
      count: number | null;
      actor: string | null;
    }) => `${e.action}:${e.teamId === f.teamA1 ? "A1" : "-"}:${e.count}:${e.actor}`;
    expect(mine.body.entries.map(shape).sort()).toEqual(
      [
        "headcount.set:-:30:coordinator",
        "headcount.set:A1:10:coordinator",
        "invitations.create:A1:5:coordinator",
        "invitations.revoke:A1:null:coordinator",
        "responses.import:A1:1:coordinator",
        "responses.import:-:1:coordinator",
      ].sort(),
    );
    for (const e of mine.body.entries) {
      expect(e.centreId).toBe(f.centreA);
      expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    expect(JSON.stringify(mine.body)).not.toContain("Centre B");
    const all = await c.coordinator.get(`/api/v1/rounds/${round}/audit`);
    expect(all.body.entries.filter((e: { centreId: string }) => e.centreId === f.centreB)).toHaveLength(3);
    const onlyB = await c.coordinator.get(`/api/v1/rounds/${round}/audit?centreId=${f.centreB}`);
    expect(onlyB.body.entries.every((e: { centreId: string }) => e.centreId === f.centreB)).toBe(true);
    expectProblem(await c.researcher.get(`/api/v1/rounds/${round}/audit`), 403);
    expectProblem(await c.outsider.get(`/api/v1/rounds/${round}/audit`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/rounds/${round}/audit`), 401);
  });
});
