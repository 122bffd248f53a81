/**
 * Where a request's time goes inside the Worker: a V8 CPU profile (through wrangler's inspector)
 * of N sequential requests to one route, on a throw-away server, summed by function (self time).
 * A diagnostic, not a benchmark: `npm run bench` does not run it.
 *
 * Usage: tsx bench/http/profile.ts <path> [--as facilitator|coordinator|none] [--requests N]
 *   e.g. tsx bench/http/profile.ts /api/health --as none
 *        tsx bench/http/profile.ts /api/health
 *        tsx bench/http/profile.ts '/api/v1/rounds/demo-round-2008/report?centre=demo-c01'
 *
 * With a DevTools session open, workerd reports every subrequest (each D1 query) to it as a
 * network event with its body: profiles of routes that query D1 overstate the D1 client's share.
 * Function names and lines refer to the bundle wrangler built (.wrangler/tmp/dev-*), 0-based lines.
 */
import { type BenchServer, signIn, startServer } from "./server.ts";

type Socket = {
  send(data: string): void;
  close(): void;
  addEventListener(type: string, fn: (e: { data: unknown }) => void): void;
};

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export async function devtools(server: BenchServer) {
  const list = await fetch(`http://127.0.0.1:${server.inspectorPort}/json`);
  const url = ((await list.json()) as { webSocketDebuggerUrl?: string }[])[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error("wrangler's inspector proxy lists no Worker");
  // Node 20 has WebSocket only behind a flag; wrangler's own dependency `ws` speaks the same API.
  // (Node's own WebSocket, behind --experimental-websocket, is refused by wrangler's proxy.)
  const Impl = (await import("ws" as string)).default as new (url: string) => Socket;
  const ws = new Impl(url);
  await new Promise<void>((resolve, reject) => {
    ws.addEventListener("open", () => resolve());
    ws.addEventListener("error", () => reject(new Error(`cannot connect to ${url}`)));
  });
  let id = 0;
  const waiting = new Map<number, (v: unknown) => void>();
  ws.addEventListener("message", (e) => {
    const msg = JSON.parse(String(e.data)) as { id?: number; result?: unknown };
    if (msg.id && waiting.has(msg.id)) {
      waiting.get(msg.id)?.(msg.result ?? null);
      waiting.delete(msg.id);
    }
  });
  const call = <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve) => {
      const i = ++id;
      waiting.set(i, resolve as (v: unknown) => void);
      ws.send(JSON.stringify({ id: i, method, params }));
    });
  return { call, close: () => ws.close() };
}

export async function profileRoute(
  server: BenchServer,
  path: string,
  as: string,
  requests: number,
  warmups = 50,
): Promise<{ wallMs: number; busyMs: number; rows: [string, number][] }> {
  const headers: Record<string, string> =
    as === "none" ? {} : { cookie: await signIn(server.base, `${as}@example.org`) };
  for (let i = 0; i < warmups; i++) await (await fetch(server.base + path, { headers })).arrayBuffer();
  const dt = await devtools(server);
  try {
    await dt.call("Profiler.enable");
    await dt.call("Profiler.setSamplingInterval", { interval: 500 });
    await dt.call("Profiler.start");
    const t0 = performance.now();
    for (let i = 0; i < requests; i++) {
      const res = await fetch(server.base + path, { headers });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
    }
    const wallMs = performance.now() - t0;
    const { profile } = await dt.call<{
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    }>("Profiler.stop");
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let total = 0;
    let idle = 0;
    profile.samples.forEach((nodeId, i) => {
      const f = (byId.get(nodeId) as ProfileNode).callFrame;
      const name = `${f.functionName || "(anonymous)"}${f.url ? ` ${f.url.split("/").pop()}:${f.lineNumber}` : ""}`;
      const d = (profile.timeDeltas[i] ?? 0) / 1000;
      self.set(name, (self.get(name) ?? 0) + d);
      total += d;
      if (f.functionName === "(idle)") idle += d;
    });
    const rows = [...self.entries()].sort((a, b) => b[1] - a[1]);
    return { wallMs, busyMs: total - idle, rows };
  } finally {
    dt.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (!path?.startsWith("/"))
    throw new Error("usage: tsx bench/http/profile.ts <path> [--as who] [--requests N]");
  const opt = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const requests = Number(opt("--requests", "400"));
  const server = await startServer({ log: console.error });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      server.stop().finally(() => process.exit(130));
    });
  const timer = setTimeout(() => {
    console.error("profile: no answer from the inspector in 5 minutes");
    server.stop().finally(() => process.exit(1));
  }, 300_000);
  try {
    const r = await profileRoute(server, path, opt("--as", "facilitator"), requests);
    console.log(
      `${requests} sequential requests to ${path}: ${(r.wallMs / requests).toFixed(2)} ms each at the client, ` +
        `${(r.busyMs / requests).toFixed(2)} ms of Worker time each (profile minus idle)`,
    );
    for (const [name, ms] of r.rows.slice(0, 30))
      console.log(`${(ms / requests).toFixed(3).padStart(8)} ms/request  ${name}`);
  } finally {
    clearTimeout(timer);
    await server.stop();
  }
}
