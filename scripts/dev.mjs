#!/usr/bin/env node
/** `npm run dev`: wrangler dev for the API on :8787 and Vite with hot reload on :5173 (proxying /api). */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false" };
const run = (args) =>
  spawnSync("npx", args, { cwd: root, env, stdio: "inherit" }).status === 0 || process.exit(1);

run(["wrangler", "d1", "migrations", "apply", "DB", "--local"]);
run(["tsx", "scripts/seed.ts"]);
const children = [
  spawn("npx", ["wrangler", "dev", "--ip", "127.0.0.1", "--port", "8787"], {
    cwd: root,
    env,
    stdio: "inherit",
  }),
  spawn("npx", ["vite"], { cwd: root, env, stdio: "inherit" }),
];
const stop = () => {
  for (const c of children) c.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const c of children) c.on("exit", stop);
