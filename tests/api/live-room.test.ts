/**
 * Live rooms: a screen's WebSocket opens only for whoever may read the screen, and a write in the
 * workshop reaches it as a bare "changed" message, with no figure in it (the screen refetches
 * through the ordinary, anonymity-checked routes).
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../api/index.ts";
import { type Client, clients, type Fixture, fixture, ORIGIN } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;

/** Opens `path` as a WebSocket as `who` would; the socket, or the refusal's status. */
async function open(who: Client, path: string, headers: Record<string, string> = {}) {
  const h: Record<string, string> = { upgrade: "websocket", origin: ORIGIN, ...headers };
  if (who.cookie) h.cookie = who.cookie;
  const ctx = createExecutionContext();
  const res = await (worker.fetch as NonNullable<typeof worker.fetch>)(
    new Request(`${ORIGIN}${path}`, { headers: h }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  const ws = res.webSocket;
  if (!ws) return { status: res.status, type: res.headers.get("content-type"), ws: null };
  ws.accept();
  const messages: string[] = [];
  ws.addEventListener("message", (e) => {
    messages.push(String(e.data));
  });
  return { status: res.status, type: null, ws, messages };
}

/** Waits on the socket's next messages (state, not time: the test's own timeout bounds it). */
async function until(messages: string[], n: number) {
  while (messages.length < n) await new Promise((r) => setTimeout(r, 5));
  return messages;
}

async function workshop(title: string, shortList: string[]) {
  const w = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title });
  for (const text of shortList)
    await c.facilitatorA.post(`/api/v1/workshops/${w.body.id}/statements`, { text });
  return { id: w.body.id as string, code: w.body.joinCode as string };
}

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("opening a room", () => {
  it("opens for the centre's facilitator and the coordinator, as the presenter's reads do", async () => {
    const w = await workshop("Live access", ["A", "B", "C"]);
    const s = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    for (const path of [`/api/v1/workshops/${w.id}/live`, `/api/v1/voting-sessions/${s.body.id}/live`]) {
      for (const who of [c.facilitatorA, c.coordinator]) {
        const r = await open(who, path);
        expect(r.status, path).toBe(101);
        r.ws?.close(1000);
      }
      expect((await open(c.facilitatorB, path)).status).toBe(404);
      expect((await open(c.outsider, path)).status).toBe(404);
      const anonymous = await open(c.anonymous, path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.type).toContain("application/problem+json");
    }
    expect((await open(c.facilitatorA, "/api/v1/workshops/no-such/live")).status).toBe(404);
  });

  it("refuses another site's page and a request that is no upgrade", async () => {
    const w = await workshop("Live refusals", []);
    const path = `/api/v1/workshops/${w.id}/live`;
    const foreign = await open(c.facilitatorA, path, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    const plain = await c.facilitatorA.get(path);
    expect(plain.status).toBe(426);
    expect(plain.headers.get("upgrade")).toBe("websocket");
  });
});

describe("a phone's socket, by its join code", () => {
  it("opens by the workshop's code or a session's code, without an account", async () => {
    const w = await workshop("Phone live", ["A", "B", "C"]);
    const s = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    for (const code of [w.code, w.code.toLowerCase(), s.body.code as string]) {
      const r = await open(c.anonymous, `/api/v1/join/${code}/live`);
      expect(r.status, code).toBe(101);
      r.ws?.close(1000);
    }
  });

  it("refuses a wrong code, another site's page and a request that is no upgrade", async () => {
    const w = await workshop("Phone refusals", []);
    const wrong = await open(c.anonymous, "/api/v1/join/ZZZZZZ/live");
    expect(wrong.status).toBe(404);
    expect(wrong.type).toContain("application/problem+json");
    expect((await open(c.anonymous, "/api/v1/join/not a code!/live")).status).toBe(404);
    const foreign = await open(c.anonymous, `/api/v1/join/${w.code}/live`, {
      origin: "https://evil.example",
    });
    expect(foreign.status).toBe(403);
    const plain = await c.anonymous.get(`/api/v1/join/${w.code}/live`);
    expect(plain.status).toBe(426);
    expect(plain.headers.get("upgrade")).toBe("websocket");
    // The client cannot make its phone socket a screen's by naming itself one.
    const posing = await open(c.anonymous, `/api/v1/join/${w.code}/live`, { "x-amica-listener": "screen" });
    expect(posing.status).toBe(101);
    await c.anonymous.post(`/api/v1/collect/${w.code}/statements`, { text: "Posing", kind: "gives" });
    await c.facilitatorA.patch(`/api/v1/workshops/${w.id}`, { stage: "condense" });
    expect(await until(posing.messages ?? [], 1)).toEqual([
      JSON.stringify({ type: "changed", what: "stage" }),
    ]);
    posing.ws?.close(1000);
  });

  it("hears the stage and the sessions only, never a statement or a ballot", async () => {
    const w = await workshop("Phone hears", ["One", "Two", "Three"]);
    const phone = await open(c.anonymous, `/api/v1/join/${w.code}/live`);
    const screen = await open(c.facilitatorA, `/api/v1/workshops/${w.id}/live`);
    await c.anonymous.post(`/api/v1/collect/${w.code}/statements`, { text: "Heard?", kind: "takes" });
    await c.facilitatorA.patch(`/api/v1/workshops/${w.id}`, { stage: "prioritise" });
    const s = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    const ballot = await c.anonymous.call(
      "POST",
      `/api/v1/vote/${s.body.code}/ballots`,
      { ranking: s.body.statementIds },
      { "idempotency-key": "live-room-phone-1" },
    );
    expect(ballot.status).toBe(201);
    // The screen heard all four, in order; by then the phone has had every message it will get.
    const all = (await until(screen.messages ?? [], 4)).map((m) => JSON.parse(m).what);
    expect(all).toEqual(["statements", "stage", "sessions", "ballot"]);
    expect((await until(phone.messages ?? [], 2)).map((m) => JSON.parse(m))).toEqual([
      { type: "changed", what: "stage" },
      { type: "changed", what: "sessions" },
    ]);
    phone.ws?.close(1000);
    screen.ws?.close(1000);
  });
});

describe("the phones in the room", () => {
  it("are counted by their open sockets, for the screens, which hear when the count changes", async () => {
    const w = await workshop("Phones counted", []);
    const count = async () => (await c.facilitatorA.get(`/api/v1/workshops/${w.id}/room`)).body.phones;
    const screen = await open(c.facilitatorA, `/api/v1/workshops/${w.id}/live`);
    expect(await count()).toBe(0);
    const one = await open(c.anonymous, `/api/v1/join/${w.code}/live`);
    const two = await open(c.anonymous, `/api/v1/join/${w.code}/live`);
    expect(await until(screen.messages ?? [], 2)).toEqual([
      JSON.stringify({ type: "changed", what: "phones" }),
      JSON.stringify({ type: "changed", what: "phones" }),
    ]);
    expect(await count()).toBe(2);
    // A phone hears nothing of the others coming in.
    expect(one.messages).toEqual([]);
    one.ws?.close(1000);
    await until(screen.messages ?? [], 3);
    // State, not time: the room counts the closed socket out once its close has gone through.
    while ((await count()) !== 1) await new Promise((r) => setTimeout(r, 5));
    // A screen is no phone: the facilitator's own socket is not counted.
    expect((await c.facilitatorA.get(`/api/v1/workshops/${w.id}/room`)).headers.get("cache-control")).toBe(
      "no-store",
    );
    expect((await c.facilitatorB.get(`/api/v1/workshops/${w.id}/room`)).status).toBe(404);
    two.ws?.close(1000);
    screen.ws?.close(1000);
  });
});

describe("a write tells the room", () => {
  it("sends 'changed' for statements, sessions and ballots, and never a figure", async () => {
    const w = await workshop("Live changes", ["One", "Two", "Three"]);
    const r = await open(c.facilitatorA, `/api/v1/workshops/${w.id}/live`);
    const other = await workshop("Another room", []);
    const elsewhere = await open(c.facilitatorA, `/api/v1/workshops/${other.id}/live`);
    if (!r.ws || !elsewhere.ws) throw new Error("no socket");

    await c.anonymous.post(`/api/v1/collect/${w.code}/statements`, { text: "Quiet room", kind: "gives" });
    const s = await c.facilitatorA.post(`/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" });
    const ranking = s.body.statementIds as string[];
    const ballot = await c.anonymous.call(
      "POST",
      `/api/v1/vote/${s.body.code}/ballots`,
      { ranking },
      { "idempotency-key": "live-room-ballot-1" },
    );
    expect(ballot.status).toBe(201);
    const got = await until(r.messages ?? [], 3);
    expect(got.map((m) => JSON.parse(m))).toEqual([
      { type: "changed", what: "statements" },
      { type: "changed", what: "sessions" },
      { type: "changed", what: "ballot" },
    ]);
    // A replayed ballot changed nothing and says nothing.
    await c.anonymous.call(
      "POST",
      `/api/v1/vote/${s.body.code}/ballots`,
      { ranking },
      { "idempotency-key": "live-room-ballot-1" },
    );
    await c.facilitatorA.patch(`/api/v1/workshops/${w.id}`, { stage: "condense" });
    expect(JSON.parse((await until(r.messages ?? [], 4))[3] ?? "")).toEqual({
      type: "changed",
      what: "stage",
    });
    // The other workshop's room heard none of it.
    expect(elsewhere.messages).toEqual([]);
    r.ws.close(1000);
    elsewhere.ws.close(1000);
  });

  it("answers a ping itself", async () => {
    const w = await workshop("Live ping", []);
    const r = await open(c.facilitatorA, `/api/v1/workshops/${w.id}/live`);
    r.ws?.send("ping");
    expect(await until(r.messages ?? [], 1)).toEqual(["pong"]);
    r.ws?.close(1000);
  });
});
