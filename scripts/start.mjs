#!/usr/bin/env node
/**
 * `npm start`: build the SPA, migrate and seed the local D1, serve everything from one local
 * Worker (workerd through wrangler) and print where to log in.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { freePort } from "./free-port.mjs";

const root = join(import.meta.dirname, "..");
const port = process.env.PORT ?? "8787";
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

function step(title, cmd, args) {
  console.log(`\n> ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`\n${title} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

step("Building the web app", "npx", ["vite", "build", "--logLevel", "warn"]);
step("Applying database migrations to the local D1", "npx", [
  "wrangler",
  "d1",
  "migrations",
  "apply",
  "DB",
  "--local",
]);
step("Seeding the demo network", "npx", ["tsx", "scripts/seed.ts"]);

console.log(`\n> Starting the Worker on ${base}`);
const server = spawn(
  "npx",
  [
    "wrangler",
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    port,
    "--inspector-port",
    String(process.env.INSPECTOR_PORT ?? (await freePort())),
    "--show-interactive-dev-session=false",
  ],
  {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  },
);
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));

for (let i = 0; i < 120; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 500));
}
const finish = spawnSync("npx", ["tsx", "scripts/demo/finish.ts", base], {
  cwd: root,
  env,
  stdio: "inherit",
});
if (finish.status !== 0) console.warn("Could not close the demo rounds; reports may be empty.");

console.log(`
amica is running: ${base}
  API reference: ${base}/api/docs

Demo logins (password: amica-demo)
  coordinator@example.org   coordinator of the demo network
  facilitator@example.org   facilitator of the focal centre "Borgerservice"
  researcher@example.org    researcher (read-only)

All demo answers are synthetic except Borgerservice's 2007 figures. Stop with Ctrl+C.
`);
