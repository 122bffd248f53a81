/**
 * Ballot to projector: how long after a phone sends its ballot the projector's screen can show it,
 * with 40 phones in the room. Two ways side by side on one server, alternating by round:
 *
 * - socket: the projector holds the workshop's live room (a WebSocket to its Durable Object) and
 *   refetches the session's results when the room says a ballot came in, as the presenter page
 *   does (one request at a time; a change during a request asks for one more after it);
 * - poll: the fallback, the projector reads the results every second (PRESENT_EVERY), as the page
 *   does when no socket opens.
 *
 * Each of the 40 phones holds its own socket to the room for the whole run (so every "changed"
 * message fans out to 41 sockets) and sends one ballot per round through the API. Ballots are
 * spaced (300 ms ± 100 ms) so that they do not overlap: the k-th ballot is then the one that takes
 * the count to k, and its latency is from just before its POST until the projector first holds a
 * count of k. Also counted: the messages the room sent, and the requests each way cost, for the
 * Durable Object's bill (BENCHMARKS.md says how).
 */
import { median, quantile } from "../timing.ts";
import type { BenchServer } from "./server.ts";
import { signIn } from "./server.ts";

/** The presenter's polling pace (web/src/pages/workshops/presenter.tsx). */
const POLL_EVERY = 1000;
const SPACING = 300;
const JITTER = 100;

export interface Latencies {
  samples: number[];
  median: number;
  p99: number;
  max: number;
  /** Result reads the projector made for the round's ballots. */
  reads: number;
}

export interface RoomLatencyRun {
  phones: number;
  rounds: number;
  socket: Latencies;
  poll: Latencies;
  /** From just before a ballot's POST until a phone's socket has the message (every phone, every ballot). */
  fanout: { median: number; p99: number; messages: number };
  /** Over the socket rounds: ballots posted, messages the room sent (to all sockets). */
  ballotsPosted: number;
  seconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const summary = (samples: number[], reads: number): Latencies => ({
  samples,
  median: median(samples),
  p99: quantile(samples, 0.99),
  max: Math.max(...samples),
  reads,
});

/** A WebSocket with the facilitator's cookie (Node's WebSocket takes headers as an extension). */
function socket(base: string, path: string, cookie: string): Promise<WebSocket> {
  const url = `${base.replace(/^http/, "ws")}${path}`;
  const ws = new WebSocket(url, { headers: { cookie } } as unknown as string[]);
  return new Promise((resolve, reject) => {
    ws.addEventListener("open", () => resolve(ws), { once: true });
    ws.addEventListener("error", () => reject(new Error(`WebSocket ${path} did not open`)), { once: true });
  });
}

interface Observation {
  at: number;
  ballots: number;
}

/** The projector: reads the results now and again, one request at a time, noting what it saw. */
function projector(base: string, cookie: string, sessionId: string) {
  const seen: Observation[] = [];
  let running: Promise<void> | null = null;
  let again = false;
  let reads = 0;
  const read = async () => {
    const res = await fetch(`${base}/api/v1/voting-sessions/${sessionId}/results`, { headers: { cookie } });
    if (!res.ok) throw new Error(`results: ${res.status}`);
    const body = (await res.json()) as { ballots: number };
    reads++;
    seen.push({ at: performance.now(), ballots: body.ballots });
  };
  const refresh = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = read().finally(() => {
      running = null;
      if (again) {
        again = false;
        void refresh();
      }
    });
    return running;
  };
  return { seen, refresh, reads: () => reads };
}

async function round(
  server: BenchServer,
  ctx: { cookie: string; workshopId: string; phones: WebSocket[]; phoneSeen: number[][] },
  mode: "socket" | "poll",
  n: number,
  r: number,
  log: (line: string) => void,
): Promise<{ latencies: number[]; reads: number; sent: number[] }> {
  const { base } = server;
  const { cookie, workshopId } = ctx;
  const session = (await (
    await fetch(`${base}/api/v1/workshops/${workshopId}/voting-sessions`, {
      method: "POST",
      headers: { cookie, origin: base, "content-type": "application/json" },
      body: JSON.stringify({ mode: "rank", label: `bench ${mode} ${r}` }),
    })
  ).json()) as { id: string; code: string; statementIds: string[] };
  const screen = projector(base, cookie, session.id);
  await screen.refresh();
  let room: WebSocket | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (mode === "socket") {
    room = await socket(base, `/api/v1/voting-sessions/${session.id}/live`, cookie);
    room.addEventListener("message", (e) => {
      if (String(e.data).includes('"ballot"')) void screen.refresh();
    });
  } else {
    const tick = () => {
      if (stopped) return;
      void screen.refresh().finally(() => {
        timer = setTimeout(tick, POLL_EVERY);
      });
    };
    timer = setTimeout(tick, POLL_EVERY);
  }
  const readsBefore = screen.reads();
  const sent: number[] = [];
  const start = performance.now();
  for (let k = 0; k < n; k++) {
    await sleep(start + k * SPACING + (Math.random() * 2 - 1) * JITTER - performance.now());
    sent.push(performance.now());
    const res = await fetch(`${base}/api/v1/vote/${session.code}/ballots`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "idempotency-key": `bench-${mode}-${r}-${k}-${Date.now()}`,
        "x-amica-device": `bench-phone-${k}`,
      },
      body: JSON.stringify({ ranking: [...session.statementIds].sort(() => Math.random() - 0.5) }),
    });
    if (res.status !== 201) throw new Error(`ballot ${k}: ${res.status} ${await res.text()}`);
  }
  const deadline = performance.now() + 15_000;
  while ((screen.seen.at(-1)?.ballots ?? 0) < n) {
    if (performance.now() > deadline) throw new Error(`${mode}: the projector never saw ${n} ballots`);
    await sleep(20);
  }
  stopped = true;
  clearTimeout(timer);
  room?.close(1000);
  const latencies = sent.map((t, k) => {
    const first = screen.seen.find((o) => o.ballots >= k + 1 && o.at >= t);
    return (first?.at ?? Number.NaN) - t;
  });
  log(
    `room latency ${mode} round ${r}: median ${median(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms, ${screen.reads() - readsBefore} reads`,
  );
  return { latencies, reads: screen.reads() - readsBefore, sent };
}

export async function runRoomLatency(
  server: BenchServer,
  options: { phones: number; rounds: number; log: (line: string) => void },
): Promise<RoomLatencyRun> {
  if (typeof WebSocket === "undefined")
    throw new Error("no WebSocket in this Node: run with --experimental-websocket (npm run bench does)");
  const { base } = server;
  const { phones: n, rounds, log } = options;
  const cookie = await signIn(base, "facilitator@example.org");
  const headers = { cookie, origin: base, "content-type": "application/json" };
  const w = (await (
    await fetch(`${base}/api/v1/centres/demo-c01/workshops`, {
      method: "POST",
      headers,
      body: JSON.stringify({ title: "Bench: ballot to projector" }),
    })
  ).json()) as { id: string };
  for (let i = 1; i <= 7; i++)
    await fetch(`${base}/api/v1/workshops/${w.id}/statements`, {
      method: "POST",
      headers,
      body: JSON.stringify({ text: `Bench statement ${i}` }),
    });

  // The phones' sockets stay open through every round: the room's fan-out is part of the cost.
  const phoneSeen: number[][] = Array.from({ length: n }, () => []);
  const phones = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const ws = await socket(base, `/api/v1/workshops/${w.id}/live`, cookie);
      ws.addEventListener("message", (e) => {
        if (String(e.data).includes('"ballot"')) phoneSeen[i]?.push(performance.now());
      });
      return ws;
    }),
  );
  log(`room latency: ${n} phone sockets open`);

  const started = performance.now();
  const results = { socket: [] as number[], poll: [] as number[] };
  const reads = { socket: 0, poll: 0 };
  const fanout: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so drift in the machine's load falls on both alike.
    for (const mode of r % 2 === 0 ? (["socket", "poll"] as const) : (["poll", "socket"] as const)) {
      const before = phoneSeen.map((s) => s.length);
      const out = await round(server, { cookie, workshopId: w.id, phones, phoneSeen }, mode, n, r, log);
      results[mode].push(...out.latencies);
      reads[mode] += out.reads;
      if (mode === "socket") {
        // Every phone's k-th message of the round belongs to the round's k-th ballot.
        await sleep(200);
        phoneSeen.forEach((s, i) => {
          s.slice(before[i]).forEach((at, k) => {
            const t = out.sent[k];
            if (t !== undefined) fanout.push(at - t);
          });
        });
      }
    }
  }
  for (const ws of phones) ws.close(1000);
  return {
    phones: n,
    rounds,
    socket: summary(results.socket, reads.socket),
    poll: summary(results.poll, reads.poll),
    fanout: { median: median(fanout), p99: quantile(fanout, 0.99), messages: fanout.length },
    ballotsPosted: n * rounds * 2,
    seconds: (performance.now() - started) / 1000,
  };
}
