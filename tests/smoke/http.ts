/** A small HTTP client for the smoke suite: what a browser or a research script sends, nothing more. */
import { inject } from "vitest";
import { DEMO_PASSWORD } from "../../scripts/demo/network.ts";

export const baseUrl = () => inject("baseUrl");

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: any;
}

export class Caller {
  constructor(
    readonly name: string,
    /** `cookie` or `authorization` header value, or nothing for an anonymous caller. */
    private readonly credential: { cookie?: string; authorization?: string } = {},
  ) {}

  async call(
    method: string,
    path: string,
    body?: { type: string; text: string },
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const base = baseUrl();
    const h: Record<string, string> = { origin: base, accept: "application/json", ...headers };
    if (this.credential.cookie) h.cookie = this.credential.cookie;
    if (this.credential.authorization) h.authorization = this.credential.authorization;
    if (body) h["content-type"] = body.type;
    const res = await fetch(`${base}${path}`, { method, headers: h, body: body?.text, redirect: "manual" });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, headers: res.headers, text, json };
  }

  get = (path: string) => this.call("GET", path);
  postJson = (path: string, value: unknown) =>
    this.call("POST", path, { type: "application/json", text: JSON.stringify(value) });
}

export async function login(email: string, password = DEMO_PASSWORD): Promise<Answer> {
  return new Caller("anonymous").postJson("/api/auth/login", { email, password });
}

export async function signIn(email: string): Promise<Caller> {
  const r = await login(email);
  if (r.status !== 200) throw new Error(`sign-in ${email}: ${r.status} ${r.text}`);
  const cookie = (r.headers.get("set-cookie") ?? "").split(";")[0];
  return new Caller(email, { cookie });
}

/**
 * What is wrong with an answer by the house rules, or null: no 5xx ever, and every error an RFC
 * 9457 problem+json whose status matches the response.
 */
export function contractBreach(r: Answer): string | null {
  if (r.status >= 500) return `${r.status}: ${r.text.slice(0, 200)}`;
  if (r.status < 400) return null;
  const type = r.headers.get("content-type") ?? "";
  if (!type.startsWith("application/problem+json")) return `${r.status} as ${type || "no content type"}`;
  if (r.json?.status !== r.status || typeof r.json?.detail !== "string")
    return `${r.status} with a malformed problem: ${r.text.slice(0, 200)}`;
  return null;
}
