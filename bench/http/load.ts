/**
 * Load test of the API on local workerd: the published report and the live voting results at
 * 50 concurrent clients, beside a trivial route served by the same Worker as the ceiling.
 * Usage: tsx bench/http/load.ts [--seconds N]   (prints JSON; bench/run.ts records it)
 */
import autocannon from "autocannon";
import { signIn, startServer } from "./server.ts";

export interface LoadResult {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function hammer(
  name: string,
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<LoadResult> {
  // A short warm-up fills caches and JIT, as a real reading room would have done.
  await autocannon({ url, connections: 10, duration: 1, headers });
  const r = await autocannon({ url, connections: 50, duration: seconds, headers });
  return {
    name,
    path: new URL(url).pathname + new URL(url).search,
    requestsPerSecond: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
  };
}

export async function runLoad(seconds = 10, port = 8797): Promise<LoadResult[]> {
  const server = await startServer(port);
  try {
    const cookie = await signIn(server.base, "facilitator@example.org");
    const headers = { cookie };
    const results: LoadResult[] = [];
    results.push(await hammer("trivial route (ceiling)", `${server.base}/api/health`, {}, seconds));
    results.push(
      await hammer(
        "published report",
        `${server.base}/api/v1/rounds/demo-round-2008/report?centre=demo-borgerservice`,
        headers,
        seconds,
      ),
    );
    results.push(
      await hammer(
        "one D1 point query (round)",
        `${server.base}/api/v1/rounds/demo-round-2008`,
        headers,
        seconds,
      ),
    );
    const votingPath = await demoVotingResultsPath(server.base, cookie);
    if (votingPath)
      results.push(await hammer("live voting results", `${server.base}${votingPath}`, headers, seconds));
    return results;
  } finally {
    server.stop();
  }
}

/** The demo's first voting session, if the demo has workshops. */
async function demoVotingResultsPath(base: string, cookie: string): Promise<string | null> {
  const res = await fetch(`${base}/api/v1/centres/demo-borgerservice/workshops`, { headers: { cookie } });
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--seconds");
  const seconds = i > 0 ? Number(process.argv[i + 1]) : 10;
  console.log(JSON.stringify(await runLoad(seconds), null, 2));
}
