/**
 * Test fixtures written straight into the real local D1, and a client that talks to the Worker
 * the way a browser does (same-origin Origin header, session cookie).
 */

import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../api/index.ts";
import { hashPassword } from "../../api/lib/password.ts";
import { fieldErrorCodes } from "../../shared/schemas/field-error-code.ts";

export const ORIGIN = "http://localhost";
export const PASSWORD = "correct horse battery";

// One hash for every fixture user: PBKDF2 at full strength is slow on purpose.
const passwordRecord = hashPassword(PASSWORD);

export interface Fixture {
  networkId: string;
  otherNetworkId: string;
  centreA: string;
  centreB: string;
  teamA1: string;
  emails: Record<"coordinator" | "facilitatorA" | "facilitatorB" | "researcher" | "outsider", string>;
}

let counter = 0;
// The api project runs with `isolate: false` (vitest.config.ts): the test files of a pool worker
// share one database. This module is evaluated once per worker today, so the counter alone keeps
// ids apart; the tag keeps them apart too should it ever be evaluated again per file (the counter
// would start over at 1 on a database that already holds `net-1`). No hyphen in it: tests take
// the number back off an id (`f.networkId.split("-").at(-1)`) to name the fixture's other rows.
const tag = crypto.randomUUID().slice(0, 8);

export async function fixture(): Promise<Fixture> {
  const n = `${tag}${++counter}`;
  const pw = await passwordRecord;
  const id = (s: string) => `${s}-${n}`;
  const emails = {
    coordinator: `coord${n}@example.org`,
    facilitatorA: `fac-a${n}@example.org`,
    facilitatorB: `fac-b${n}@example.org`,
    researcher: `res${n}@example.org`,
    outsider: `out${n}@example.org`,
  };
  const stmts = [
    env.DB.prepare("INSERT INTO networks (id, name) VALUES (?, ?), (?, ?)").bind(
      id("net"),
      `Network ${n}`,
      id("other-net"),
      `Other network ${n}`,
    ),
    env.DB.prepare(
      "INSERT INTO centres (id, network_id, name, pseudonym) VALUES (?, ?, 'Centre A', 'C01'), (?, ?, 'Centre B', 'C02')",
    ).bind(id("centre-a"), id("net"), id("centre-b"), id("net")),
    env.DB.prepare("INSERT INTO teams (id, centre_id, name, pseudonym) VALUES (?, ?, 'Team A1', 'T01')").bind(
      id("team-a1"),
      id("centre-a"),
    ),
  ];
  const people: [keyof typeof emails, string, string | null, string][] = [
    ["coordinator", "coordinator", null, id("net")],
    ["facilitatorA", "facilitator", id("centre-a"), id("net")],
    ["facilitatorB", "facilitator", id("centre-b"), id("net")],
    ["researcher", "researcher", null, id("net")],
    ["outsider", "coordinator", null, id("other-net")],
  ];
  for (const [key, role, centreId, networkId] of people) {
    const userId = id(`user-${key}`);
    stmts.push(
      env.DB.prepare(
        "INSERT INTO users (id, email, name, password_hash, password_salt, password_iterations) VALUES (?, ?, ?, ?, ?, ?)",
      ).bind(userId, emails[key], key, pw.hash, pw.salt, pw.iterations),
      env.DB.prepare(
        "INSERT INTO memberships (id, user_id, network_id, centre_id, role) VALUES (?, ?, ?, ?, ?)",
      ).bind(id(`m-${key}`), userId, networkId, centreId, role),
    );
  }
  await env.DB.batch(stmts);
  return {
    networkId: id("net"),
    otherNetworkId: id("other-net"),
    centreA: id("centre-a"),
    centreB: id("centre-b"),
    teamA1: id("team-a1"),
    emails,
  };
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class Client {
  cookie = "";

  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const h: Record<string, string> = { origin: ORIGIN, accept: "application/json", ...headers };
    if (this.cookie) h.cookie = this.cookie;
    let payload: BodyInit | undefined;
    if (body !== undefined) {
      payload = typeof body === "string" ? body : JSON.stringify(body);
      h["content-type"] ??= "application/json";
    }
    // Straight to the Worker's handler with the real D1 binding: SELF.fetch adds tens of
    // milliseconds per call, which adds up to minutes over the suite.
    const ctx = createExecutionContext();
    const res = await (worker.fetch as NonNullable<typeof worker.fetch>)(
      new Request(`${ORIGIN}${path}`, { method, headers: h, body: payload }),
      env,
      ctx,
    );
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0];
    const text = await res.text();
    // Work left for after the response (audit rows, last-use stamps) settles before the next call.
    await waitOnExecutionContext(ctx);
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(path: string) => this.call<T>("GET", path);
  post = <T = any>(path: string, body?: unknown) => this.call<T>("POST", path, body ?? {});
  patch = <T = any>(path: string, body: unknown) => this.call<T>("PATCH", path, body);
  delete = <T = any>(path: string) => this.call<T>("DELETE", path);
}

export async function signIn(email: string): Promise<Client> {
  const c = new Client();
  const r = await c.post("/api/auth/login", { email, password: PASSWORD });
  if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${JSON.stringify(r.body)}`);
  return c;
}

/** Signed-in clients for every role of a fixture. */
export async function clients(f: Fixture) {
  const [coordinator, facilitatorA, facilitatorB, researcher, outsider] = await Promise.all([
    signIn(f.emails.coordinator),
    signIn(f.emails.facilitatorA),
    signIn(f.emails.facilitatorB),
    signIn(f.emails.researcher),
    signIn(f.emails.outsider),
  ]);
  return { coordinator, facilitatorA, facilitatorB, researcher, outsider, anonymous: new Client() };
}

export function expectProblem(r: Reply, status: number) {
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  const type = r.headers.get("content-type") ?? "";
  if (!type.includes("application/problem+json")) throw new Error(`not problem+json: ${type}`);
  if (typeof r.body?.detail !== "string" || r.body.status !== status)
    throw new Error(`bad problem: ${JSON.stringify(r.body)}`);
  // Every field error carries a code the SPA has words for: it never shows the English message.
  for (const e of (r.body.errors ?? []) as { code?: unknown }[]) {
    if (!(fieldErrorCodes as readonly unknown[]).includes(e.code))
      throw new Error(`a field error without a known code: ${JSON.stringify(e)}`);
  }
}

export const fieldPaths = (r: Reply) => ((r.body?.errors ?? []) as { path: string }[]).map((e) => e.path);
