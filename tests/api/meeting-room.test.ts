/**
 * The meeting room: moderation (hiding and deleting statements, audited), ballots that mean a
 * choice (blank ones refused), ballots per phone, one join code through the stages.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let keyCounter = 0;
const key = () => `room-${++keyCounter}-${Math.random().toString(36).slice(2)}`;

function vote(client: Client, code: string, body: unknown, device?: string) {
  return client.call("POST", `/api/v1/vote/${code}/ballots`, body, {
    "idempotency-key": key(),
    ...(device ? { "x-amica-device": device } : {}),
  });
}

async function workshop(title: string, shortList: string[] = []) {
  const w = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title });
  const ids: string[] = [];
  for (const text of shortList)
    ids.push((await c.facilitatorA.post(`/api/v1/workshops/${w.body.id}/statements`, { text })).body.id);
  return { id: w.body.id as string, code: w.body.joinCode as string, ids };
}

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("hiding and deleting statements", () => {
  it("hides a collected statement (audited), keeps it out of condensing, and restores it", async () => {
    const w = await workshop("Moderation");
    const sent = await c.anonymous.post(`/api/v1/collect/${w.code}/statements`, {
      text: "Named colleague",
      kind: "takes",
    });
    expect(sent.status).toBe(201);
    const hide = await c.facilitatorA.patch(`/api/v1/statements/${sent.body.id}`, { hidden: true });
    expect(hide.status).toBe(200);
    expect(hide.body).toMatchObject({ id: sent.body.id, hidden: true });
    const listed = await c.facilitatorA.get(`/api/v1/workshops/${w.id}/statements`);
    expect(listed.body.find((s: { id: string }) => s.id === sent.body.id)).toMatchObject({ hidden: true });
    const audit = await env.DB.prepare(
      "SELECT user_id AS who FROM audit_log WHERE action = 'statement.hide' AND target_id = ?",
    )
      .bind(sent.body.id)
      .first<{ who: string }>();
    expect(audit?.who).toBeTruthy();
    // A hidden statement is not condensed into the short list.
    const merge = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/statements`, {
      text: "Merged",
      mergedFrom: [sent.body.id],
    });
    expectProblem(merge, 422);
    expect(fieldPaths(merge)).toEqual(["mergedFrom.0"]);
    const show = await c.facilitatorA.patch(`/api/v1/statements/${sent.body.id}`, { hidden: false });
    expect(show.body.hidden).toBe(false);
    expect(
      await env.DB.prepare(
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'statement.show' AND target_id = ?",
      )
        .bind(sent.body.id)
        .first<{ n: number }>(),
    ).toEqual({ n: 1 });
    expectProblem(await c.facilitatorB.patch(`/api/v1/statements/${sent.body.id}`, { hidden: true }), 404);
  });

  it("deletes a collected statement, audited", async () => {
    const w = await workshop("Deleting");
    const sent = await c.anonymous.post(`/api/v1/collect/${w.code}/statements`, {
      text: "Oops",
      kind: "gives",
    });
    expect((await c.facilitatorA.delete(`/api/v1/statements/${sent.body.id}`)).status).toBe(204);
    const row = await env.DB.prepare("SELECT 1 FROM statements WHERE id = ?").bind(sent.body.id).first();
    expect(row).toBeNull();
    const audit = await env.DB.prepare(
      "SELECT 1 AS n FROM audit_log WHERE action = 'statement.delete' AND target_id = ?",
    )
      .bind(sent.body.id)
      .first();
    expect(audit).not.toBeNull();
  });

  it("never puts a hidden statement on a ballot; one on a ballot cannot be hidden", async () => {
    const w = await workshop("Hidden ballot", ["A", "B", "C", "D"]);
    const hidden = w.ids[3] as string;
    await c.facilitatorA.patch(`/api/v1/statements/${hidden}`, { hidden: true });
    const s = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    expect(s.status).toBe(201);
    expect(s.body.statementIds).toEqual(w.ids.slice(0, 3));
    const view = await c.anonymous.get(`/api/v1/vote/${s.body.code}`);
    expect(view.body.statements.map((x: { id: string }) => x.id)).not.toContain(hidden);
    const withHidden = await vote(c.anonymous, s.body.code, { ranking: [...w.ids.slice(0, 3), hidden] });
    expectProblem(withHidden, 422);
    const named = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, {
      mode: "rank",
      statementIds: w.ids,
    });
    expectProblem(named, 422);
    expect(fieldPaths(named)).toEqual(["statementIds.3"]);
    const inUse = await c.facilitatorA.patch(`/api/v1/statements/${w.ids[0]}`, { hidden: true });
    expectProblem(inUse, 409);
    expect(inUse.body.reason).toBe("statement-in-use");
  });
});

describe("ballots that mean a choice", () => {
  it("refuses blank ballots: no ranking, an empty one, a partial one", async () => {
    const w = await workshop("Blank", ["A", "B", "C"]);
    const s = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    for (const body of [{}, { ranking: [] }, { ranking: [w.ids[0]] }]) {
      const r = await vote(c.anonymous, s.body.code, body);
      expectProblem(r, 422);
      expect(fieldPaths(r)[0]).toBe("ranking");
    }
    const pairs = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, {
      mode: "pairwise",
    });
    expectProblem(await vote(c.anonymous, pairs.body.code, { comparisons: [] }), 422);
    const results = await c.facilitatorA.get(`/api/v1/voting-sessions/${s.body.id}/results`);
    expect(results.body.ballots).toBe(0);
  });
});

describe("ballots per phone", () => {
  it("takes one ballot per phone by default and shows the facilitator shared phones", async () => {
    const w = await workshop("Phones", ["A", "B", "C"]);
    const one = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    expect(one.body).toMatchObject({ ballotsPerPhone: 1, phones: 0, sharedPhones: [] });
    expect((await vote(c.anonymous, one.body.code, { ranking: w.ids }, "phone-aaaa")).status).toBe(201);
    const second = await vote(c.anonymous, one.body.code, { ranking: [...w.ids].reverse() }, "phone-aaaa");
    expectProblem(second, 409);
    expect(second.body.reason).toBe("phone-limit");
    expect((await vote(c.anonymous, one.body.code, { ranking: w.ids }, "phone-bbbb")).status).toBe(201);

    const shared = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, {
      mode: "rank",
      ballotsPerPhone: 3,
    });
    expect((await c.anonymous.get(`/api/v1/vote/${shared.body.code}`)).body.ballotsPerPhone).toBe(3);
    for (let i = 0; i < 3; i++)
      expect((await vote(c.anonymous, shared.body.code, { ranking: w.ids }, "phone-cccc")).status).toBe(201);
    expectProblem(await vote(c.anonymous, shared.body.code, { ranking: w.ids }, "phone-cccc"), 409);
    await vote(c.anonymous, shared.body.code, { ranking: w.ids }, "phone-dddd");
    const seen = await c.facilitatorA.get(`/api/v1/voting-sessions/${shared.body.id}`);
    expect(seen.body).toMatchObject({ ballots: 4, phones: 2, sharedPhones: [3], ballotsPerPhone: 3 });
    const bad = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, {
      mode: "rank",
      ballotsPerPhone: 0,
    });
    expectProblem(bad, 422);
    expect(fieldPaths(bad)).toEqual(["ballotsPerPhone"]);
  });
});

describe("one join code per workshop", () => {
  it("takes a phone from collecting to the open session and back", async () => {
    const w = await workshop("One code", ["A", "B", "C"]);
    expect((await c.anonymous.get(`/api/v1/join/${w.code}`)).body).toEqual({
      type: "collect",
      code: w.code,
      stage: "collect",
    });
    await c.facilitatorA.patch(`/api/v1/workshops/${w.id}`, { stage: "prioritise" });
    expect((await c.anonymous.get(`/api/v1/join/${w.code}`)).body).toEqual({
      type: "wait",
      code: w.code,
      stage: "prioritise",
    });
    const s = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    expect((await c.anonymous.get(`/api/v1/join/${w.code}`)).body).toEqual({
      type: "vote",
      code: s.body.code,
      stage: "prioritise",
    });
    const late = await c.anonymous.post(`/api/v1/collect/${w.code}/statements`, {
      text: "late",
      kind: "gives",
    });
    expectProblem(late, 409);
    expect(late.body.reason).toBe("collecting-ended");
    expect(late.body.type).toMatch(/conflict/);
    const back = await c.facilitatorA.patch(`/api/v1/workshops/${w.id}`, { stage: "collect" });
    expect(back.body.joinCode).toBe(w.code);
    expect((await c.anonymous.get(`/api/v1/join/${w.code}`)).body.type).toBe("collect");
  });
});
