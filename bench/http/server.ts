/**
 * A throw-away local server for HTTP benchmarks and load tests: its own D1 state directory,
 * migrations, the demo seed, rounds closed and published, `wrangler dev` on a spare port.
 * Started in its own process group so that stopping it stops workerd too.
 *
 * `prepare` runs after the seed and before `wrangler dev` starts, with the path of the local D1
 * SQLite file, so a benchmark can add bulk data without going through the Worker.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");

export interface BenchServer {
  base: string;
  /** The local D1 database file (SQLite) the Worker reads and writes. */
  d1File: string;
  /**
   * The workerd process running the Worker (and, on local workerd, D1 and the cache too).
   * `wrangler dev` starts two: a proxy that owns the port, and this one, which it forwards to.
   */
  workerdPid(): number | null;
  /** Every process of the server (wrangler's node, both workerd), for their CPU time. */
  members(): { pid: number; comm: string }[];
  /** wrangler's inspector proxy for the Worker (Chrome DevTools protocol; bench/http/profile.ts). */
  inspectorPort: number;
  stop(): Promise<void>;
}

export interface ServerOptions {
  port?: number;
  prepare?: (d1File: string) => void | Promise<void>;
  log?: (line: string) => void;
  /** Variables for the Worker (`wrangler dev --var`), e.g. ROOM_METER for the room's cost. */
  vars?: Record<string, string>;
  /** Each line the server writes (the Worker's console included); without it the output is dropped. */
  onOutput?: (line: string) => void;
}

/** A port nobody listens on right now (the machine may be shared with other servers). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export function d1FileIn(state: string): string {
  const dir = join(state, "v3", "d1", "miniflare-D1DatabaseObject");
  const file = existsSync(dir)
    ? readdirSync(dir).find((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite")
    : undefined;
  if (!file) throw new Error(`no local D1 database under ${dir}`);
  return join(dir, file);
}

/** Processes of a process group, by reading /proc (Linux). */
export function groupMembers(pgid: number): { pid: number; comm: string }[] {
  const out: { pid: number; comm: string }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after the last ')'.
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      if (Number(fields[2]) === pgid && fields[0] !== "Z") out.push({ pid: Number(entry), comm });
    } catch {}
  }
  return out;
}

const alive = (pgid: number) => groupMembers(pgid).length > 0;

export async function startServer(options: ServerOptions = {}): Promise<BenchServer> {
  const log = options.log ?? (() => {});
  const port = options.port ?? (await freePort());
  const inspectorPort = await freePort();
  const state = mkdtempSync(join(tmpdir(), "amica-bench-"));
  const run = (args: string[]) =>
    execFileSync(process.execPath, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  let child: ChildProcess | null = null;
  const stop = async () => {
    const pgid = child?.pid;
    if (pgid) {
      try {
        process.kill(-pgid, "SIGTERM");
      } catch {}
      for (let i = 0; i < 50 && alive(pgid); i++) await new Promise((r) => setTimeout(r, 100));
      if (alive(pgid))
        try {
          process.kill(-pgid, "SIGKILL");
        } catch {}
    }
    rmSync(state, { recursive: true, force: true });
  };
  try {
    log("server: migrations and demo seed");
    try {
      run([wrangler, "d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);
    } catch {
      // On a loaded machine workerd has been seen to fail opening the new database once
      // (SQLITE_CANTOPEN); a second try on a clean directory goes through.
      log("server: migrations failed, trying once more");
      rmSync(join(state, "v3"), { recursive: true, force: true });
      run([wrangler, "d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);
    }
    run([tsx, "scripts/seed.ts", "--persist-to", state]);
    const d1File = d1FileIn(state);
    if (options.prepare) await options.prepare(d1File);
    log(`server: wrangler dev on port ${port}`);
    child = spawn(
      process.execPath,
      [
        wrangler,
        "dev",
        "--ip",
        "127.0.0.1",
        "--port",
        String(port),
        "--persist-to",
        state,
        "--inspector-port",
        String(inspectorPort),
        "--live-reload=false",
        "--show-interactive-dev-session=false",
        "--log-level=warn",
        ...Object.entries(options.vars ?? {}).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
      ],
      {
        cwd: root,
        env,
        detached: true,
        // Piped where the caller reads the Worker's log lines; BENCH_SERVER_LOG=<file> keeps
        // wrangler's output (the Worker's errors) for a run that fails.
        stdio: options.onOutput
          ? ["ignore", "pipe", "pipe"]
          : process.env.BENCH_SERVER_LOG
            ? [
                "ignore",
                openSync(process.env.BENCH_SERVER_LOG, "a"),
                openSync(process.env.BENCH_SERVER_LOG, "a"),
              ]
            : "ignore",
      },
    );
    const onOutput = options.onOutput;
    // The Worker's console goes to wrangler's stdout or stderr, depending on the level: read both.
    for (const stream of onOutput ? [child.stdout, child.stderr] : []) {
      let rest = "";
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) onOutput?.(line);
      });
    }
    const pgid = child.pid as number;
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 960; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) {
          log("server: closing and publishing the demo rounds");
          run([tsx, "scripts/demo/finish.ts", base]);
          const workerdPid = () => {
            const all = groupMembers(pgid).filter((p) => p.comm === "workerd");
            const runtime = all.find((p) => {
              try {
                return readFileSync(`/proc/${p.pid}/cmdline`, "utf8").includes("--inspector-addr");
              } catch {
                return false;
              }
            });
            return (runtime ?? all.at(-1))?.pid ?? null;
          };
          return { base, d1File, workerdPid, members: () => groupMembers(pgid), inspectorPort, stop };
        }
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("the benchmark server did not start");
  } catch (err) {
    await stop();
    throw err;
  }
}

export async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: "amica-demo" }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
}
