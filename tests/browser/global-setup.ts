/**
 * Browser tests run against the real thing: the built SPA and the API served by one `wrangler dev`
 * (workerd) with a fresh local D1 in a temporary directory, migrated and seeded with the demo
 * network. The server runs in its own process group (detached = setsid) so that teardown can stop
 * it and the wrapper processes `npx` adds, all at once, without killing anything by name.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../scripts/free-port.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the app answers, e.g. http://127.0.0.1:8791 */
    baseUrl: string;
    /** The Chromium binary that playwright-core drives. */
    chromiumPath: string;
  }
}

const root = join(import.meta.dirname, "..", "..");
const port = Number(process.env.AMICA_BROWSER_PORT ?? 8791);
const baseUrl = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  // wrangler prompts before applying migrations unless it believes nobody is there to answer.
  CI: "true",
};

function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("No Chromium found: `apt-get install -y chromium`, or set CHROMIUM_PATH.");
  }
}

function run(title: string, cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    throw new Error(`${title} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

async function waitForHealth(server: ChildProcess, log: () => string): Promise<void> {
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

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!existsSync(join(root, "dist", "index.html"))) {
    throw new Error("dist/ is not built: run `npm run build` (`npm run test:browser` does).");
  }

  const persistTo = mkdtempSync(join(tmpdir(), "amica-browser-"));
  run("Applying the migrations", "npx", [
    "wrangler",
    "d1",
    "migrations",
    "apply",
    "DB",
    "--local",
    "--persist-to",
    persistTo,
  ]);
  run("Seeding the demo network", "npx", ["tsx", "scripts/seed.ts", "--persist-to", persistTo]);

  let output = "";
  const server = spawn(
    "npx",
    [
      "wrangler",
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--inspector-port",
      String(await freePort()),
      "--persist-to",
      persistTo,
      "--show-interactive-dev-session=false",
    ],
    { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);

  try {
    await waitForHealth(server, () => output);
    // The seed leaves the demo rounds open; reports exist once they are closed and published.
    run("Closing and publishing the demo rounds", "npx", ["tsx", "scripts/demo/finish.ts", baseUrl]);
  } catch (err) {
    await stopGroup(server);
    rmSync(persistTo, { recursive: true, force: true });
    throw err;
  }

  project.provide("baseUrl", baseUrl);
  project.provide("chromiumPath", chromiumPath);

  return async () => {
    await stopGroup(server);
    rmSync(persistTo, { recursive: true, force: true });
  };
}
