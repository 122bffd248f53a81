/**
 * The real thing for tests that run outside workerd's test pool: the built SPA and the API served
 * by one `wrangler dev` (workerd, the runtime users get) over a fresh local D1 in a temporary
 * directory. The server runs in its own process group (detached = setsid) so that teardown can stop
 * it and the wrapper processes `npx` adds, all at once, without killing anything by name.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { getPlatformProxy } from "wrangler";
import { freePort } from "../../scripts/free-port.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the app answers, e.g. http://127.0.0.1:8791 */
    baseUrl: string;
  }
}

export const root = join(import.meta.dirname, "..", "..");

export const wranglerEnv = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  // wrangler prompts before applying migrations unless it believes nobody is there to answer.
  CI: "true",
};

export function assertBuilt(): void {
  if (!existsSync(join(root, "dist", "index.html"))) {
    throw new Error("dist/ is not built: run `npm run build` (`npm test` does).");
  }
}

/**
 * Migrates the local D1 under `persistTo` (the directory `wrangler dev --persist-to` reads) and
 * fills it with the demo network, in this process: one workerd start instead of a wrangler CLI per
 * step, which on a busy 2-core machine is the difference between seconds and a minute.
 */
export async function prepareLocalD1(persistTo: string): Promise<void> {
  const { demoSeedSql } = await import("../../scripts/demo/seed-sql.ts");
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(root, "wrangler.toml"),
    // getPlatformProxy wants the "v3" directory that `--persist-to DIR` uses inside DIR.
    persist: { path: join(persistTo, "v3") },
  });
  try {
    const db = proxy.env.DB;
    for (const migration of await readD1Migrations(join(root, "migrations"))) {
      await db.batch(migration.queries.map((q) => db.prepare(q)));
    }
    await db.batch((await demoSeedSql()).map((q) => db.prepare(q)));
  } finally {
    await proxy.dispose();
  }
}

/** Whether anything accepts HTTP requests at `baseUrl` now. */
async function answers(baseUrl: string): Promise<boolean> {
  try {
    await fetch(baseUrl, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

async function waitForHealth(baseUrl: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited (${server.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`wrangler dev did not answer ${baseUrl}/api/health within 90 s:\n${log()}`);
}

function stopGroup(server: ChildProcess): Promise<void> {
  const pid = server.pid;
  if (pid === undefined || server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal); // the whole group: npx, wrangler, workerd
      } catch {
        // already gone
      }
    };
    const hard = setTimeout(() => kill("SIGKILL"), 5_000);
    server.once("exit", () => {
      clearTimeout(hard);
      // workerd may outlive its parent by a moment; make sure nothing of the group remains.
      kill("SIGKILL");
      resolve();
    });
    kill("SIGTERM");
  });
}

export interface DevServer {
  baseUrl: string;
  /** What wrangler printed last (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/**
 * `wrangler dev` on 127.0.0.1:`port` (a free one when omitted) with a free inspector port, so that
 * several instances run side by side. Resolves once /api/health answers.
 */
export async function startWranglerDev(persistTo: string, port?: number): Promise<DevServer> {
  const httpPort = port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${httpPort}`;
  // The health check below cannot tell this server from another one already on the port: the
  // tests would run against whatever that is (an older build, someone else's data).
  if (await answers(baseUrl))
    throw new Error(`Something already answers on ${baseUrl}: choose another port.`);
  let output = "";
  const server = spawn(
    "npx",
    [
      "wrangler",
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(httpPort),
      "--inspector-port",
      String(await freePort()),
      "--persist-to",
      persistTo,
      "--show-interactive-dev-session=false",
    ],
    { cwd: root, env: wranglerEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const dev: DevServer = { baseUrl, log: () => output, stop: () => stopGroup(server) };
  try {
    await waitForHealth(baseUrl, server, dev.log);
  } catch (err) {
    await dev.stop();
    throw err;
  }
  return dev;
}
