/**
 * Every kind of response the API gives carries the security headers: JSON, no content, a CSV
 * stream, HTML pages, the OpenAPI document, problem+json of each status (an unknown route, a body
 * over the limit, throttling and an unexpected error included). And the SPA's static files declare
 * the same in public/_headers.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import spaHeaders from "../../../public/_headers?raw";
import { IMPORT_LIMIT, JSON_LIMIT } from "./mutate.ts";
import { Agent, type Sent, send } from "./send.ts";
import { buildWorld, type World } from "./world.ts";

/** What every response must say; `value` checks the header's value where more than presence matters. */
const REQUIRED: { name: string; value: (v: string) => string | null }[] = [
  {
    name: "content-security-policy",
    value: (v) => {
      const d = directives(v);
      if (!d.has("frame-ancestors")) return "no frame-ancestors";
      const scripts = d.get("script-src") ?? d.get("default-src") ?? "";
      if (!d.has("script-src") && !d.has("default-src")) return "no script-src or default-src";
      if (/'unsafe-inline'|'unsafe-eval'/.test(scripts)) return `scripts allow ${scripts}`;
      return null;
    },
  },
  {
    name: "strict-transport-security",
    value: (v) => {
      const age = Number(/max-age=(\d+)/i.exec(v)?.[1] ?? 0);
      return age >= 31_536_000 && /includeSubDomains/i.test(v) ? null : `weak: ${v}`;
    },
  },
  {
    name: "referrer-policy",
    value: (v) => (["no-referrer", "same-origin", "strict-origin"].includes(v) ? null : `leaky: ${v}`),
  },
  { name: "x-content-type-options", value: (v) => (v === "nosniff" ? null : v) },
];

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...rest] = d.split(/\s+/);
        return [(name as string).toLowerCase(), rest.join(" ")] as [string, string];
      }),
  );
}

function missing(get: (name: string) => string | null): string[] {
  return REQUIRED.flatMap(({ name, value }) => {
    const v = get(name);
    if (v === null) return [`${name} missing`];
    const bad = value(v);
    return bad ? [`${name}: ${bad}`] : [];
  });
}

let w: World;
beforeAll(async () => {
  w = await buildWorld();
}, 120_000);

/** The database as a Worker would see it with D1 down: every query throws. */
const brokenEnv = () =>
  Object.create(env, {
    DB: {
      value: new Proxy(env.DB, {
        get: () => () => {
          throw new Error("D1 is unavailable (simulated)");
        },
      }),
    },
  }) as Cloudflare.Env;

const kinds: { kind: string; status: number; type?: string; call: () => Promise<Sent> }[] = [
  {
    kind: "2xx JSON",
    status: 200,
    type: "application/json",
    call: () => w.agents.coordinator.call("GET", "/api/v1/networks"),
  },
  {
    kind: "201 JSON",
    status: 201,
    call: () => w.agents.coordinator.call("POST", "/api/v1/networks", { name: "Headers" }),
  },
  { kind: "204 no content", status: 204, call: () => new Agent("x").call("POST", "/api/auth/logout") },
  {
    kind: "CSV export stream",
    status: 200,
    type: "text/csv",
    call: () => w.agents.token.call("GET", `/api/v1/networks/${w.f.networkId}/export/scales?format=csv`),
  },
  { kind: "API docs page", status: 200, type: "text/html", call: () => send("GET", "/api/docs") },
  {
    kind: "research docs page",
    status: 200,
    type: "text/html",
    call: () => send("GET", "/api/v1/research-docs"),
  },
  {
    kind: "OpenAPI document",
    status: 200,
    type: "application/json",
    call: () => send("GET", "/api/openapi.json"),
  },
  { kind: "400 bad query", status: 400, call: () => send("GET", "/api/v1/themes/NOT-A-KEY") },
  { kind: "401 not signed in", status: 401, call: () => send("GET", "/api/auth/me") },
  {
    kind: "403 research token off the exports",
    status: 403,
    call: () => w.agents.token.call("GET", "/api/auth/me"),
  },
  {
    kind: "403 cross-site write",
    status: 403,
    call: () =>
      w.agents.coordinator.call(
        "POST",
        "/api/v1/networks",
        { name: "x" },
        { origin: "https://evil.example" },
      ),
  },
  { kind: "404 unknown route", status: 404, call: () => send("GET", "/api/no/such/route") },
  { kind: "404 unknown method", status: 404, call: () => send("DELETE", "/api/health") },
  {
    kind: "404 not visible",
    status: 404,
    call: () => w.agents.outsider.call("GET", `/api/v1/networks/${w.f.networkId}`),
  },
  {
    kind: "409 conflict",
    status: 409,
    call: async () =>
      w.agents.coordinator.call("POST", `/api/v1/rounds/${await w.object("roundId", "published")}/open`),
  },
  {
    kind: "413 JSON body over 1 MB",
    status: 413,
    call: () => w.agents.coordinator.call("POST", "/api/v1/networks", { name: "x".repeat(JSON_LIMIT) }),
  },
  {
    kind: "413 CSV over 25 MB",
    status: 413,
    call: async () =>
      send("POST", `/api/v1/rounds/${await w.object("roundId", "open")}/responses/import`, {
        headers: w.agents.coordinator.headers({ "content-type": "text/csv" }),
        body: new Uint8Array(IMPORT_LIMIT + 1).fill(0x31),
      }),
  },
  {
    kind: "415 or 422 form body",
    status: 0,
    call: () =>
      w.agents.coordinator.call("POST", "/api/v1/networks", "name=x", {
        "content-type": "application/x-www-form-urlencoded",
      }),
  },
  {
    kind: "422 invalid body",
    status: 422,
    call: () => w.agents.coordinator.call("POST", "/api/v1/networks", {}),
  },
  {
    kind: "429 throttled",
    status: 429,
    call: async () => {
      const headers = { "cf-connecting-ip": "192.0.2.99" };
      let r = await send("GET", "/api/v1/join/QQQQ00", { headers });
      for (let i = 0; i < 500 && r.status !== 429; i++)
        r = await send("GET", `/api/v1/join/QQQQ${i}`, { headers });
      return r;
    },
  },
  {
    kind: "500 unexpected error",
    status: 500,
    call: () =>
      send("GET", "/api/v1/networks", { headers: w.agents.coordinator.headers(), env: brokenEnv() }),
  },
];

describe("security headers on every kind of API response", () => {
  it.each(kinds)("$kind", async ({ status, type, call }) => {
    const r = await call();
    if (status) expect(r.status, r.text.slice(0, 300)).toBe(status);
    else expect([415, 422]).toContain(r.status);
    if (type) expect(r.headers.get("content-type")).toContain(type);
    if (r.status >= 400) expect(r.headers.get("content-type")).toContain("application/problem+json");
    expect(missing((n) => r.headers.get(n))).toEqual([]);
  });
});

describe("public/_headers (the SPA's static files)", () => {
  /** Cloudflare's format: a URL pattern, then its headers indented below it. */
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of spaHeaders.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current) {
      const i = line.indexOf(":");
      current.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
    }
  }

  it("declares the same headers for every path (/*)", () => {
    const all = rules.get("/*");
    expect(all, "a /* rule").toBeDefined();
    expect(missing((n) => all?.get(n) ?? null)).toEqual([]);
  });

  it("lets no rule take a security header away (! removes a header in _headers)", () => {
    const removed = [...rules].flatMap(([path, h]) =>
      [...h.keys()]
        .filter((k) => k.startsWith("!") || REQUIRED.some((r) => r.name === k && !h.get(k)))
        .map((k) => `${path} ${k}`),
    );
    expect(removed).toEqual([]);
  });
});
