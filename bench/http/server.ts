/**
 * A throw-away local server for HTTP benchmarks and load tests: its own D1 state directory,
 * migrations, the demo seed, rounds closed and published, `wrangler dev` on a spare port.
 * Started in its own process group so that stopping it stops workerd too.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

export interface BenchServer {
  base: string;
  stop(): void;
}

export async function startServer(port: number): Promise<BenchServer> {
  const state = mkdtempSync(join(tmpdir(), "amica-bench-"));
  const run = (args: string[]) =>
    execFileSync("npx", args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  run(["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);
  run(["tsx", "scripts/seed.ts", "--persist-to", state]);
  const child: ChildProcess = spawn(
    "npx",
    [
      "wrangler",
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      state,
      "--live-reload=false",
    ],
    { cwd: root, env, detached: true, stdio: "ignore" },
  );
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {}
    rmSync(state, { recursive: true, force: true });
  };
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        run(["tsx", "scripts/demo/finish.ts", base]);
        return { base, stop };
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error("the benchmark server did not start");
}

export async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: "amica-demo" }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return (res.headers.get("set-cookie") ?? "").split(";")[0];
}
