/**
 * What one workshop hour costs the live room (the Durable Object), counted from what the room does,
 * not guessed: a workshop hour played through the real API against `wrangler dev`, compressed in
 * time, while the Worker and the object log each billable event (api/rooms/meter.ts, on with
 * ROOM_METER=1). Counted: upgrades and changed() calls (a billed request each), messages and
 * closes that reach the object (billed at 20:1), wake-ups (constructor runs), and the round trip
 * of each call to the object as timed by the Worker: an upper bound on the object's active time,
 * which is what duration is billed for (an object idle and able to hibernate is not billed).
 *
 * The hour (minutes of the real workshop): a facilitator's screen and the projector hold sockets
 * throughout; 40 phones join over the first 3 minutes, each with its own socket by the join code,
 * pinging every 25 s as the pages do; 100 statements from the phones in minutes 2–15; condensing
 * in 15–30 (8 short-list statements, 6 hidden); three voting sessions from minute 31, 8 minutes
 * apart, each with 40 ballots over 4 minutes and then closed; 10 phones lose and regain their
 * socket on the way; the plans from minute 55; everyone leaves at 60.
 */
import { median, quantile } from "../timing.ts";
import type { BenchServer } from "./server.ts";
import { signIn } from "./server.ts";

/** The meter's line prefix (api/rooms/meter.ts). */
const METER_PREFIX = "amica-room-meter ";
const PING_EVERY_S = 25;

type MeterEvent =
  | { kind: "wake" | "message" | "close" }
  | { kind: "upgrade"; ms: number }
  | { kind: "changed"; ms: number; sent: number };

export interface RoomCostRun {
  phones: number;
  /** Real workshop time ÷ run time. */
  compress: number;
  seconds: number;
  writes: { statements: number; moderation: number; stages: number; sessions: number; ballots: number };
  pingsSent: number;
  meter: {
    wakes: number;
    upgrades: number;
    changed: number;
    messages: number;
    closes: number;
    framesSent: number;
    upgradeMs: number[];
    changedMs: number[];
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Collects the meter's lines from the server's output. */
export function meterReader() {
  const events: MeterEvent[] = [];
  return {
    events,
    onOutput(raw: string) {
      // wrangler prints the Worker's console.warn as a coloured WARNING line.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape is what is removed
      const line = raw.replace(/\u001b\[[0-9;]*m/g, "");
      const at = line.indexOf(METER_PREFIX);
      if (at < 0) return;
      try {
        events.push(JSON.parse(line.slice(at + METER_PREFIX.length)) as MeterEvent);
      } catch {}
    },
  };
}

function socket(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  const ws = new WebSocket(url, { headers } as unknown as string[]);
  return new Promise((resolve, reject) => {
    ws.addEventListener("open", () => resolve(ws), { once: true });
    ws.addEventListener("error", () => reject(new Error(`WebSocket ${url} did not open`)), { once: true });
  });
}

export async function runRoomCost(
  server: BenchServer,
  events: MeterEvent[],
  options: { phones: number; compress: number; log: (line: string) => void },
): Promise<RoomCostRun> {
  const { base } = server;
  const { phones: n, compress, log } = options;
  const ws = base.replace(/^http/, "ws");
  const cookie = await signIn(base, "facilitator@example.org");
  const headers = { cookie, origin: base, "content-type": "application/json" };
  const call = async (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...extra },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? null : ((await res.json()) as Record<string, unknown>);
  };
  const w = (await call("POST", "/api/v1/centres/demo-c01/workshops", {
    title: "Bench: a workshop hour",
  })) as {
    id: string;
    joinCode: string;
  };
  const writes = { statements: 0, moderation: 0, stages: 0, sessions: 0, ballots: 0 };
  let pingsSent = 0;
  const from = events.length;
  const started = performance.now();
  /** Waits until `minute` of the workshop (compressed). */
  const at = (minute: number) => sleep(started + (minute * 60_000) / compress - performance.now());
  const spread = (count: number, first: number, last: number) =>
    Array.from({ length: count }, () => first + Math.random() * (last - first)).sort((a, b) => a - b);

  const open: WebSocket[] = [];
  const pinging: ReturnType<typeof setInterval>[] = [];
  const hold = async (url: string, h: Record<string, string> = {}) => {
    const i = open.push(await socket(url, h)) - 1;
    // By its place: a socket opened again after a lost connection pings in its stead.
    const ping = () => {
      const s = open[i];
      if (s?.readyState !== WebSocket.OPEN) return;
      s.send("ping");
      pingsSent++;
    };
    pinging.push(setInterval(ping, (PING_EVERY_S * 1000) / compress));
  };

  // The facilitator's screen and the projector, for the whole hour.
  await hold(`${ws}/api/v1/workshops/${w.id}/live`, { cookie });
  await hold(`${ws}/api/v1/workshops/${w.id}/live`, { cookie });
  const phoneUrl = `${ws}/api/v1/join/${w.joinCode}/live`;
  const joining = (async () => {
    for (const m of spread(n, 0, 3)) {
      await at(m);
      await hold(phoneUrl);
    }
  })();
  const collected: string[] = [];
  for (const m of spread(100, 2, 15)) {
    await at(m);
    const kind = Math.random() < 0.5 ? "gives" : "takes";
    const s = await call("POST", `/api/v1/collect/${w.joinCode}/statements`, {
      text: `Bench ${m.toFixed(2)}`,
      kind,
    });
    collected.push(String(s?.id));
    writes.statements++;
  }
  await joining;
  log(`room cost: ${open.length} sockets held, ${writes.statements} statements`);

  // Some phones lose their connection on the way and open a new socket.
  const blips = (async () => {
    for (const m of spread(10, 16, 50)) {
      await at(m);
      const i = 2 + Math.floor(Math.random() * n);
      open[i]?.close(1000);
      open[i] = await socket(phoneUrl);
    }
  })();

  await at(15);
  await call("PATCH", `/api/v1/workshops/${w.id}`, { stage: "condense" });
  writes.stages++;
  const moderation = spread(14, 16, 29);
  for (const [k, m] of moderation.entries()) {
    await at(m);
    if (k % 7 < 4) await call("POST", `/api/v1/workshops/${w.id}/statements`, { text: `Short list ${k}` });
    else await call("PATCH", `/api/v1/statements/${collected[k]}`, { hidden: true });
    writes.moderation++;
  }
  await at(30);
  await call("PATCH", `/api/v1/workshops/${w.id}`, { stage: "prioritise" });
  writes.stages++;
  for (const [r, start] of [31, 39, 47].entries()) {
    await at(start);
    const s = (await call("POST", `/api/v1/workshops/${w.id}/voting-sessions`, { mode: "rank" })) as {
      id: string;
      code: string;
      statementIds: string[];
    };
    writes.sessions++;
    for (const [k, m] of spread(n, start + 1, start + 5).entries()) {
      await at(m);
      await call(
        "POST",
        `/api/v1/vote/${s.code}/ballots`,
        { ranking: [...s.statementIds].sort(() => Math.random() - 0.5) },
        {
          "idempotency-key": `bench-hour-${r}-${k}-${Date.now()}`,
          "x-amica-device": `bench-phone-${r}-${k}`,
        },
      );
      writes.ballots++;
    }
    await at(start + 6);
    await call("POST", `/api/v1/voting-sessions/${s.id}/close`);
    writes.sessions++;
  }
  await blips;
  await at(55);
  await call("PATCH", `/api/v1/workshops/${w.id}`, { stage: "plan" });
  writes.stages++;
  await at(60);
  for (const t of pinging) clearInterval(t);
  for (const s of open) s.close(1000);
  const seconds = (performance.now() - started) / 1000;
  // The last meter lines (changed() after the response, the closes) arrive shortly after.
  const expected = writes.statements + writes.moderation + writes.stages + writes.sessions + writes.ballots;
  for (let i = 0; i < 100; i++) {
    const seen = events.slice(from);
    if (
      seen.filter((e) => e.kind === "changed").length >= expected &&
      seen.filter((e) => e.kind === "close").length >= open.length
    )
      break;
    await sleep(100);
  }
  await sleep(500);
  const seen = events.slice(from);
  const of = <K extends MeterEvent["kind"]>(kind: K) =>
    seen.filter((e): e is Extract<MeterEvent, { kind: K }> => e.kind === kind);
  const changed = of("changed");
  const upgrades = of("upgrade");
  log(`room cost: ${seconds.toFixed(0)} s for a ${60} minute workshop, ${seen.length} meter events`);
  return {
    phones: n,
    compress,
    seconds,
    writes,
    pingsSent,
    meter: {
      wakes: of("wake").length,
      upgrades: upgrades.length,
      changed: changed.length,
      messages: of("message").length,
      closes: of("close").length,
      framesSent: changed.reduce((a, e) => a + e.sent, 0),
      upgradeMs: upgrades.map((e) => e.ms),
      changedMs: changed.map((e) => e.ms),
    },
  };
}

/** Cloudflare's Durable Objects prices (Workers Paid), as read on the date in BENCHMARKS.md. */
export const PRICES = {
  perMillionRequests: 0.15,
  perMillionGbSeconds: 12.5,
  includedRequests: 1_000_000,
  includedGbSeconds: 400_000,
  gb: 0.128,
  messagesPerRequest: 20,
};

export function roomCost(run: RoomCostRun) {
  const m = run.meter;
  const requests = m.upgrades + m.changed + (m.messages + m.closes) / PRICES.messagesPerRequest;
  const activeSeconds =
    (m.upgradeMs.reduce((a, b) => a + b, 0) + m.changedMs.reduce((a, b) => a + b, 0)) / 1000;
  const gbSeconds = activeSeconds * PRICES.gb;
  const requestsUsd = (requests * PRICES.perMillionRequests) / 1e6;
  const durationUsd = (gbSeconds * PRICES.perMillionGbSeconds) / 1e6;
  const all = [...m.upgradeMs, ...m.changedMs];
  return {
    requests,
    activeSeconds,
    gbSeconds,
    requestsUsd,
    durationUsd,
    totalUsd: requestsUsd + durationUsd,
    hoursIncluded: Math.min(PRICES.includedRequests / requests, PRICES.includedGbSeconds / gbSeconds),
    callMs: { median: median(all), p99: quantile(all, 0.99), max: Math.max(...all) },
  };
}
