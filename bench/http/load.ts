/**
 * Load test of the API on local workerd: the published report and the live voting results at
 * 50 concurrent clients, beside a trivial route served by the same Worker as the ceiling.
 *
 * The routes are run in short segments, several rounds, each route's segment between two segments
 * of the ceiling, so that a slow spell of a shared machine falls on both sides of each ratio: a
 * route's ratio is its segment ÷ the mean of the ceiling's segments just before and after it, and
 * the median over rounds is the figure compared with the target. Latencies are every response of
 * every segment.
 *
 * Usage: tsx bench/http/load.ts [--seconds 4] [--rounds 4]   (starts its own server, prints JSON;
 * `npm run bench -- --only load` runs it and records it in bench/BENCHMARKS.md)
 */
import autocannon from "autocannon";
import { median, quantile } from "../timing.ts";
import { type BenchServer, signIn, startServer } from "./server.ts";

export const CONNECTIONS = 50;

export interface LoadRoute {
  key: "ceiling" | "auth" | "report" | "query" | "voting";
  name: string;
  path: string;
  note: string;
  headers: Record<string, string>;
}

export interface LoadResult {
  key: LoadRoute["key"];
  name: string;
  path: string;
  note: string;
  /** 2xx responses over all segments. */
  ok: number;
  seconds: number;
  requestsPerSecond: number;
  /** Requests per second of each segment, in order. */
  perRound: number[];
  /** Per round: the route's segment ÷ the mean of the ceiling's segments around it. */
  ratios: number[];
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface LoadRun {
  connections: number;
  secondsPerSegment: number;
  rounds: number;
  results: LoadResult[];
  /** x-amica-cache of the report before and during the run. */
  reportCache: { first: string | null; warm: string | null };
  /** Sequential single requests of the report: misses (first read of a team's report) and hits. */
  reportLatency: { missMs: number[]; hitMs: number[] };
}

interface Segment {
  ok: number;
  seconds: number;
  latencies: number[];
  non2xx: number;
  errors: number;
  timeouts: number;
}

function segment(url: string, headers: Record<string, string>, seconds: number, connections: number) {
  return new Promise<Segment>((resolve, reject) => {
    const latencies: number[] = [];
    let ok = 0;
    let non2xx = 0;
    const instance = autocannon({ url, connections, duration: seconds, headers }, (err, result) => {
      if (err) return reject(err);
      const elapsed = (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000;
      resolve({ ok, seconds: elapsed, latencies, non2xx, errors: result.errors, timeouts: result.timeouts });
    });
    instance.on("response", (_client, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) {
        ok++;
        latencies.push(responseTime);
      } else non2xx++;
    });
  });
}

async function timed(url: string, headers: Record<string, string>) {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, cache: res.headers.get("x-amica-cache") };
}

/** The demo's first voting session, if the demo has workshops. */
async function demoVotingResultsPath(base: string, cookie: string): Promise<string | null> {
  const res = await fetch(`${base}/api/v1/centres/demo-c01/workshops`, { headers: { cookie } });
  if (!res.ok) return null;
  const workshops = (await res.json()) as { id: string }[];
  for (const w of workshops) {
    const s = await fetch(`${base}/api/v1/workshops/${w.id}/voting-sessions`, { headers: { cookie } });
    if (!s.ok) continue;
    const sessions = (await s.json()) as { id: string }[];
    if (sessions[0]) return `/api/v1/voting-sessions/${sessions[0].id}/results`;
  }
  return null;
}

export async function runLoad(
  server: BenchServer,
  opts: { seconds?: number; rounds?: number; log?: (line: string) => void } = {},
): Promise<LoadRun> {
  const seconds = opts.seconds ?? 4;
  const rounds = opts.rounds ?? 4;
  const log = opts.log ?? (() => {});
  const { base } = server;
  const cookie = await signIn(base, "facilitator@example.org");
  const auth = { cookie };
  const report = "/api/v1/rounds/demo-round-2008/report?centre=demo-c01";
  const voting = await demoVotingResultsPath(base, cookie);
  if (!voting) throw new Error("the demo has no voting session: the live voting results cannot be measured");

  const routes: LoadRoute[] = [
    {
      key: "ceiling",
      name: "trivial route (ceiling)",
      path: "/api/health",
      note: "no session, no D1",
      headers: {},
    },
    {
      key: "auth",
      name: "trivial route, signed in",
      path: "/api/health",
      note: "the same route with the facilitator's session cookie: the cost of authentication",
      headers: auth,
    },
    {
      key: "report",
      name: "published report",
      path: report,
      note: "facilitator's own centre, served from the cache",
      headers: auth,
    },
    {
      key: "query",
      name: "one D1 point query",
      path: "/api/v1/centres/demo-c01",
      note: "a centre by primary key",
      headers: auth,
    },
    {
      key: "voting",
      name: "live voting results",
      path: voting,
      note: "the demo's first voting session: ballots read and ranked on every request",
      headers: auth,
    },
  ];
  // The report: the first read since the server started builds and caches it, the next one hits.
  const first = await timed(base + report, auth);
  for (const r of routes) {
    const res = await fetch(base + r.path, { headers: r.headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${r.path}: ${res.status}`);
  }
  const reportCache = { first: first.cache, warm: (await timed(base + report, auth)).cache };
  const missMs: number[] = [];
  const hitMs: number[] = [];
  for (let t = 1; t <= 5; t++) {
    const url = `${base}${report}&team=demo-c01-team-${t}`;
    const miss = await timed(url, auth);
    const hit = await timed(url, auth);
    if (miss.status === 200 && miss.cache === "miss" && hit.cache === "hit") {
      missMs.push(miss.ms);
      hitMs.push(hit.ms);
    }
  }

  const [ceilingRoute, ...others] = routes as [LoadRoute, ...LoadRoute[]];
  log(
    `load: warm-up, then ${rounds} rounds of ${others.length} routes, each between two segments of the ceiling, ${seconds} s each at ${CONNECTIONS} clients`,
  );
  for (const r of routes) await segment(base + r.path, r.headers, 1, 10);
  const segments = new Map<string, Segment[]>(routes.map((r) => [r.key, []]));
  const ratios = new Map<string, number[]>(routes.map((r) => [r.key, []]));
  const rps = (s: Segment) => s.ok / s.seconds;
  const run = async (r: LoadRoute, round: number) => {
    const s = await segment(base + r.path, r.headers, seconds, CONNECTIONS);
    segments.get(r.key)?.push(s);
    log(`load: round ${round + 1}, ${r.name}: ${rps(s).toFixed(0)} req/s`);
    return s;
  };
  for (let round = 0; round < rounds; round++) {
    // The ceiling runs before and after every other route, whose ratio is taken to the mean of
    // the two; the order of the others rotates, so that none always comes first.
    let before = await run(ceilingRoute, round);
    for (let i = 0; i < others.length; i++) {
      const r = others[(i + round) % others.length] as LoadRoute;
      const s = await run(r, round);
      const after = await run(ceilingRoute, round);
      ratios.get(r.key)?.push(rps(s) / ((rps(before) + rps(after)) / 2));
      before = after;
    }
  }

  const results = routes.map((r): LoadResult => {
    const segs = segments.get(r.key) as Segment[];
    const ok = segs.reduce((a, s) => a + s.ok, 0);
    const secs = segs.reduce((a, s) => a + s.seconds, 0);
    const latencies = segs.flatMap((s) => s.latencies);
    return {
      key: r.key,
      name: r.name,
      path: r.path,
      note: r.note,
      ok,
      seconds: secs,
      requestsPerSecond: ok / secs,
      perRound: segs.map(rps),
      ratios: r === ceilingRoute ? segs.map(() => 1) : (ratios.get(r.key) as number[]),
      p50: latencies.length ? quantile(latencies, 0.5) : Number.NaN,
      p99: latencies.length ? quantile(latencies, 0.99) : Number.NaN,
      non2xx: segs.reduce((a, s) => a + s.non2xx, 0),
      errors: segs.reduce((a, s) => a + s.errors, 0),
      timeouts: segs.reduce((a, s) => a + s.timeouts, 0),
    };
  });
  return {
    connections: CONNECTIONS,
    secondsPerSegment: seconds,
    rounds,
    results,
    reportCache,
    reportLatency: { missMs, hitMs },
  };
}

export const ratioMedian = (r: LoadResult) => median(r.ratios);

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const server = await startServer({ log: console.error });
  try {
    const run = await runLoad(server, {
      seconds: arg("--seconds", 4),
      rounds: arg("--rounds", 4),
      log: console.error,
    });
    console.log(JSON.stringify(run, null, 2));
  } finally {
    await server.stop();
  }
}
