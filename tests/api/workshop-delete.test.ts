import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteWorkshop } from "../../api/routes/workshops/workshop-delete.service.ts";
import { type Client, clients, expectProblem, type Fixture, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;

const count = async (sql: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${sql}`)
      .bind(...values)
      .first<{ n: number }>()
  )?.n;

/** A workshop of centre A with collected statements, a short list grouping them, and two sessions. */
async function workshopWithEverything(who: Client = c.facilitatorA, roundId?: string) {
  const w = await who.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "To delete", roundId });
  if (w.status !== 201) throw new Error(JSON.stringify(w.body));
  const id: string = w.body.id;
  const collected: string[] = [];
  for (const text of ["Meetings run late", "Kind colleagues"]) {
    const r = await c.anonymous.post(`/api/v1/collect/${w.body.joinCode}/statements`, {
      text,
      kind: "takes",
    });
    if (r.status !== 201) throw new Error(`collect: ${r.status} ${JSON.stringify(r.body)}`);
    collected.push(r.body.id);
  }
  const shortList: string[] = [];
  for (const [i, text] of ["Meetings", "Colleagues", "Breaks"].entries()) {
    const r = await who.post(`/api/v1/workshops/${id}/statements`, {
      text,
      ...(collected[i] ? { mergedFrom: [collected[i]] } : {}),
    });
    if (r.status !== 201) throw new Error(JSON.stringify(r.body));
    shortList.push(r.body.id);
  }
  const sessions: { id: string; code: string }[] = [];
  for (const label of ["Morning", "Evening"]) {
    const r = await who.post(`/api/v1/workshops/${id}/voting-sessions`, { mode: "rank", label });
    if (r.status !== 201) throw new Error(JSON.stringify(r.body));
    sessions.push(r.body);
  }
  await who.post(`/api/v1/voting-sessions/${sessions[1]?.id}/close`);
  return { id, joinCode: w.body.joinCode as string, shortList, sessions };
}

/** Everything of the workshop, counted: what a refused or failed delete must leave as it was. */
async function snapshot(workshopId: string) {
  return {
    workshops: await count("workshops WHERE id = ?", workshopId),
    statements: await count("statements WHERE workshop_id = ?", workshopId),
    sessions: await count("voting_sessions WHERE workshop_id = ?", workshopId),
    ballots: await count(
      "ballots WHERE voting_session_id IN (SELECT id FROM voting_sessions WHERE workshop_id = ?)",
      workshopId,
    ),
    plans: await count("action_plans WHERE workshop_id = ?", workshopId),
    audit: await count("audit_log WHERE action = 'workshop.delete' AND target_id = ?", workshopId),
  };
}

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("DELETE /api/v1/workshops/:workshopId", () => {
  it("deletes the workshop with its statements, voting sessions and codes, and writes an audit entry", async () => {
    const w = await workshopWithEverything();
    // A participant's statement leaves a throttle counter keyed by the join code.
    expect(await count("rate_limits WHERE key = ?", `collect:code:${w.joinCode}`)).toBe(1);
    expect(await snapshot(w.id)).toMatchObject({ workshops: 1, statements: 5, sessions: 2, ballots: 0 });

    const r = await c.facilitatorA.delete(`/api/v1/workshops/${w.id}`);
    expect(r.status).toBe(204);
    expect(r.body).toBe("");

    expect(await snapshot(w.id)).toEqual({
      workshops: 0,
      statements: 0,
      sessions: 0,
      ballots: 0,
      plans: 0,
      audit: 1,
    });
    expect(await count("rate_limits WHERE key = ?", `collect:code:${w.joinCode}`)).toBe(0);
    const audit = await env.DB.prepare(
      "SELECT user_id, network_id, target_type, detail FROM audit_log WHERE action = 'workshop.delete' AND target_id = ?",
    )
      .bind(w.id)
      .first<{ user_id: string; network_id: string; target_type: string; detail: string }>();
    expect(audit).toMatchObject({ network_id: f.networkId, target_type: "workshop" });
    expect(audit?.user_id).toBeTruthy();
    expect(JSON.parse(audit?.detail ?? "null")).toEqual({
      title: "To delete",
      centreId: f.centreA,
      stage: "collect",
      statements: 5,
      votingSessions: 2,
    });

    expectProblem(await c.facilitatorA.get(`/api/v1/workshops/${w.id}`), 404);
    expectProblem(await c.facilitatorA.delete(`/api/v1/workshops/${w.id}`), 404);
    const list = await c.facilitatorA.get(`/api/v1/centres/${f.centreA}/workshops`);
    expect(list.body.map((x: { id: string }) => x.id)).not.toContain(w.id);
    // The codes open nothing any more.
    expectProblem(await c.anonymous.get(`/api/v1/join/${w.joinCode}`), 404);
    for (const s of w.sessions) {
      expectProblem(await c.anonymous.get(`/api/v1/vote/${s.code}`), 404);
      expectProblem(await c.facilitatorA.get(`/api/v1/voting-sessions/${s.id}`), 404);
    }
    for (const id of w.shortList) expectProblem(await c.facilitatorA.delete(`/api/v1/statements/${id}`), 404);
  });

  it("lets the network's coordinator delete a centre's workshop", async () => {
    const w = await workshopWithEverything();
    expect((await c.coordinator.delete(`/api/v1/workshops/${w.id}`)).status).toBe(204);
    expect(await snapshot(w.id)).toMatchObject({ workshops: 0, statements: 0, sessions: 0, audit: 1 });
  });

  it("refuses with 409 once a ballot is cast, saying why, and changes nothing", async () => {
    const w = await workshopWithEverything();
    const session = w.sessions[0] as { code: string };
    const ballot = await c.anonymous.call(
      "POST",
      `/api/v1/vote/${session.code}/ballots`,
      { ranking: w.shortList },
      { "idempotency-key": "delete-test-ballot" },
    );
    expect(ballot.status).toBe(201);
    const before = await snapshot(w.id);

    const r = await c.facilitatorA.delete(`/api/v1/workshops/${w.id}`);
    expectProblem(r, 409);
    expect(r.body.code).toBe("workshop-has-record");
    expect(r.body.detail).toMatch(/1 ballot was cast/);
    expect(r.body.detail).toMatch(/the centre's record/);

    expect(await snapshot(w.id)).toEqual(before);
    expect(before).toMatchObject({ workshops: 1, statements: 5, sessions: 2, ballots: 1, audit: 0 });
    expect((await c.anonymous.get(`/api/v1/vote/${session.code}`)).status).toBe(200);
    // The coordinator is refused alike.
    expectProblem(await c.coordinator.delete(`/api/v1/workshops/${w.id}`), 409);
  });

  it("refuses with 409 once an action plan is written from it, and changes nothing", async () => {
    const w = await workshopWithEverything();
    const plan = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/action-plans`, {
      title: "Shorter meetings",
      workshopId: w.id,
      statementId: w.shortList[0],
      priority: 1,
    });
    expect(plan.status).toBe(201);
    const before = await snapshot(w.id);

    const r = await c.facilitatorA.delete(`/api/v1/workshops/${w.id}`);
    expectProblem(r, 409);
    expect(r.body.detail).toMatch(/1 action plan was written from it/);
    expect(await snapshot(w.id)).toEqual(before);
    expect((await c.facilitatorA.get(`/api/v1/action-plans/${plan.body.id}`)).body).toMatchObject({
      workshopId: w.id,
      statementId: w.shortList[0],
    });

    // A plan that lost its workshop link but still works on one of its statements counts too.
    await c.facilitatorA.patch(`/api/v1/action-plans/${plan.body.id}`, { workshopId: null });
    expect(await count("action_plans WHERE id = ? AND workshop_id IS NULL", plan.body.id)).toBe(1);
    expectProblem(await c.facilitatorA.delete(`/api/v1/workshops/${w.id}`), 409);
    expect(await count("statements WHERE workshop_id = ?", w.id)).toBe(5);

    // With the plan deleted on its own, the workshop may go.
    expect((await c.facilitatorA.delete(`/api/v1/action-plans/${plan.body.id}`)).status).toBe(204);
    expect((await c.facilitatorA.delete(`/api/v1/workshops/${w.id}`)).status).toBe(204);
  });

  it("changes nothing when a ballot arrives between the check and the batch", async () => {
    const w = await workshopWithEverything();
    const session = w.sessions[0] as { id: string };
    // The ballot lands after deleteWorkshop has found the workshop free of ballots, before its batch.
    const racing = new Proxy(env.DB, {
      get(target, prop) {
        if (prop === "batch")
          return async (statements: D1PreparedStatement[]) => {
            await target
              .prepare(
                "INSERT INTO ballots (id, voting_session_id, idempotency_key, payload) VALUES ('race-ballot', ?, 'race', ?)",
              )
              .bind(session.id, JSON.stringify(w.shortList))
              .run();
            return target.batch(statements);
          };
        const value = Reflect.get(target, prop);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const before = await snapshot(w.id);
    const p = { kind: "user" as const, userId: "racer", sessionId: "s", grants: [] };
    const row = {
      id: w.id,
      centreId: f.centreA,
      networkId: f.networkId,
      roundId: null,
      title: "To delete",
      stage: "collect" as const,
      joinCode: w.joinCode,
    };
    await expect(deleteWorkshop(racing, p, row)).rejects.toMatchObject({
      status: 409,
      detail: expect.stringMatching(/1 ballot was cast/),
    });
    expect(await snapshot(w.id)).toEqual({ ...before, ballots: 1 });
  });

  it("is 404 for another centre's facilitator and outsiders, 403 for a researcher, 401 anonymous", async () => {
    const w = await workshopWithEverything();
    const before = await snapshot(w.id);
    expectProblem(await c.facilitatorB.delete(`/api/v1/workshops/${w.id}`), 404);
    expectProblem(await c.outsider.delete(`/api/v1/workshops/${w.id}`), 404);
    expectProblem(await c.researcher.delete(`/api/v1/workshops/${w.id}`), 403);
    expectProblem(await c.anonymous.delete(`/api/v1/workshops/${w.id}`), 401);
    expect(await snapshot(w.id)).toEqual(before);
    expectProblem(await c.facilitatorA.delete("/api/v1/workshops/no-such-workshop"), 404);
  });

  it("takes the workshop out of the cycle guide", async () => {
    const round = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      label: "Delete cycle",
      opensOn: "2033-03-01",
      closesOn: "2033-03-31",
      centreIds: [f.centreA],
    });
    expect(round.status).toBe(201);
    const w = await workshopWithEverything(c.facilitatorA, round.body.id);
    const guide = async () => {
      const r = await c.facilitatorA.get(`/api/v1/centres/${f.centreA}/cycle?roundId=${round.body.id}`);
      expect(r.status).toBe(200);
      const step = r.body.steps.find((s: { key: string }) => s.key === "workshops");
      return {
        status: step.status as string,
        collected: step.checks.find((k: { key: string }) => k.key === "statements-collected"),
        prioritised: step.checks.find((k: { key: string }) => k.key === "priorities-set"),
      };
    };
    const before = await guide();
    expect(before.status).toBe("done");
    expect(before.collected).toMatchObject({ done: true, count: 1 });

    expect((await c.facilitatorA.delete(`/api/v1/workshops/${w.id}`)).status).toBe(204);
    const after = await guide();
    expect(after.status).toBe("to-do");
    expect(after.collected).toMatchObject({ done: false });
    expect(after.prioritised).toMatchObject({ done: false });
  });
});
