import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { Client, clients, type Fixture, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let ids: string[];
let session: { id: string; code: string };

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  const w = (await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Busy room" })).body
    .id;
  ids = [];
  for (const text of ["A", "B", "C", "D", "E", "F", "G"])
    ids.push((await c.facilitatorA.post(`/api/v1/workshops/${w}/statements`, { text })).body.id);
  session = (await c.facilitatorA.post(`/api/v1/workshops/${w}/voting-sessions`, { mode: "rank" })).body;
});

/** Ballot i: the first statement first for most pairs, the rest rotated. */
const ballot = (i: number) => {
  const rest = ids.slice(1);
  const rotated = [...rest.slice(i % 6), ...rest.slice(0, i % 6)];
  return { ranking: i % 4 ? [ids[0], ...rotated] : [...rotated, ids[0]] };
};

describe("200 ballots at once", () => {
  it("counts every ballot exactly once, retries (some racing the first attempt) included", async () => {
    const send = (i: number) =>
      new Client().call("POST", `/api/v1/vote/${session.code}/ballots`, ballot(i), {
        "idempotency-key": `pair-${i}`,
      });
    const attempts = Array.from({ length: 200 }, (_, i) => i).map(async (i) =>
      // Every tenth pair's phone retries at once (a double tap); every seventh retries after the first answer.
      i % 10 === 0
        ? Promise.all([send(i), send(i)])
        : i % 7 === 0
          ? [await send(i), await send(i)]
          : [await send(i)],
    );
    const replies = (await Promise.all(attempts)).flat();
    expect(replies).toHaveLength(200 + 20 + 26);
    expect(replies.filter((r) => r.status !== 200 && r.status !== 201)).toEqual([]);
    expect(replies.filter((r) => r.status === 201)).toHaveLength(200);
    expect(replies.filter((r) => r.status === 200).every((r) => r.body.replayed === true)).toBe(true);

    const stored = await env.DB.prepare(
      "SELECT COUNT(*) AS n, COUNT(DISTINCT idempotency_key) AS keys FROM ballots WHERE voting_session_id = ?",
    )
      .bind(session.id)
      .first<{ n: number; keys: number }>();
    expect(stored).toEqual({ n: 200, keys: 200 });

    const results = await c.facilitatorA.get(`/api/v1/voting-sessions/${session.id}/results`);
    expect(results.status).toBe(200);
    expect(results.body.ballots).toBe(200);
    expect(results.body.statements[0]).toMatchObject({ id: ids[0], rank: 1 });
    expect(results.body.statements[0].pTop3).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it("answers a double tap with the same receipt", async () => {
    const body = ballot(3);
    const [a, b] = await Promise.all([
      new Client().call("POST", `/api/v1/vote/${session.code}/ballots`, body, {
        "idempotency-key": "double",
      }),
      new Client().call("POST", `/api/v1/vote/${session.code}/ballots`, body, {
        "idempotency-key": "double",
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
  });
});
