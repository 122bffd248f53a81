/**
 * Requests for the hardening sweeps, handed straight to the Worker's fetch handler with the test's
 * bindings (the real local D1). `SELF.fetch` takes tens of milliseconds per call on this machine,
 * the handler itself well under one: at ten thousand requests per run that is the difference.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../../api/index.ts";
import { PASSWORD } from "../helpers.ts";

export const ORIGIN = "http://localhost";

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined where it is not JSON. */
  json: any;
}

let address = 0;
/** A client address of its own per request, so that per-address throttles never mix requests up. */
export const freshAddress = () => {
  address++;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

export async function send(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: BodyInit | null; env?: Cloudflare.Env } = {},
): Promise<Sent> {
  const ctx = createExecutionContext();
  const request = new Request(`${ORIGIN}${path}`, {
    method,
    headers: init.headers,
    body: method === "GET" || method === "HEAD" ? null : (init.body ?? null),
  });
  const res = await (worker.fetch as NonNullable<typeof worker.fetch>)(request, init.env ?? env, ctx);
  const bytes = await res.arrayBuffer();
  // Work the handler left for after the response (token last-use stamps, export audit rows) ends
  // before the next request, so that table snapshots see a settled database.
  await waitOnExecutionContext(ctx);
  const text = new TextDecoder().decode(bytes);
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Someone calling the API: a browser with a session cookie, a script with a bearer token, or nobody. */
export class Agent {
  cookie = "";
  bearer = "";

  constructor(readonly name: string) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    const h: Record<string, string> = {
      origin: ORIGIN,
      accept: "application/json",
      "cf-connecting-ip": freshAddress(),
    };
    if (this.cookie) h.cookie = this.cookie;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    return { ...h, ...extra };
  }

  /** A JSON call (a string body goes as it is), with this caller's credentials. */
  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h = this.headers(headers);
    let payload: BodyInit | undefined;
    if (body !== undefined) {
      payload = typeof body === "string" ? body : JSON.stringify(body);
      h["content-type"] ??= "application/json";
    }
    return send(method, path, { headers: h, body: payload });
  }

  /** Like `call`, for setting things up: anything but a 2xx is an error naming the request. */
  async must(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const r = await this.call(method, path, body, headers);
    if (r.status < 200 || r.status > 299)
      throw new Error(`${this.name}: ${method} ${path} answered ${r.status}: ${r.text.slice(0, 500)}`);
    return r.json;
  }
}

/** Signs in through the API, as the browser does; a new session each time. */
export async function signedIn(name: string, email: string): Promise<Agent> {
  const agent = new Agent(name);
  const r = await agent.call("POST", "/api/auth/login", { email, password: PASSWORD });
  const cookie = r.headers.get("set-cookie");
  if (r.status !== 200 || !cookie) throw new Error(`login ${email}: ${r.status} ${r.text}`);
  agent.cookie = cookie.split(";")[0] as string;
  return agent;
}

export interface ProblemCheck {
  ok: boolean;
  why?: string;
}

/** RFC 9457 as the house serves it: problem+json with type, title, status (the response's) and detail. */
export function checkProblem(r: Sent): ProblemCheck {
  const type = r.headers.get("content-type") ?? "";
  if (!type.startsWith("application/problem+json")) return { ok: false, why: `content-type ${type}` };
  const b = r.json;
  if (!b || typeof b !== "object") return { ok: false, why: "body is not a JSON object" };
  for (const k of ["type", "title", "detail"] as const)
    if (typeof b[k] !== "string" || !b[k]) return { ok: false, why: `${k} missing` };
  if (b.status !== r.status) return { ok: false, why: `status member ${b.status} ≠ ${r.status}` };
  if (/\n\s+at \S/.test(b.detail)) return { ok: false, why: "detail looks like a stack trace" };
  return { ok: true };
}
