/**
 * The OpenAPI document tells the truth: requests are generated from the document itself and every
 * answer is held to what the document declares for the operation.
 *
 * Per operation:
 * - a valid request (requests.ts) as anonymous, a research token, a researcher, a facilitator and
 *   the coordinator (and the code's holder on the code routes);
 * - valid variants: the optional body fields and query values drawn from their schemas
 *   (schema-values.ts); the validator must let them through;
 * - invalid variants: a field, query, path or header value the schema refuses, a required field
 *   left out, `{}` where the body needs a field, a duplicate where items are unique, malformed JSON,
 *   a body that is not JSON; they must be refused.
 * Every answer: a declared status, a declared content type, a body that fits the declared schema
 * (json-schema.ts), `WWW-Authenticate` on a 401, and the declared security (an operation that needs
 * credentials answers an anonymous valid request with 401; an open one never does).
 * The figures (operations, requests, failures by kind) are printed at the end.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app } from "../../../api/app.ts";
import { openApiDocument } from "../../../api/lib/openapi-document.ts";
import { check } from "./json-schema.ts";
import type { Caller } from "./policy.ts";
import { encodeBody, OWN_SESSION, type Request, validRequest } from "./requests.ts";
import { fillPath, type JsonSchema, loadRoutes, queryString, type Route } from "./routes.ts";
import { invalidValues, validValues, wireText } from "./schema-values.ts";
import { type Agent, type Sent, send, signedIn } from "./send.ts";
import { buildWorld, type World } from "./world.ts";

const docAnswer = await send("GET", "/api/openapi.json");
const doc = docAnswer.json as JsonSchema;
const routes = await loadRoutes();
const SEED = 20_310_419;
/** Per operation: valid variants, and at most this many invalid ones. */
const VALID_VARIANTS = 3;
const INVALID_VARIANTS = 8;

type Kind =
  | "5xx"
  | "undeclared status"
  | "content type"
  | "response body"
  | "401 without WWW-Authenticate"
  | "security"
  | "valid refused"
  | "invalid accepted";
const failures = new Map<Kind, string[]>();
const stats = { requests: 0, valid: 0, variants: 0, invalid: 0, started: 0 };
const byStatus = new Map<number, number>();

let w: World;
beforeAll(async () => {
  w = await buildWorld();
  stats.started = Date.now();
}, 120_000);

afterAll(() => {
  const kinds = [...failures].map(([k, list]) => `${k} ${list.length}`).join(", ") || "none";
  const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  console.log(
    `openapi conformance: ${routes.length} operations, ${stats.requests} requests ` +
      `(${stats.valid} valid as each caller, ${stats.variants} valid variants, ${stats.invalid} invalid) ` +
      `in ${((Date.now() - stats.started) / 1000).toFixed(0)} s; failures by kind: ${kinds}; ${statuses.join(" ")}`,
  );
});

const operation = (route: Route): JsonSchema => doc.paths[route.template][route.method.toLowerCase()];

/** The validator's own refusals (router.ts defaultHook, @hono/zod-openapi, hono's JSON parser). */
const VALIDATOR =
  /^(The request (body|query|path|header) is not valid\.|Malformed JSON in request body|Unsupported Media Type)$/;

type Expect = "valid" | "invalid";

function judge(route: Route, who: string, what: string, r: Sent, expectation: Expect, bodyOnly = false) {
  stats.requests++;
  byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  const op = operation(route);
  const fail = (kind: Kind, why: string) => {
    const list = failures.get(kind) ?? [];
    list.push(`${route.key} as ${who} (${what}) → ${r.status}: ${why}`);
    failures.set(kind, list);
  };
  if (r.status >= 500) fail("5xx", r.text.slice(0, 200));
  const declared = op.responses[String(r.status)] ?? op.responses.default;
  if (!declared) fail("undeclared status", `declared ${Object.keys(op.responses).join(", ")}`);
  if (r.status === 401 && !r.headers.get("www-authenticate")) fail("401 without WWW-Authenticate", r.text);
  const content = declared?.content as Record<string, { schema?: JsonSchema }> | undefined;
  const type = (r.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (declared && !content) {
    if (r.text !== "") fail("content type", `no body declared, got ${type} ${r.text.slice(0, 80)}`);
  } else if (content) {
    const media = content[type];
    if (!media) fail("content type", `${type || "(none)"} not among ${Object.keys(content).join(", ")}`);
    else if (media.schema && /^application\/([\w.-]+\+)?json$/.test(type)) {
      const wrong = r.json === undefined ? ["not JSON"] : check(r.json, media.schema, doc);
      if (wrong.length) fail("response body", wrong.slice(0, 4).join("; "));
    }
  }
  if (bodyOnly) return;
  const open = Array.isArray(op.security) && op.security.length === 0;
  if (who === "anonymous" && expectation === "valid") {
    if (open && r.status === 401) fail("security", "declared open, yet 401");
    if (!open && r.status !== 401) fail("security", "declared to need credentials, yet not 401");
  }
  const detail = typeof r.json?.detail === "string" ? r.json.detail : "";
  if (expectation === "valid" && [400, 415, 422].includes(r.status) && VALIDATOR.test(detail))
    fail("valid refused", `${detail} ${JSON.stringify(r.json?.errors ?? []).slice(0, 200)}`);
  if (expectation === "invalid" && r.status < 400) fail("invalid accepted", r.text.slice(0, 120));
}

/** The callers of a valid request: anonymous, a token, each role, and the code's holder. */
function callers(route: Route): Caller[] {
  const base: Caller[] = ["anonymous", "token", "researcher", "facilitator", "coordinator"];
  if (route.template.includes("/survey/")) return [...base, "respondent"];
  if (route.template.includes("{code}")) return [...base, "participant"];
  return base;
}

const agentName = {
  coordinator: "coordinator",
  facilitator: "facilitatorA",
  researcher: "researcher",
} as const;

async function agentFor(caller: Caller, route: Route): Promise<Agent> {
  if (caller === "token") return w.agents.token;
  const user = agentName[caller as keyof typeof agentName];
  if (!user) return w.agents.anonymous;
  return OWN_SESSION.has(route.key) ? signedIn(user, w.f.emails[user]) : w.agents[user];
}

function builder(route: Route): Caller {
  if (route.template.includes("/survey/")) return "respondent";
  if (route.template.includes("{code}")) return "participant";
  return "coordinator";
}

interface Wire {
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
  contentType?: string;
}

function wireOf(route: Route, req: Request): Wire {
  return {
    path: fillPath(route.template, req.pathValues),
    query: { ...req.query },
    headers: { ...req.headers },
    body: encodeBody(req),
    contentType: req.contentType,
  };
}

async function sendWire(route: Route, agent: Agent, wire: Wire): Promise<Sent> {
  const headers = agent.headers(wire.headers);
  if (wire.contentType) headers["content-type"] = wire.contentType;
  return send(route.method, wire.path + queryString(wire.query), { headers, body: wire.body });
}

async function baseRequest(route: Route, caller: Caller, own: Record<string, string>): Promise<Request> {
  const req = await validRequest(w, route, caller, false);
  req.pathValues = { ...req.pathValues, ...own };
  return req;
}

const isJsonBody = (route: Route) => route.body?.type.includes("json") ?? false;
const bodySchema = (route: Route): JsonSchema => route.body?.schema ?? {};
const properties = (route: Route): Record<string, JsonSchema> => bodySchema(route).properties ?? {};

/** A value on the wire (query, path, header) that the parameter's schema refuses as text. */
function wireInvalid(schema: JsonSchema, value: unknown): boolean {
  const text = wireText(value);
  const numeric = schema.type === "integer" || schema.type === "number";
  if (numeric) return !/^-?\d+(\.\d+)?$/.test(text) || check(Number(text), schema, doc).length > 0;
  return check(text, schema, doc).length > 0;
}

interface Variant {
  what: string;
  /** The changed request, or null where the variant does not apply to this base request. */
  apply: (wire: Wire, req: Request) => Wire | null;
}

function invalidVariants(route: Route): Variant[] {
  const out: Variant[] = [];
  const withBody = (what: string, f: (b: any) => unknown): Variant => ({
    what,
    apply: (wire, req) => {
      const body = f(structuredClone(req.body ?? {}));
      return body === null ? null : { ...wire, body: JSON.stringify(body) };
    },
  });
  if (isJsonBody(route)) {
    const schema = bodySchema(route);
    for (const [name, s] of Object.entries(properties(route))) {
      for (const { value, why } of invalidValues(s))
        out.push(withBody(`body ${name}: ${why}`, (b) => ({ ...b, [name]: value })));
      if (s.uniqueItems)
        out.push(
          withBody(`body ${name}: an item twice`, (b) =>
            Array.isArray(b[name]) && b[name].length ? { ...b, [name]: [...b[name], b[name][0]] } : null,
          ),
        );
    }
    for (const name of schema.required ?? [])
      out.push(
        withBody(`body without ${name}`, (b) => {
          const { [name]: _, ...rest } = b;
          return rest;
        }),
      );
    if (schema.minProperties) out.push(withBody("body {}", () => ({})));
    out.push(withBody("body an array", () => []));
    out.push({ what: "malformed JSON", apply: (wire) => ({ ...wire, body: '{"broken": ' }) });
    if (route.body?.required)
      out.push({ what: "body as text/plain", apply: (wire) => ({ ...wire, contentType: "text/plain" }) });
  }
  for (const p of route.params) {
    const candidates = invalidValues(p.schema).filter(({ value }) => wireInvalid(p.schema, value));
    for (const { value, why } of candidates) {
      const text = wireText(value);
      if (p.in === "query")
        out.push({
          what: `query ${p.name}: ${why}`,
          apply: (wire) => ({ ...wire, query: { ...wire.query, [p.name]: text } }),
        });
      if (p.in === "header")
        out.push({
          what: `header ${p.name}: ${why}`,
          apply: (wire) => ({ ...wire, headers: { ...wire.headers, [p.name]: text } }),
        });
      if (p.in === "path" && text !== "")
        out.push({
          what: `path ${p.name}: ${why}`,
          apply: (wire, req) => ({
            ...wire,
            path: fillPath(route.template, { ...req.pathValues, [p.name]: text }),
          }),
        });
    }
    if (p.required && p.in === "query")
      out.push({
        what: `query without ${p.name}`,
        apply: (wire) => {
          const { [p.name]: _, ...query } = wire.query;
          return { ...wire, query };
        },
      });
  }
  return out;
}

/** Optional body fields and query values drawn from their schemas (dates stay: they depend on each other). */
function validVariant(route: Route): fc.Arbitrary<Variant> {
  const props = Object.entries(properties(route)).filter(
    ([name, s]) =>
      !(bodySchema(route).required ?? []).includes(name) && s.format !== "date" && !/Ids?$/.test(name),
  );
  const query = route.params.filter((p) => p.in === "query" && !p.required);
  const body = isJsonBody(route)
    ? fc.record(Object.fromEntries(props.map(([k, s]) => [k, validValues(s)])), { requiredKeys: [] })
    : fc.constant({});
  const q = fc.record(Object.fromEntries(query.map((p) => [p.name, validValues(p.schema).map(wireText)])), {
    requiredKeys: [],
  });
  // A body schema may forbid some fields together (`not: { required: [...] }`): where the variant
  // would complete such a set, it leaves out the last of its own fields in the set.
  const together: string[] = bodySchema(route).not?.required ?? [];
  const merged = (base: object, b: Record<string, unknown>) => {
    const all: Record<string, unknown> = { ...base, ...b };
    const drop = together.filter((k) => k in b).at(-1);
    if (drop !== undefined && together.every((k) => k in all)) delete all[drop];
    return all;
  };
  return fc.tuple(body, q as fc.Arbitrary<Record<string, string>>).map(([b, extra]) => ({
    what: `valid variant ${JSON.stringify({ ...b, ...extra }).slice(0, 160)}`,
    apply: (wire, req) => ({
      ...wire,
      query: { ...wire.query, ...extra },
      body: isJsonBody(route) ? JSON.stringify(merged(req.body as object, b)) : wire.body,
    }),
  }));
}

/** Objects of the route's own for the routes that change or delete them, made once per route. */
async function ownObjects(route: Route): Promise<Record<string, string>> {
  if (route.method === "GET" || route.template.includes("{code}")) return {};
  return (await validRequest(w, route, "coordinator", true)).pathValues;
}

describe("the document", () => {
  it("is built once per isolate and served the same on every request", async () => {
    expect(openApiDocument(app)).toBe(openApiDocument(app));
    expect(docAnswer.status).toBe(200);
    const again = await send("GET", "/api/openapi.json");
    expect(again.text).toBe(docAnswer.text);
    const ids = routes.map((r) => operation(r).operationId);
    expect(ids.filter((id) => !/^[a-z][A-Za-z0-9]*$/.test(id ?? ""))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const schemes = Object.values(doc.components.securitySchemes) as JsonSchema[];
    expect(schemes.some((s) => s.type === "apiKey" && s.in === "cookie")).toBe(true);
  });
});

describe.each(routes.map((route, i) => ({ route, i, key: route.key })))("$key", ({ route, i }) => {
  it("answers as the document declares", async () => {
    const own = await ownObjects(route);
    for (const caller of callers(route)) {
      const req = await baseRequest(route, caller, own);
      const r = await sendWire(route, await agentFor(caller, route), wireOf(route, req));
      stats.valid++;
      judge(route, caller, "valid", r, "valid");
    }
    const who = builder(route);
    const agent = await agentFor(who, route);
    const variants = fc.sample(validVariant(route), { seed: SEED + i, numRuns: VALID_VARIANTS });
    for (const v of variants) {
      const req = await baseRequest(route, who, own);
      const r = await sendWire(route, agent, v.apply(wireOf(route, req), req) as Wire);
      stats.variants++;
      judge(route, who, v.what, r, "valid");
    }
    const all = invalidVariants(route);
    const picked =
      all.length <= INVALID_VARIANTS
        ? all
        : (fc.sample(fc.shuffledSubarray(all, { minLength: INVALID_VARIANTS, maxLength: INVALID_VARIANTS }), {
            seed: SEED + i,
            numRuns: 1,
          })[0] as Variant[]);
    for (const v of picked) {
      const req = await baseRequest(route, who, own);
      const wire = v.apply(wireOf(route, req), req);
      if (!wire) continue;
      const r = await sendWire(route, agent, wire);
      stats.invalid++;
      judge(route, who, v.what, r, "invalid");
    }
  }, 60_000);
});

describe("the run", () => {
  it("found every answer as declared", () => {
    const report = [...failures].flatMap(([kind, list]) => [
      `${kind} (${list.length}):`,
      ...list.slice(0, 15),
    ]);
    expect(report, report.join("\n")).toEqual([]);
  });
});
