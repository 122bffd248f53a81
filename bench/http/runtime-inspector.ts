/**
 * workerd's own inspector (not wrangler's proxy of it): it lists every isolate of the runtime,
 * the Worker's (`core:user:<name>`) and the ones local workerd runs beside it, such as D1's
 * Durable Object (`d1:db`). The benchmark reads each isolate's heap through it, to tell the
 * Worker's memory from the rest of the process. wrangler starts workerd with
 * `--inspector-addr=localhost:0`, so the port is found among the process's listening sockets.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** TCP ports the process listens on (Linux: its socket inodes matched in /proc/<pid>/net/tcp). */
function listeningPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1] as string);
    } catch {}
  }
  const ports: number[] = [];
  for (const table of ["tcp", "tcp6"]) {
    let text = "";
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address is HEX_IP:HEX_PORT, st 0A is LISTEN, the inode is the tenth field.
      if (f[3] === "0A" && inodes.has(f[9] as string))
        ports.push(Number.parseInt((f[1] ?? "").split(":")[1] ?? "", 16));
    }
  }
  return ports;
}

export interface IsolateHeap {
  /** V8's heap in use, committed, and the ArrayBuffers' backing stores outside it (bytes). */
  usedSize: number;
  totalSize: number;
  backingStorageSize: number;
}

export interface RuntimeInspector {
  isolates: string[];
  heap(isolate: string): Promise<IsolateHeap | null>;
  close(): void;
}

type Socket = {
  send(data: string): void;
  close(): void;
  on(type: string, fn: (data: unknown) => void): void;
};

const TIMEOUT_MS = 5000;

async function session(url: string) {
  const WebSocket = (await import("ws" as string)).default as new (url: string) => Socket;
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from ${url}`)), TIMEOUT_MS);
    socket.on("open", () => {
      clearTimeout(timer);
      resolve();
    });
    socket.on("error", () => reject(new Error(`cannot connect to ${url}`)));
  });
  const waiting = new Map<number, (v: unknown) => void>();
  let next = 0;
  socket.on("message", (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (msg.id && waiting.has(msg.id)) {
      waiting.get(msg.id)?.(msg.result ?? null);
      waiting.delete(msg.id);
    }
  });
  /** A command's result, or null when it is not answered within `timeoutMs`. */
  const call = (method: string, timeoutMs: number) =>
    new Promise<unknown>((resolve) => {
      const i = ++next;
      const timer = setTimeout(() => {
        waiting.delete(i);
        resolve(null);
      }, timeoutMs);
      waiting.set(i, (v) => {
        clearTimeout(timer);
        resolve(v);
      });
      socket.send(JSON.stringify({ id: i, method }));
    });
  return { call, close: () => socket.close() };
}

/**
 * Sessions on the Worker's isolate and D1's. The Worker's goes through wrangler's inspector proxy
 * (`proxyPort`), which keeps the runtime's one session on that isolate (a second, direct session
 * would take it over, and wrangler would open a new one with its Network domain on again); D1's
 * isolates, which wrangler does not inspect, are reached on workerd's own inspector. Null if
 * workerd's inspector is not found.
 */
export async function runtimeInspector(pid: number, proxyPort: number): Promise<RuntimeInspector | null> {
  for (const port of listeningPorts(pid)) {
    let list: { id: string }[];
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json`, { signal: AbortSignal.timeout(2000) });
      list = (await res.json()) as { id: string }[];
      if (!Array.isArray(list)) continue;
    } catch {
      continue;
    }
    const worker = list.find((i) => i.id.startsWith("core:user:"))?.id;
    if (!worker) continue;
    const proxied = (await (await fetch(`http://127.0.0.1:${proxyPort}/json`)).json()) as {
      webSocketDebuggerUrl?: string;
    }[];
    const proxyUrl = proxied[0]?.webSocketDebuggerUrl;
    if (!proxyUrl) return null;
    const sessions = new Map<string, Awaited<ReturnType<typeof session>>>();
    const workerSession = await session(proxyUrl);
    // As in `quietInspector`: no D1 page's body copied into inspector events while measuring.
    await workerSession.call("Network.disable", TIMEOUT_MS);
    sessions.set(worker, workerSession);
    for (const id of list.map((i) => i.id).filter((id) => id.startsWith("d1:db")))
      sessions.set(id, await session(`ws://127.0.0.1:${port}/${id}`));
    return {
      isolates: [...sessions.keys()],
      heap: async (isolate) =>
        ((await sessions.get(isolate)?.call("Runtime.getHeapUsage", 60_000)) as IsolateHeap | null) ?? null,
      close: () => {
        for (const s of sessions.values()) s.close();
      },
    };
  }
  return null;
}
