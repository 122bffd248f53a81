/**
 * Where the respondent export's time goes: the export of BENCH_EXPORT_ROWS rows (default 100,000)
 * timed without an inspector, then once more under a V8 CPU profile, summed by function (self
 * time). A diagnostic, not a benchmark: `npm run bench` does not run it.
 *
 * Usage: tsx bench/http/export-profile.ts [--format csv|ndjson|json]
 *
 * With a DevTools session open workerd reports each D1 query to it with its body, so the profiled
 * run is slower than the timed one and overstates the D1 client's share (bench/http/profile.ts).
 */
import { DEMO_NETWORK_ID } from "../../scripts/demo/network.ts";
import { prepareExportData } from "./export.ts";
import { profileRoute } from "./profile.ts";
import { signIn, startServer } from "./server.ts";

const rows = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const at = process.argv.indexOf("--format");
const format = at > 0 ? process.argv[at + 1] : "csv";
const path = `/api/v1/networks/${DEMO_NETWORK_ID}/export/responses?format=${format}`;
const server = await startServer({
  log: console.error,
  prepare: async (file) => {
    await prepareExportData(file, { rows, rounds: Math.max(1, Math.round(rows / 50_000)) });
  },
});
try {
  const cookie = await signIn(server.base, "coordinator@example.org");
  for (let run = 1; run <= 2; run++) {
    const t0 = performance.now();
    const res = await fetch(server.base + path, { headers: { cookie } });
    const bytes = (await res.arrayBuffer()).byteLength;
    const s = (performance.now() - t0) / 1000;
    console.log(
      `run ${run}: ${res.status}, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${s.toFixed(2)} s (${(rows / s).toFixed(0)} rows/s)`,
    );
  }
  const r = await profileRoute(server, path, "coordinator", 1, 0);
  console.log(
    `profiled: ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.busyMs / 1000).toFixed(2)} s busy in the Worker`,
  );
  for (const [name, ms] of r.rows.slice(0, 40)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
} finally {
  await server.stop();
}
