import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let workshopId: string;
let ids: string[];

const TEXTS = ["Influence", "Colleagues", "Management", "Varied tasks", "Wellbeing", "Shop floor", "Pay"];
let keyCounter = 0;
const key = () => `test-${++keyCounter}-${Math.random().toString(36).slice(2)}`;

function vote(client: Client, code: string, body: unknown, idempotencyKey: string | null = key()) {
  return client.call(
    "POST",
    `/api/v1/vote/${code}/ballots`,
    body,
    idempotencyKey ? { "idempotency-key": idempotencyKey } : {},
  );
}

async function session(mode: "rank" | "pairwise", extra: Record<string, unknown> = {}) {
  const r = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/voting-sessions`, { mode, ...extra });
  if (r.status !== 201) throw new Error(`session: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as { id: string; code: string };
}

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  workshopId = (await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Prioritise" }))
    .body.id;
  ids = [];
  for (const text of TEXTS)
    ids.push((await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/statements`, { text })).body.id);
});

describe("POST /api/v1/workshops/:id/voting-sessions", () => {
  it("opens a session on the short list with its own join code", async () => {
    const r = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/voting-sessions`, {
      mode: "rank",
      label: "Workshop 1",
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      mode: "rank",
      status: "open",
      label: "Workshop 1",
      ballots: 0,
      statementIds: ids,
    });
    expect(r.body.code).toMatch(/^[A-Z2-9]{6}$/);
    const join = await c.anonymous.get(`/api/v1/join/${r.body.code}`);
    expect(join.body).toEqual({ type: "vote", code: r.body.code });
  });

  it("refuses a short list under 3 (409) and names bad fields (422)", async () => {
    const w = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Short" });
    await c.facilitatorA.post(`/api/v1/workshops/${w.body.id}/statements`, { text: "Only one" });
    expectProblem(
      await c.facilitatorA.post(`/api/v1/workshops/${w.body.id}/voting-sessions`, { mode: "rank" }),
      409,
    );
    const topN = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/voting-sessions`, {
      mode: "pairwise",
      topN: 3,
    });
    expectProblem(topN, 422);
    expect(fieldPaths(topN)).toEqual(["topN"]);
    const list = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/voting-sessions`, {
      mode: "rank",
      statementIds: [ids[0], ids[1], "nope"],
    });
    expectProblem(list, 422);
    expect(fieldPaths(list)).toEqual(["statementIds.2"]);
    const mode = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/voting-sessions`, {
      mode: "approval",
    });
    expectProblem(mode, 422);
    expect(fieldPaths(mode)).toEqual(["mode"]);
  });

  it("is 404 for another centre's facilitator, 403 for a researcher, 401 anonymous", async () => {
    const url = `/api/v1/workshops/${workshopId}/voting-sessions`;
    expectProblem(await c.facilitatorB.post(url, { mode: "rank" }), 404);
    expectProblem(await c.researcher.post(url, { mode: "rank" }), 403);
    expectProblem(await c.anonymous.post(url, { mode: "rank" }), 401);
    expectProblem(await c.facilitatorB.get(url), 404);
  });
});

describe("participants: GET /api/v1/vote/:code", () => {
  it("shows the session's form and statements, nothing else", async () => {
    const s = await session("rank", { topN: 3 });
    const r = await c.anonymous.get(`/api/v1/vote/${s.code}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ mode: "rank", topN: 3, places: 3, status: "open", title: "Prioritise" });
    expect(r.body.statements).toEqual(ids.map((id, i) => ({ id, text: TEXTS[i] })));
    expect(r.body.id).toBeUndefined();
  });
});

describe("POST /api/v1/vote/:code/ballots", () => {
  let rank: { id: string; code: string };
  beforeAll(async () => {
    rank = await session("rank");
  });

  it("counts a ballot (201) and a retry with the same Idempotency-Key once (200, the first receipt)", async () => {
    const k = key();
    const first = await vote(c.anonymous, rank.code, { ranking: ids }, k);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ replayed: false });
    const again = await vote(c.anonymous, rank.code, { ranking: ids }, k);
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual({ ...first.body, replayed: true });
    const results = await c.facilitatorA.get(`/api/v1/voting-sessions/${rank.id}/results`);
    expect(results.body.ballots).toBe(1);
  });

  it("refuses the same key for a different ballot (409)", async () => {
    const k = key();
    expect((await vote(c.anonymous, rank.code, { ranking: ids }, k)).status).toBe(201);
    const other = await vote(c.anonymous, rank.code, { ranking: [...ids].reverse() }, k);
    expectProblem(other, 409);
    expect(fieldPaths(other)).toEqual(["header.idempotency-key"]);
  });

  it("needs an Idempotency-Key (400 naming the header)", async () => {
    const r = await vote(c.anonymous, rank.code, { ranking: ids }, null);
    expectProblem(r, 400);
    expect(fieldPaths(r)).toEqual(["header.idempotency-key"]);
  });

  it("refuses malformed rank ballots with 422 naming the field", async () => {
    const cases: [unknown, string[]][] = [
      [{ ranking: [ids[0], ids[0], ...ids.slice(2)] }, ["ranking.1"]],
      [{ ranking: ["nope", ...ids.slice(1)] }, ["ranking.0"]],
      [{ ranking: ids.slice(0, 3) }, ["ranking"]],
      [{ comparisons: [{ winner: ids[0], loser: ids[1] }] }, ["comparisons", "ranking"]],
      [{ ranking: [1, 2, 3] }, ["ranking.0", "ranking.1", "ranking.2"]],
      [{}, ["ranking"]],
    ];
    for (const [body, paths] of cases) {
      const r = await vote(c.anonymous, rank.code, body);
      expectProblem(r, 422);
      expect(fieldPaths(r).sort()).toEqual(paths);
    }
    const bad = await c.anonymous.call("POST", `/api/v1/vote/${rank.code}/ballots`, "{not json", {
      "idempotency-key": key(),
    });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
  });

  it("takes a top-N ballot in a top-N session and refuses a full one there", async () => {
    const top3 = await session("rank", { topN: 3 });
    expect((await vote(c.anonymous, top3.code, { ranking: ids.slice(0, 3) })).status).toBe(201);
    const full = await vote(c.anonymous, top3.code, { ranking: ids });
    expectProblem(full, 422);
    expect(fieldPaths(full)).toEqual(["ranking"]);
  });

  it("refuses malformed pairwise ballots with 422 naming the field", async () => {
    const pw = await session("pairwise");
    const [a, b, x] = ids as [string, string, string];
    const cases: [unknown, string[]][] = [
      [{ comparisons: [{ winner: a, loser: a }] }, ["comparisons.0.loser"]],
      [
        {
          comparisons: [
            { winner: a, loser: b },
            { winner: b, loser: a },
          ],
        },
        ["comparisons.1"],
      ],
      [{ comparisons: [{ winner: "nope", loser: b }] }, ["comparisons.0.winner"]],
      [{ comparisons: [] }, ["comparisons"]],
      [{ ranking: ids }, ["comparisons", "ranking"]],
      [{ comparisons: [{ winner: a }] }, ["comparisons.0.loser"]],
    ];
    for (const [body, paths] of cases) {
      const r = await vote(c.anonymous, pw.code, body);
      expectProblem(r, 422);
      expect(fieldPaths(r).sort()).toEqual(paths);
    }
    const ok = await vote(c.anonymous, pw.code, {
      comparisons: [
        { winner: a, loser: b },
        { winner: x, loser: a },
      ],
    });
    expect(ok.status).toBe(201);
  });

  it("is 404 for an unknown code", async () => {
    expectProblem(await vote(c.anonymous, "ZZZZZZ", { ranking: ids }), 404);
  });
});

describe("closing a session", () => {
  it("refuses new ballots with 409 but still answers a retry of an earlier one", async () => {
    const s = await session("rank");
    const k = key();
    const first = await vote(c.anonymous, s.code, { ranking: ids }, k);
    const r = await c.facilitatorA.post(`/api/v1/voting-sessions/${s.id}/close`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: "closed", ballots: 1 });
    expect(r.body.closedAt).toBeTruthy();
    expectProblem(await vote(c.anonymous, s.code, { ranking: ids }), 409);
    const retry = await vote(c.anonymous, s.code, { ranking: ids }, k);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    expect((await c.anonymous.get(`/api/v1/vote/${s.code}`)).body.status).toBe("closed");
    expectProblem(await c.facilitatorA.post(`/api/v1/voting-sessions/${s.id}/close`), 409);
    expectProblem(await c.facilitatorB.post(`/api/v1/voting-sessions/${s.id}/close`), 404);
    expectProblem(await c.researcher.post(`/api/v1/voting-sessions/${s.id}/reopen`), 403);
    const reopened = await c.facilitatorA.post(`/api/v1/voting-sessions/${s.id}/reopen`);
    expect(reopened.body).toMatchObject({ status: "open", closedAt: null });
    expect((await vote(c.anonymous, s.code, { ranking: ids })).status).toBe(201);
  });
});

describe("GET /api/v1/voting-sessions/:id/results", () => {
  it("ranks the statements with scores 0–100, ties as ties and pTop3", async () => {
    const s = await session("rank");
    // Two ballots in opposite order: everything ties at 50.
    await vote(c.anonymous, s.code, { ranking: ids });
    await vote(c.anonymous, s.code, { ranking: [...ids].reverse() });
    const r = await c.facilitatorA.get(`/api/v1/voting-sessions/${s.id}/results`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ballots: 2, method: "borda" });
    expect(r.body.statements).toHaveLength(7);
    for (const st of r.body.statements) expect(st).toMatchObject({ score: 50, rank: 1, tied: true });
    // A third ballot breaks the tie in favour of the last statement.
    await vote(c.anonymous, s.code, { ranking: [ids[6], ...ids.slice(0, 6)] });
    const after = await c.facilitatorA.get(`/api/v1/voting-sessions/${s.id}/results`);
    expect(after.body.ballots).toBe(3);
    expect(after.body.statements[0]).toMatchObject({ id: ids[6], text: "Pay", rank: 1, tied: false });
    const ranks = after.body.statements.map((st: { rank: number }) => st.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const st of after.body.statements) {
      expect(st.score).toBeGreaterThanOrEqual(0);
      expect(st.score).toBeLessThanOrEqual(100);
      expect(st.pTop3).toBeGreaterThanOrEqual(0);
      expect(st.pTop3).toBeLessThanOrEqual(1);
    }
  });

  it("says how many phones sent the ballots (those that name their phone), beside the ranking", async () => {
    // Two ballots a phone: a pair may share one.
    const s = await session("rank", { ballotsPerPhone: 2 });
    const fromPhone = (device: string) =>
      c.anonymous.call(
        "POST",
        `/api/v1/vote/${s.code}/ballots`,
        { ranking: ids },
        {
          "idempotency-key": key(),
          "x-amica-device": device,
        },
      );
    for (const device of ["phone-aaaaaaaa", "phone-aaaaaaaa", "phone-bbbbbbbb"])
      expect((await fromPhone(device)).status).toBe(201);
    // A ballot that names no phone counts as a ballot, not as a phone.
    await vote(c.anonymous, s.code, { ranking: ids });
    const r = await c.facilitatorA.get(`/api/v1/voting-sessions/${s.id}/results`);
    expect(r.body.ballots).toBe(4);
    expect(r.body.sessions).toEqual([expect.objectContaining({ id: s.id, ballots: 4, phones: 2 })]);
  });

  it("ranks pairwise ballots with Bradley–Terry and Copeland", async () => {
    const s = await session("pairwise");
    const comparisons = ids.slice(1).map((loser) => ({ winner: ids[0], loser }));
    for (let i = 0; i < 3; i++) expect((await vote(c.anonymous, s.code, { comparisons })).status).toBe(201);
    const r = await c.facilitatorA.get(`/api/v1/voting-sessions/${s.id}/results`);
    expect(r.body).toMatchObject({ ballots: 3, method: "bradley-terry" });
    expect(r.body.statements[0]).toMatchObject({ id: ids[0], copeland: 100 });
    expect(r.body.statements[0].score).toBeLessThan(100);
    expect(r.body.statements.slice(1).every((st: { tied: boolean }) => st.tied)).toBe(true);
  });

  it("is for the centre's facilitator and the coordinator only", async () => {
    const s = await session("rank");
    const url = `/api/v1/voting-sessions/${s.id}/results`;
    expect((await c.coordinator.get(url)).status).toBe(200);
    expectProblem(await c.anonymous.get(url), 401);
    expectProblem(await c.facilitatorB.get(url), 404);
    expectProblem(await c.outsider.get(url), 404);
    expectProblem(await c.researcher.get(url), 403);
    expectProblem(await c.facilitatorA.get("/api/v1/voting-sessions/nope/results"), 404);
  });
});

describe("a participant code reaches only its own session", () => {
  it("a vote code opens no collection, a collection code takes no ballots, a code no other session", async () => {
    const w = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Codes" });
    const s = await session("rank");
    const other = await session("rank");
    expectProblem(await c.anonymous.get(`/api/v1/collect/${s.code}`), 404);
    expectProblem(
      await c.anonymous.post(`/api/v1/collect/${s.code}/statements`, { text: "x", kind: "gives" }),
      404,
    );
    expectProblem(await c.anonymous.get(`/api/v1/vote/${w.body.joinCode}`), 404);
    expectProblem(await vote(c.anonymous, w.body.joinCode, { ranking: ids }), 404);
    expect((await vote(c.anonymous, s.code, { ranking: ids })).status).toBe(201);
    const count = await env.DB.prepare("SELECT COUNT(*) AS n FROM ballots WHERE voting_session_id = ?")
      .bind(other.id)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
    // No account: a participant reaches no facilitator route with the code either.
    expectProblem(await c.anonymous.get(`/api/v1/voting-sessions/${s.id}`), 401);
    expectProblem(await c.anonymous.get(`/api/v1/workshops/${workshopId}/results`), 401);
  });
});

describe("pooling: GET /api/v1/workshops/:id/results", () => {
  let w: string;
  let a: { id: string; code: string };
  let b: { id: string; code: string };
  let statementIds: string[];

  beforeAll(async () => {
    w = (await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Pooled" })).body.id;
    statementIds = [];
    for (const text of ["One", "Two", "Three"])
      statementIds.push((await c.facilitatorA.post(`/api/v1/workshops/${w}/statements`, { text })).body.id);
    a = (await c.facilitatorA.post(`/api/v1/workshops/${w}/voting-sessions`, { mode: "rank", label: "W1" }))
      .body;
    b = (await c.facilitatorA.post(`/api/v1/workshops/${w}/voting-sessions`, { mode: "rank", label: "W2" }))
      .body;
    const [one, two, three] = statementIds as [string, string, string];
    await vote(c.anonymous, a.code, { ranking: [one, two, three] });
    await vote(c.anonymous, a.code, { ranking: [one, three, two] });
    await vote(c.anonymous, b.code, { ranking: [two, one, three] });
  });

  it("pools every session of the workshop by default", async () => {
    const r = await c.facilitatorA.get(`/api/v1/workshops/${w}/results`);
    expect(r.status).toBe(200);
    expect(r.body.ballots).toBe(3);
    expect(r.body.sessions.map((s: { label: string; ballots: number }) => [s.label, s.ballots])).toEqual([
      ["W1", 2],
      ["W2", 1],
    ]);
    // One: 2 + 2 + 1 of 2 points → 5/6; Two: 1 + 0 + 2 → 1/2; Three: 0 + 1 + 0 → 1/6.
    expect(r.body.statements.map((s: { text: string; score: number }) => [s.text, s.score])).toEqual([
      ["One", 83.33],
      ["Two", 50],
      ["Three", 16.67],
    ]);
  });

  it("pools only the sessions named, and refuses one of another workshop (400)", async () => {
    const only = await c.facilitatorA.get(`/api/v1/workshops/${w}/results?sessions=${b.id}`);
    expect(only.body.ballots).toBe(1);
    expect(only.body.statements[0].text).toBe("Two");
    const both = await c.facilitatorA.get(`/api/v1/workshops/${w}/results?sessions=${a.id},${b.id}`);
    expect(both.body.ballots).toBe(3);
    const foreign = await session("rank");
    const r = await c.facilitatorA.get(`/api/v1/workshops/${w}/results?sessions=${a.id},${foreign.id}`);
    expectProblem(r, 400);
    expect(fieldPaths(r)).toEqual(["query.sessions.1"]);
  });

  it("pools rank and pairwise sessions with Bradley–Terry", async () => {
    const p = (await c.facilitatorA.post(`/api/v1/workshops/${w}/voting-sessions`, { mode: "pairwise" }))
      .body;
    const [one, two, three] = statementIds as [string, string, string];
    await vote(c.anonymous, p.code, {
      comparisons: [
        { winner: one, loser: three },
        { winner: two, loser: three },
      ],
    });
    const r = await c.facilitatorA.get(`/api/v1/workshops/${w}/results`);
    expect(r.body).toMatchObject({ ballots: 4, method: "bradley-terry" });
    expect(r.body.statements.map((s: { text: string }) => s.text)).toEqual(["One", "Two", "Three"]);
    expectProblem(await c.facilitatorB.get(`/api/v1/workshops/${w}/results`), 404);
  });
});
