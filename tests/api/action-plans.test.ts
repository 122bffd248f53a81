import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinInstrument, validateAnswers } from "../../shared/instrument/index.ts";
import { minimumDetectableDifference } from "../../shared/scoring/stats/minimum-detectable-difference.ts";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let workshopId: string;
let statementId: string;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  workshopId = (await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Plans" })).body
    .id;
  statementId = (
    await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/statements`, { text: "Influence" })
  ).body.id;
});

const plans = (centreId = f.centreA) => `/api/v1/centres/${centreId}/action-plans`;

describe("POST /api/v1/centres/:centreId/action-plans", () => {
  it("writes a plan with its actions; overdue ones are flagged", async () => {
    const r = await c.facilitatorA.post(plans(), {
      title: "More say over breaks",
      goal: "Everyone plans their own breaks within the hour",
      priority: 1,
      teamId: f.teamA1,
      statementId,
      scaleKey: "influence",
      themeKey: "variation-influence",
      notes: "Agreed at the team meeting",
      items: [
        { text: "Try self-rostered breaks", owner: "Team lead", dueOn: "2000-01-31" },
        { text: "Evaluate", owner: "Anna", dueOn: "2999-06-30", status: "in-progress" },
        { text: "Buy a whiteboard", dueOn: "2000-02-01", status: "done" },
      ],
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      centreId: f.centreA,
      teamId: f.teamA1,
      workshopId, // taken from the statement
      statementId,
      statementText: "Influence",
      priority: 1,
      scaleKey: "influence",
      status: "planned",
      overdueItems: 1,
      baselineRoundId: null,
    });
    expect(
      r.body.items.map((i: { text: string; overdue: boolean; position: number }) => [
        i.text,
        i.overdue,
        i.position,
      ]),
    ).toEqual([
      ["Try self-rostered breaks", true, 0],
      ["Evaluate", false, 1],
      ["Buy a whiteboard", false, 2],
    ]);
    expect(r.body.followUp).toMatchObject({ scaleKey: "influence", level: null, baseline: null });
    expect(r.body.followUp.note).toMatch(/baseline/i);
    expect(r.body.followUp.noteCode).toBe("no-baseline");
  });

  it("names bad fields (422): scale, theme, status, date, and references outside the centre", async () => {
    const bad = await c.facilitatorA.post(plans(), {
      title: "x",
      scaleKey: "happiness",
      themeKey: "nope",
      status: "started",
      items: [{ text: "y", dueOn: "2031-02-30" }],
    });
    expectProblem(bad, 422);
    expect(fieldPaths(bad).sort()).toEqual(["items.0.dueOn", "scaleKey", "status", "themeKey"]);
    const otherTeam = await c.coordinator.post(`/api/v1/centres/${f.centreB}/teams`, { name: "B1" });
    const refs = await c.facilitatorA.post(plans(), {
      title: "x",
      teamId: otherTeam.body.id,
      workshopId: "nope",
      baselineRoundId: "nope",
    });
    expectProblem(refs, 422);
    expect(fieldPaths(refs).sort()).toEqual(["baselineRoundId", "teamId", "workshopId"]);
    const bWorkshop = await c.facilitatorB.post(`/api/v1/centres/${f.centreB}/workshops`, { title: "B" });
    const bStatement = await c.facilitatorB.post(`/api/v1/workshops/${bWorkshop.body.id}/statements`, {
      text: "B",
    });
    const stmt = await c.facilitatorA.post(plans(), { title: "x", statementId: bStatement.body.id });
    expectProblem(stmt, 422);
    expect(fieldPaths(stmt)).toEqual(["statementId"]);
  });

  it("is 404 for another centre's facilitator, 403 for a researcher, 401 anonymous", async () => {
    expectProblem(await c.facilitatorB.post(plans(), { title: "x" }), 404);
    expectProblem(await c.researcher.post(plans(), { title: "x" }), 403);
    expectProblem(await c.anonymous.post(plans(), { title: "x" }), 401);
    expectProblem(await c.outsider.get(plans()), 404);
    expect((await c.coordinator.post(plans(), { title: "By the coordinator" })).status).toBe(201);
  });
});

describe("GET /api/v1/centres/:centreId/action-plans", () => {
  it("lists the centre's plans by priority with overdue counts, and filters", async () => {
    await c.facilitatorA.post(plans(), { title: "Second", priority: 2, status: "in-progress" });
    const r = await c.facilitatorA.get(plans());
    expect(r.status).toBe(200);
    const titles = r.body.map((p: { title: string }) => p.title);
    expect(titles.indexOf("More say over breaks")).toBeLessThan(titles.indexOf("Second"));
    expect(r.body.find((p: { title: string }) => p.title === "More say over breaks").overdueItems).toBe(1);
    const team = await c.facilitatorA.get(`${plans()}?teamId=${f.teamA1}`);
    expect(team.body.map((p: { title: string }) => p.title)).toEqual(["More say over breaks"]);
    const status = await c.facilitatorA.get(`${plans()}?status=in-progress`);
    expect(status.body.map((p: { title: string }) => p.title)).toEqual(["Second"]);
    const bad = await c.facilitatorA.get(`${plans()}?status=late`);
    expectProblem(bad, 400);
    expect(fieldPaths(bad)).toEqual(["query.status"]);
    expectProblem(await c.facilitatorB.get(plans()), 404);
    expect((await c.facilitatorB.get(plans(f.centreB))).body).toEqual([]);
  });
});

describe("changing plans and actions", () => {
  let planId: string;
  beforeAll(async () => {
    planId = (
      await c.facilitatorA.post(plans(), {
        title: "Change me",
        items: [{ text: "First", dueOn: "2000-01-01" }],
      })
    ).body.id;
  });

  it("PATCH /api/v1/action-plans/:id changes fields and clears others", async () => {
    const r = await c.facilitatorA.patch(`/api/v1/action-plans/${planId}`, {
      status: "in-progress",
      goal: "A goal",
      scaleKey: "work-pace",
      teamId: f.teamA1,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: "in-progress",
      goal: "A goal",
      scaleKey: "work-pace",
      teamId: f.teamA1,
    });
    expect(r.body.updatedAt).toBeTruthy();
    const cleared = await c.facilitatorA.patch(`/api/v1/action-plans/${planId}`, {
      goal: null,
      teamId: null,
    });
    expect(cleared.body).toMatchObject({ goal: null, teamId: null });
    expectProblem(await c.facilitatorA.patch(`/api/v1/action-plans/${planId}`, {}), 422);
    expectProblem(await c.facilitatorA.patch(`/api/v1/action-plans/${planId}`, { scaleKey: "x" }), 422);
    expectProblem(await c.facilitatorB.patch(`/api/v1/action-plans/${planId}`, { title: "x" }), 404);
    expectProblem(await c.researcher.get(`/api/v1/action-plans/${planId}`), 403);
  });

  it("adds, changes and deletes actions; a done action is not overdue", async () => {
    const added = await c.facilitatorA.post(`/api/v1/action-plans/${planId}/items`, {
      text: "Second",
      owner: "Bo",
      dueOn: "2001-01-01",
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      text: "Second",
      owner: "Bo",
      status: "planned",
      overdue: true,
      position: 1,
    });
    const done = await c.facilitatorA.patch(`/api/v1/action-items/${added.body.id}`, { status: "done" });
    expect(done.body).toMatchObject({ status: "done", overdue: false });
    const bad = await c.facilitatorA.patch(`/api/v1/action-items/${added.body.id}`, { dueOn: "soon" });
    expectProblem(bad, 422);
    expect(fieldPaths(bad)).toEqual(["dueOn"]);
    expectProblem(await c.facilitatorB.patch(`/api/v1/action-items/${added.body.id}`, { text: "x" }), 404);
    expect((await c.facilitatorA.delete(`/api/v1/action-items/${added.body.id}`)).status).toBe(204);
    const plan = await c.facilitatorA.get(`/api/v1/action-plans/${planId}`);
    expect(plan.body.items.map((i: { text: string }) => i.text)).toEqual(["First"]);
    expect(plan.body.overdueItems).toBe(1);
  });

  it("DELETE /api/v1/action-plans/:id removes the plan and its actions", async () => {
    expectProblem(await c.facilitatorB.delete(`/api/v1/action-plans/${planId}`), 404);
    expect((await c.facilitatorA.delete(`/api/v1/action-plans/${planId}`)).status).toBe(204);
    expectProblem(await c.facilitatorA.get(`/api/v1/action-plans/${planId}`), 404);
    const left = await env.DB.prepare("SELECT COUNT(*) AS n FROM action_items WHERE plan_id = ?")
      .bind(planId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it("keeps a statement that a plan works on (409 on delete)", async () => {
    expectProblem(await c.facilitatorA.delete(`/api/v1/statements/${statementId}`), 409);
  });
});

// Follow-up: two published rounds with stored aggregates.

/** Answers with every item on one option, packed as the survey stores them. */
function packed(option: number) {
  const answers: Record<string, unknown> = {};
  for (const item of builtinInstrument.items)
    answers[item.code] = Math.min(option, builtinInstrument.responseSets[item.responseSet].options.length);
  answers[builtinInstrument.multipleChoice.code] = [];
  const r = validateAnswers(builtinInstrument, answers);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.packed;
}

async function publishedRound(
  label: string,
  opensOn: string,
  groups: [string, string | null, number, number][],
) {
  const round = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label,
    opensOn,
    closesOn: opensOn.replace(/-01$/, "-28"),
    centreIds: [f.centreA, f.centreB],
  });
  const id = round.body.id as string;
  await c.coordinator.post(`/api/v1/rounds/${id}/open`);
  await env.DB.batch(
    groups.flatMap(([centre, team, count, option], g) =>
      Array.from({ length: count }, (_, i) =>
        env.DB.prepare(
          "INSERT INTO responses (id, round_id, centre_id, team_id, answers, source, submitted_at) VALUES (?, ?, ?, ?, ?, 'import', ?)",
        ).bind(`${id}-${g}-${i}`, id, centre, team, packed(option), `${opensOn}T10:00:00Z`),
      ),
    ),
  );
  expect((await c.coordinator.post(`/api/v1/rounds/${id}/close`)).status).toBe(200);
  expect((await c.coordinator.post(`/api/v1/rounds/${id}/publish`)).status).toBe(200);
  return id;
}

describe("follow-up: GET /api/v1/action-plans/:id at the next published round", () => {
  let teamA2: string;
  let teamA3: string;
  let round1: string;
  let round2: string;

  beforeAll(async () => {
    teamA2 = (await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/teams`, { name: "A2" })).body.id;
    teamA3 = (await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/teams`, { name: "A3" })).body.id;
    // A1 (6) is shown; A2 (3) is under the minimum of 5; A3 (5) is hidden too, or A2 could be worked
    // out from the centre. Centre B (3) is under the minimum.
    const groups = (a1: number, a2: number, b: number): [string, string | null, number, number][] => [
      [f.centreA, f.teamA1, 6, a1],
      [f.centreA, teamA2, 3, a2],
      [f.centreA, teamA3, 5, 3],
      [f.centreB, null, 3, b],
    ];
    round1 = await publishedRound("2031", "2031-03-01", groups(2, 2, 2));
    round2 = await publishedRound("2032", "2032-03-01", groups(4, 4, 4));
  });

  async function plan(body: Record<string, unknown>, client = c.facilitatorA, centre = f.centreA) {
    const r = await client.post(plans(centre), { title: "Follow me", scaleKey: "influence", ...body });
    expect(r.status).toBe(201);
    return (await client.get(`/api/v1/action-plans/${r.body.id}`)).body;
  }

  it("shows the team's change where the team may be shown", async () => {
    const p = await plan({ teamId: f.teamA1, baselineRoundId: round1 });
    const fu = p.followUp;
    expect(fu).toMatchObject({ level: "team", polarity: "higher-better", note: null, noteCode: null });
    expect(fu.baseline).toMatchObject({ roundId: round1, label: "2031", n: 6 });
    expect(fu.next).toMatchObject({ roundId: round2, label: "2032", n: 6 });
    expect(fu.change).toBeCloseTo(fu.next.mean - fu.baseline.mean, 9);
    expect(Math.abs(fu.change)).toBeGreaterThanOrEqual(5);
    // As in the report: meaningful only where the threshold and the test agree.
    // (This fixture's teams answer alike, so there is no spread and no test: not meaningful.)
    expect(fu.meaningful).toBe(Math.abs(fu.change) >= 5 && fu.p !== null && fu.p < 0.05);
    expect(fu.direction).toBe(fu.meaningful ? (fu.change > 0 ? "better" : "worse") : "unchanged");
    const stored = await env.DB.prepare(
      "SELECT n, mean FROM aggregates WHERE round_id = ? AND level = 'team' AND team_id = ? AND metric = 'scale' AND key = 'influence'",
    )
      .bind(round2, f.teamA1)
      .first<{ n: number; mean: number }>();
    expect(fu.next.mean).toBe(stored?.mean);
  });

  it("shows the centre's figures for a team under the minimum group size", async () => {
    const fu = (await plan({ teamId: teamA2, baselineRoundId: round1 })).followUp;
    expect(fu).toMatchObject({ level: "centre", baseline: { n: 14 }, next: { n: 14 } });
    expect(fu.note).toMatch(/team is too small/);
    expect(fu.noteCode).toBe("centre-instead");
  });

  it("hides a team that would let a smaller sibling be worked out (the centre's figures instead)", async () => {
    const fu = (await plan({ teamId: teamA3, baselineRoundId: round1 })).followUp;
    expect(fu.level).toBe("centre");
  });

  it("shows no figure at all where the centre is under the minimum", async () => {
    const fu = (await plan({ baselineRoundId: round1 }, c.facilitatorB, f.centreB)).followUp;
    expect(fu).toMatchObject({ level: null, baseline: null, next: null, change: null });
    expect(fu.note).toMatch(/Too few respondents/);
  });

  /** The stored figure of a group in a round (what the follow-up may show, once cleared). */
  const stored = (round: string, level: "team" | "centre", group: string) =>
    env.DB.prepare(
      `SELECT n, sd FROM aggregates WHERE round_id = ? AND level = ? AND ${level}_id = ? AND metric = 'scale' AND key = 'influence'`,
    )
      .bind(round, level, group)
      .first<{ n: number; sd: number }>();

  it("gives the smallest detectable difference from the two figures it shows", async () => {
    const fu = (await plan({ teamId: f.teamA1, baselineRoundId: round1 })).followUp;
    const [a, b] = await Promise.all([stored(round2, "team", f.teamA1), stored(round1, "team", f.teamA1)]);
    const expected = minimumDetectableDifference({ n: a?.n ?? 0, sd: a?.sd }, { n: b?.n ?? 0, sd: b?.sd });
    expect(expected).not.toBeNull();
    expect(fu.mdd).toBeCloseTo(expected ?? Number.NaN, 9);
  });

  it("never takes the smallest detectable difference from a hidden group", async () => {
    // A team under the minimum: the centre's figures, and the centre's difference, not the team's.
    const small = (await plan({ teamId: teamA2, baselineRoundId: round1 })).followUp;
    const centre = (await plan({ baselineRoundId: round1 })).followUp;
    expect(small.level).toBe("centre");
    expect(centre.mdd).not.toBeNull();
    expect(small.mdd).toBe(centre.mdd);
    const [a, b] = await Promise.all([stored(round2, "team", teamA2), stored(round1, "team", teamA2)]);
    const hidden = minimumDetectableDifference({ n: a?.n ?? 0, sd: a?.sd }, { n: b?.n ?? 0, sd: b?.sd });
    expect(small.mdd).not.toBe(hidden);
    // Where the earlier figure is hidden (a centre under the minimum), there is none at all.
    const none = (await plan({ baselineRoundId: round1 }, c.facilitatorB, f.centreB)).followUp;
    expect(none).toMatchObject({ baseline: null, mdd: null });
    // And none before there is a later round to compare with.
    expect((await plan({ teamId: f.teamA1 })).followUp.mdd).toBeNull();
  });

  it("takes the latest published round as baseline by default and waits for the next one", async () => {
    const p = await plan({ teamId: f.teamA1 });
    expect(p.baselineRoundId).toBe(round2);
    expect(p.followUp).toMatchObject({
      level: "team",
      baseline: { roundId: round2 },
      next: null,
      change: null,
    });
    expect(p.followUp.note).toMatch(/No later round/);
    expect(p.followUp.noteCode).toBe("no-next");
  });

  it("takes the workshop's round as baseline when the plan comes from a workshop tied to one", async () => {
    const w = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, {
      title: "2031",
      roundId: round1,
    });
    const s = await c.facilitatorA.post(`/api/v1/workshops/${w.body.id}/statements`, { text: "Say" });
    const p = await plan({ statementId: s.body.id, teamId: f.teamA1 });
    expect(p).toMatchObject({ workshopId: w.body.id, baselineRoundId: round1 });
    expect(p.followUp.next.roundId).toBe(round2);
  });

  it("reads the scale's polarity from the rounds' own instrument: a custom 'higher is worse' is followed up that way", async () => {
    const before = (await plan({ teamId: f.teamA1, baselineRoundId: round1 })).followUp;
    expect(before.polarity).toBe("higher-better");
    const custom = {
      ...builtinInstrument,
      key: "amica-influence-reversed",
      version: 1,
      scales: builtinInstrument.scales.map((s) =>
        s.key === "influence" ? { ...s, polarity: "higher-worse" as const } : s,
      ),
    };
    const made = await c.coordinator.post(`/api/v1/networks/${f.networkId}/instruments`, custom);
    expect(made.status).toBe(201);
    const instrumentOf = (id: string) =>
      env.DB.prepare("SELECT instrument_id AS i FROM rounds WHERE id = ?").bind(id).first<{ i: string }>();
    const was = (await instrumentOf(round1))?.i;
    // The stored aggregates stay as they are: only the definition the rounds were run with changes.
    const relabel = (instrument: string | undefined) =>
      env.DB.prepare("UPDATE rounds SET instrument_id = ? WHERE id IN (?, ?)")
        .bind(instrument, round1, round2)
        .run();
    await relabel(made.body.id);
    try {
      const after = (await plan({ teamId: f.teamA1, baselineRoundId: round1 })).followUp;
      expect(after).toMatchObject({
        polarity: "higher-worse",
        meaningful: before.meaningful,
        change: before.change,
      });
      const flipped = { better: "worse", worse: "better", unchanged: "unchanged" } as const;
      expect(after.direction).toBe(flipped[before.direction as keyof typeof flipped]);
    } finally {
      await relabel(was);
    }
  });
});
