import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let r1: string;
let r2: string;

async function round(label: string, opensOn: string, closesOn: string): Promise<string> {
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label,
    opensOn,
    closesOn,
    centreIds: [f.centreA, f.centreB],
  });
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return r.body.id;
}
async function advance(roundId: string, ...actions: ("open" | "close" | "publish")[]) {
  for (const a of actions) {
    const r = await c.coordinator.post(`/api/v1/rounds/${roundId}/${a}`);
    if (r.status !== 200) throw new Error(`${a}: ${JSON.stringify(r.body)}`);
  }
}
const run = (sql: string, ...values: unknown[]) =>
  env.DB.prepare(sql)
    .bind(...values)
    .run();

async function guide(who: Client, centreId: string, roundId: string) {
  const r = await who.get(`/api/v1/centres/${centreId}/cycle?roundId=${roundId}`);
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  const checks = Object.fromEntries(
    r.body.steps.flatMap((s: { checks: { key: string; done: boolean }[] }) =>
      s.checks.map((k) => [k.key, k.done]),
    ),
  );
  const steps = Object.fromEntries(
    r.body.steps.map((s: { key: string; status: string }) => [s.key, s.status]),
  );
  return { body: r.body, checks, steps };
}

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  r1 = await round("Round 2031", "2031-03-01", "2031-03-31");
  r2 = await round("Round 2032", "2032-03-01", "2032-03-31");
});

describe("the cycle guide moves as the data changes", () => {
  it("starts with every step to do and the coordinator's round to close", async () => {
    const g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.body.round).toMatchObject({ id: r1, status: "draft" });
    expect(g.body.nextRound).toMatchObject({ id: r2 });
    expect(g.body.steps.map((s: { key: string }) => s.key)).toEqual([
      "survey",
      "results",
      "seminar",
      "workshops",
      "action-plans",
      "follow-up",
    ]);
    expect(Object.values(g.steps).every((s) => s === "to-do")).toBe(true);
    expect(g.body.stepsDone).toBe(0);
    expect(g.body.next).toMatchObject({ step: "survey", check: "round-closed", actor: "coordinator" });
    expect(g.body.centre).toEqual({ id: f.centreA, name: "Centre A", pseudonym: "C01" });
  });

  it("round closed, then report published, then the results meeting held and dated", async () => {
    await advance(r1, "open", "close");
    let g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.steps.survey).toBe("done");
    expect(g.body.next.check).toBe("report-published");

    await advance(r1, "publish");
    g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.steps.results).toBe("in-progress");
    expect(g.body.next).toMatchObject({
      step: "results",
      check: "results-meeting-held",
      actor: "facilitator",
      href: `/centres/${f.centreA}/rounds/${r1}/results-meeting`,
    });

    const m = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/results-meetings`, {
      roundId: r1,
      heldOn: "2031-04-10",
      attendees: 24,
      attentionPoints: ["work-pace", "stress"],
      decisions: "Work on the queue display",
    });
    expect(m.status).toBe(201);
    g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.steps.results).toBe("done");
    const held = g.body.steps[1].checks[1];
    expect(held).toMatchObject({ key: "results-meeting-held", done: true, on: "2031-04-10" });
    expect(g.body.next.check).toBe("seminar-attended");
  });

  it("seminar attended once the centre has a contribution at a seminar in the cycle", async () => {
    const early = await c.coordinator.post(`/api/v1/networks/${f.networkId}/seminars`, {
      title: "Before the round",
      startsOn: "2030-10-01",
    });
    await c.facilitatorA.post(`/api/v1/seminars/${early.body.id}/contributions`, {
      kind: "presented",
      text: "x",
    });
    expect((await guide(c.facilitatorA, f.centreA, r1)).checks["seminar-attended"]).toBe(false);

    const s = await c.coordinator.post(`/api/v1/networks/${f.networkId}/seminars`, {
      title: "Autumn seminar",
      startsOn: "2031-10-09",
    });
    await c.facilitatorA.post(`/api/v1/seminars/${s.body.id}/contributions`, {
      kind: "took-home",
      text: "Health conversations",
    });
    const g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.steps.seminar).toBe("done");
    expect(g.body.steps[2].checks[0].on).toBe("2031-10-09");
  });

  it("seminar attended also where the coordinator lists the centre as taking part, without a contribution", async () => {
    expect((await guide(c.facilitatorB, f.centreB, r1)).checks["seminar-attended"]).toBe(false);
    const s = await c.coordinator.post(`/api/v1/networks/${f.networkId}/seminars`, {
      title: "Winter seminar",
      startsOn: "2031-12-02",
      centreIds: [f.centreB],
    });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    const g = await guide(c.facilitatorB, f.centreB, r1);
    expect(g.checks["seminar-attended"]).toBe(true);
    expect(g.body.steps[2].checks[0].on).toBe("2031-12-02");
  });

  it("workshops run: statements collected, then priorities set", async () => {
    await run(
      "INSERT INTO workshops (id, centre_id, round_id, title) VALUES ('ws-1', ?, ?, 'Job satisfaction session')",
      f.centreA,
      r1,
    );
    let g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.steps.workshops).toBe("to-do");
    await run(
      "INSERT INTO statements (id, workshop_id, text, kind, source) VALUES ('st-1', 'ws-1', 'Influence on my day', 'gives', 'participant')",
    );
    g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.steps.workshops).toBe("in-progress");
    expect(g.body.steps[3].checks[0]).toMatchObject({ key: "statements-collected", done: true, count: 1 });
    await run(
      "INSERT INTO voting_sessions (id, workshop_id, mode, code, status, closed_at) VALUES ('vs-1', 'ws-1', 'rank', 'CODE1', 'closed', '2031-11-01T10:00:00.000Z')",
    );
    g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.steps.workshops).toBe("done");
    expect(g.body.steps[3].checks[1]).toMatchObject({
      key: "priorities-set",
      on: "2031-11-01T10:00:00.000Z",
    });
    expect(g.body.next).toMatchObject({ step: "action-plans", check: "plans-written" });
  });

  it("plans written: from this cycle's workshops, or unlinked and made before the next round", async () => {
    await run(
      "INSERT INTO action_plans (id, centre_id, title, created_at) VALUES ('plan-later', ?, 'Belongs to 2032', '2032-04-01T00:00:00.000Z')",
      f.centreA,
    );
    expect((await guide(c.facilitatorA, f.centreA, r1)).checks["plans-written"]).toBe(false);
    await run(
      "INSERT INTO action_plans (id, centre_id, workshop_id, title, scale_key) VALUES ('plan-1', ?, 'ws-1', 'Queue display off', 'work-pace')",
      f.centreA,
    );
    await run(
      "INSERT INTO action_plans (id, centre_id, title, created_at) VALUES ('plan-2', ?, 'Breaks', '2031-12-01T00:00:00.000Z')",
      f.centreA,
    );
    // A baseline round says it outright, whatever the dates.
    await run(
      "INSERT INTO action_plans (id, centre_id, title, baseline_round_id, created_at) VALUES ('plan-3', ?, 'Late', ?, '2032-06-01T00:00:00.000Z')",
      f.centreA,
      r1,
    );
    const g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.steps["action-plans"]).toBe("done");
    expect(g.body.steps[4].checks[0].count).toBe(3);
    expect(g.body.next).toMatchObject({
      step: "follow-up",
      check: "next-round-published",
      actor: "coordinator",
    });
  });

  it("follow-up: the next round published and its results meeting held completes the cycle", async () => {
    await advance(r2, "open", "close", "publish");
    let g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.steps["follow-up"]).toBe("in-progress");
    expect(g.body.next.href).toBe(`/centres/${f.centreA}/rounds/${r2}/results-meeting`);
    await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/results-meetings`, {
      roundId: r2,
      heldOn: "2032-04-20",
    });
    g = await guide(c.facilitatorA, f.centreA, r1);
    expect(g.body.stepsDone).toBe(6);
    expect(g.body.next).toBeNull();
    // The new round's own cycle has begun: its plans so far are the unlinked one made after it opened.
    const next = await guide(c.facilitatorA, f.centreA, r2);
    expect(next.body.nextRound).toBeNull();
    expect(next.checks["results-meeting-held"]).toBe(true);
    expect(next.body.steps[4].checks[0].count).toBe(1);
  });

  it("points past a step the centre skipped: the next thing after the furthest one done", async () => {
    await run(
      "INSERT INTO workshops (id, centre_id, title, created_at) VALUES ('ws-b', ?, 'B session', '2031-05-01T00:00:00.000Z')",
      f.centreB,
    );
    await run(
      "INSERT INTO statements (id, workshop_id, text, source) VALUES ('st-b', 'ws-b', 'Pay', 'facilitator')",
    );
    const g = await guide(c.facilitatorB, f.centreB, r1);
    expect(g.checks["results-meeting-held"]).toBe(false);
    expect(g.checks["statements-collected"]).toBe(true);
    expect(g.body.next.check).toBe("priorities-set");
  });

  it("opens on the latest round that has opened when no round is asked for", async () => {
    const r = await c.facilitatorA.get(`/api/v1/centres/${f.centreA}/cycle`);
    expect(r.status).toBe(200);
    expect(r.body.round.id).toBe(r2);
  });
});

describe("GET /api/v1/centres/:centreId/cycle: access", () => {
  it("is for the coordinator and the centre's facilitator", async () => {
    expect((await c.coordinator.get(`/api/v1/centres/${f.centreA}/cycle?roundId=${r1}`)).status).toBe(200);
    expectProblem(await c.facilitatorB.get(`/api/v1/centres/${f.centreA}/cycle?roundId=${r1}`), 404);
    expectProblem(await c.researcher.get(`/api/v1/centres/${f.centreA}/cycle?roundId=${r1}`), 403);
    expectProblem(await c.outsider.get(`/api/v1/centres/${f.centreA}/cycle?roundId=${r1}`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/centres/${f.centreA}/cycle?roundId=${r1}`), 401);
    expectProblem(await c.coordinator.get("/api/v1/centres/unknown/cycle"), 404);
  });
  it("is 404 for a round the centre is not in, 400 naming a bad query value", async () => {
    const other = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      label: "B only",
      opensOn: "2033-03-01",
      closesOn: "2033-03-31",
      centreIds: [f.centreB],
    });
    expectProblem(
      await c.coordinator.get(`/api/v1/centres/${f.centreA}/cycle?roundId=${other.body.id}`),
      404,
    );
    expectProblem(await c.coordinator.get(`/api/v1/centres/${f.centreA}/cycle?roundId=unknown`), 404);
    const bad = await c.coordinator.get(`/api/v1/centres/${f.centreA}/cycle?roundId=`);
    expectProblem(bad, 400);
    expect(fieldPaths(bad)).toEqual(["query.roundId"]);
  });
});

describe("GET /api/v1/networks/:networkId/cycle", () => {
  it("gives the coordinator every centre's progress in one table", async () => {
    const r = await c.coordinator.get(`/api/v1/networks/${f.networkId}/cycle?roundId=${r1}`);
    expect(r.status).toBe(200);
    expect(r.body.round.id).toBe(r1);
    expect(
      r.body.centres.map((x: { centre: { name: string }; stepsDone: number }) => [
        x.centre.name,
        x.stepsDone,
      ]),
    ).toEqual([
      ["Centre A", 6],
      // The round, and the winter seminar the coordinator listed it at.
      ["Centre B", 2],
    ]);
  });
  it("is 403 for a facilitator or researcher, 404 outside or for another network's round, 401 anonymous", async () => {
    expectProblem(await c.facilitatorA.get(`/api/v1/networks/${f.networkId}/cycle`), 403);
    expectProblem(await c.researcher.get(`/api/v1/networks/${f.networkId}/cycle`), 403);
    expectProblem(await c.outsider.get(`/api/v1/networks/${f.networkId}/cycle`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/networks/${f.networkId}/cycle`), 401);
    expectProblem(await c.outsider.get(`/api/v1/networks/${f.otherNetworkId}/cycle?roundId=${r1}`), 404);
  });
});

describe("results meetings", () => {
  const url = () => `/api/v1/centres/${f.centreA}/results-meetings`;
  it("lists a centre's meetings, newest first, filtered by round", async () => {
    const all = await c.facilitatorA.get(url());
    expect(all.status).toBe(200);
    expect(all.body.map((m: { heldOn: string }) => m.heldOn)).toEqual(["2032-04-20", "2031-04-10"]);
    expect(all.body[1]).toMatchObject({ attendees: 24, attentionPoints: ["work-pace", "stress"] });
    const one = await c.coordinator.get(`${url()}?roundId=${r1}`);
    expect(one.body).toHaveLength(1);
  });
  it("names the bad fields: date, attendees, scales not in the round's instrument, a round the centre was not in", async () => {
    const r = await c.facilitatorA.post(url(), { roundId: r1, heldOn: "2031-13-01", attendees: -1 });
    expectProblem(r, 422);
    expect(fieldPaths(r).sort()).toEqual(["attendees", "heldOn"]);
    const scales = await c.facilitatorA.post(url(), {
      roundId: r1,
      heldOn: "2031-04-11",
      attentionPoints: ["work-pace", "no-such-scale"],
    });
    expectProblem(scales, 422);
    expect(fieldPaths(scales)).toEqual(["attentionPoints.1"]);
    const early = await c.facilitatorA.post(url(), { roundId: r1, heldOn: "2030-01-01" });
    expectProblem(early, 422);
    expect(fieldPaths(early)).toEqual(["heldOn"]);
    const other = await c.facilitatorA.post(url(), { roundId: "unknown", heldOn: "2031-04-11" });
    expectProblem(other, 422);
    expect(fieldPaths(other)).toEqual(["roundId"]);
  });
  it("is 409 before the round has results", async () => {
    const draft = await round("Draft", "2034-03-01", "2034-03-31");
    expectProblem(await c.facilitatorA.post(url(), { roundId: draft, heldOn: "2034-04-01" }), 409);
  });
  it("is 404 for another centre's facilitator, 403 for a researcher, 401 anonymous", async () => {
    const body = { roundId: r1, heldOn: "2031-04-12" };
    expectProblem(await c.facilitatorB.post(url(), body), 404);
    expectProblem(await c.facilitatorB.get(url()), 404);
    expectProblem(await c.researcher.post(url(), body), 403);
    expectProblem(await c.researcher.get(url()), 403);
    expectProblem(await c.outsider.get(url()), 404);
    expectProblem(await c.anonymous.post(url(), body), 401);
    expectProblem(await c.coordinator.get("/api/v1/centres/unknown/results-meetings"), 404);
  });
  it("GET, PATCH and DELETE one meeting", async () => {
    const made = await c.coordinator.post(url(), {
      roundId: r1,
      heldOn: "2031-05-01",
      decisions: "Extra meeting",
    });
    expect(made.status).toBe(201);
    const one = `/api/v1/results-meetings/${made.body.id}`;
    expect((await c.facilitatorA.get(one)).body.decisions).toBe("Extra meeting");
    expectProblem(await c.facilitatorB.get(one), 404);
    expectProblem(await c.researcher.get(one), 403);
    const r = await c.facilitatorA.patch(one, { attendees: 12, attentionPoints: ["influence"] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ attendees: 12, attentionPoints: ["influence"], heldOn: "2031-05-01" });
    const bad = await c.facilitatorA.patch(one, { attentionPoints: ["nope"] });
    expectProblem(bad, 422);
    expect(fieldPaths(bad)).toEqual(["attentionPoints.0"]);
    expectProblem(await c.facilitatorA.patch(one, {}), 422);
    expectProblem(await c.facilitatorB.patch(one, { attendees: 1 }), 404);
    expectProblem(await c.facilitatorB.delete(one), 404);
    expect((await c.facilitatorA.delete(one)).status).toBe(204);
    expectProblem(await c.facilitatorA.get(one), 404);
  });
});
