/**
 * Every route of the OpenAPI document under random and hostile input (hostile.ts, mutate.ts), sent
 * mostly as the coordinator, some as nobody, a facilitator or a research token. Properties:
 * - never a 5xx;
 * - every answer outside 2xx is problem+json with type, title, status and detail;
 * - a refused request (4xx) commits no write (observed-d1.ts), throttle counters and the audit log aside.
 * A 5xx is reported with what the Worker logged for it (its `onError` logs the error and stack).
 *
 * `npm test` sends about 3,000 requests with a fixed seed (fuzz-settings.ts); the long sweep, 100,000
 * or more with a seed of its own, is `npm run test:fuzz` (scripts/fuzz.ts), outside `npm test`.
 */
import { env } from "cloudflare:test";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUZZ_RUNS, FUZZ_SEED } from "./fuzz-settings.ts";
import { mutations } from "./mutate.ts";
import { observe, type Write } from "./observed-d1.ts";
import type { Caller } from "./policy.ts";
import { OWN_SESSION, validRequest } from "./requests.ts";
import { loadRoutes, type Route } from "./routes.ts";
import { type Agent, checkProblem, send, signedIn } from "./send.ts";
import { apply, type Wire } from "./wire.ts";
import { buildWorld, type World } from "./world.ts";

const routes = await loadRoutes();
const TOTAL = FUZZ_RUNS;
const SEED = FUZZ_SEED;
const PER_ROUTE = Math.ceil(TOTAL / routes.length);

type Who = "coordinator" | "anonymous" | "facilitator" | "token";
const who = fc.oneof(
  { weight: 14, arbitrary: fc.constant<Who>("coordinator") },
  { weight: 3, arbitrary: fc.constant<Who>("anonymous") },
  { weight: 2, arbitrary: fc.constant<Who>("facilitator") },
  { weight: 1, arbitrary: fc.constant<Who>("token") },
);

/** What a refused request may write: throttle counters, the audit trail, a token's last-use stamp. */
const mayWrite = (x: Write) =>
  x.table === "rate_limits" ||
  x.table === "audit_log" ||
  (x.table === "api_tokens" && /^\s*UPDATE api_tokens SET last_used_at = \? WHERE id = \?$/i.test(x.sql));
const writes: Write[] = [];
/** What the Worker logs with console.error (the error behind a 500), per request. */
const logged: string[] = [];
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  logged.push(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(" "));
  consoleError(...args);
};
const watched = Object.create(env, { DB: { value: observe(env.DB, writes) } }) as Cloudflare.Env;

let w: World;
const stats = {
  requests: 0,
  started: 0,
  byStatus: new Map<number, number>(),
  sending: 0,
  slowest: new Map<string, number>(),
};

beforeAll(async () => {
  w = await buildWorld();
  stats.started = Date.now();
}, 120_000);

afterAll(() => {
  console.error = consoleError;
  const seconds = (Date.now() - stats.started) / 1000;
  const slow = [...stats.slowest].sort(([, a], [, b]) => b - a).slice(0, 8);
  console.log(`slowest routes (ms in the Worker): ${slow.map(([k, ms]) => `${k} ${ms}`).join(", ")}`);
  const statuses = [...stats.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  console.log(
    `fuzz: ${stats.requests} requests over ${routes.length} routes in ${seconds.toFixed(0)} s ` +
      `(${(stats.sending / 1000).toFixed(0)} s of it in the Worker), seed ${SEED}; ${statuses.join(" ")}`,
  );
});

function preview(body: Wire["body"]): string {
  if (body === undefined) return "(none)";
  if (typeof body === "string")
    return body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body;
  if (body instanceof Uint8Array) return `<${body.length} bytes: ${[...body.slice(0, 40)].join(" ")}…>`;
  return "<stream>";
}

function describeCase(route: Route, caller: string, wire: Wire, status: number, text: string): string {
  const { cookie: _c, authorization: _a, ...headers } = wire.headers;
  return [
    `route ${route.key} as ${caller}`,
    `request ${wire.method} ${wire.path.slice(0, 400)}`,
    `headers ${JSON.stringify(headers).slice(0, 400)}`,
    `body ${preview(wire.body)}`,
    `answer ${status} ${text.slice(0, 600)}`,
  ].join("\n  ");
}

/** Objects of the route's own, for routes that change or delete them; made once per route. */
async function ownObjects(route: Route): Promise<Record<string, string>> {
  if (route.method === "GET" || route.template.includes("{code}")) return {};
  return (await validRequest(w, route, "coordinator", true)).pathValues;
}

const othersOf = (route: Route) =>
  new Set(routes.filter((r) => r.template === route.template && r !== route).map((r) => r.method));

function builder(route: Route): Caller {
  if (route.template.includes("/survey/")) return "respondent";
  if (route.template.includes("{code}")) return "participant";
  return "coordinator";
}

describe("the write witness", () => {
  it("sees the rows a request commits, and nothing for a refused one", async () => {
    writes.length = 0;
    const path = `/api/v1/networks/${w.f.networkId}/centres`;
    const headers = { ...w.agents.coordinator.headers(), "content-type": "application/json" };
    const made = await send("POST", path, {
      headers,
      body: JSON.stringify({ name: "Witnessed" }),
      env: watched,
    });
    expect(made.status).toBe(201);
    expect(writes.map((x) => x.table).sort()).toEqual(["audit_log", "centres"]);
    writes.length = 0;
    const refused = await send("POST", path, {
      headers,
      body: JSON.stringify({ name: "Witnessed" }),
      env: watched,
    });
    expect(refused.status).toBe(409);
    expect(writes).toEqual([]);
  });
});

describe.each(routes.map((route, i) => ({ route, i, key: route.key })))("$key", ({ route, i }) => {
  it(
    "never answers 5xx, refuses with problem+json and leaves nothing half-written",
    async () => {
      const own = await ownObjects(route);
      const agents: Record<Who, Agent> = {
        coordinator: OWN_SESSION.has(route.key)
          ? await signedIn("coordinator", w.f.emails.coordinator)
          : w.agents.coordinator,
        facilitator: w.agents.facilitatorA,
        token: w.agents.token,
        anonymous: w.agents.anonymous,
      };
      await fc.assert(
        fc.asyncProperty(mutations(route, othersOf(route)), who, async (muts, caller) => {
          const base = await validRequest(w, route, builder(route), false);
          base.pathValues = { ...base.pathValues, ...own };
          const wire = apply(route, base, muts, agents[caller].headers());
          const t = Date.now();
          writes.length = 0;
          logged.length = 0;
          const r = await send(wire.method, wire.path, {
            headers: wire.headers,
            body: wire.body ?? null,
            env: watched,
          });
          stats.sending += Date.now() - t;
          stats.slowest.set(route.key, (stats.slowest.get(route.key) ?? 0) + Date.now() - t);
          const committed = writes.filter((x) => !mayWrite(x));
          stats.requests++;
          stats.byStatus.set(r.status, (stats.byStatus.get(r.status) ?? 0) + 1);
          const what = () => describeCase(route, caller, wire, r.status, r.text);
          if (r.status >= 500)
            throw new Error(`5xx\n  ${what()}\n  logged ${logged.join("\n") || "(nothing)"}`);
          if (r.status >= 200 && r.status < 300) return;
          const problem = checkProblem(r);
          if (!problem.ok) throw new Error(`not problem+json: ${problem.why}\n  ${what()}`);
          if (committed.length)
            throw new Error(
              `a ${r.status} wrote ${committed.map((x) => `${x.table} (${x.changes}): ${x.sql.slice(0, 120)}`).join("; ")}\n  ${what()}`,
            );
        }),
        { numRuns: PER_ROUTE, seed: SEED + i },
      );
    },
    PER_ROUTE * 400 + 60_000,
  );
});

describe("the run", () => {
  it(`sent at least ${TOTAL} requests`, () => {
    expect(stats.requests).toBeGreaterThanOrEqual(TOTAL);
  });
});
