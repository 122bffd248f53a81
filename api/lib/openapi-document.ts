/**
 * The OpenAPI document as the server really behaves, built once per isolate.
 *
 * The route files declare what is particular to each operation (its body, its 2xx, its domain 409
 * and 422). What every operation shares comes from the middleware and the router and is added here,
 * in one place, from what the operation declares:
 * - 400 for malformed JSON and path, query or header values the validator refuses;
 * - 401 on every operation: a malformed, unknown or revoked bearer token is refused before any
 *   route runs (and signed-out callers on the routes that need a session), always with
 *   `WWW-Authenticate` (see challenge.ts);
 * - 403 for a research token on a route that is not an export, a role too weak, and the CSRF guard
 *   on unsafe methods;
 * - 404 for path values that name nothing the caller may see;
 * - 413 on methods that carry a body (the body limit runs before routing), 415 and 422 where a JSON
 *   body is validated;
 * - the security each operation takes (session cookie, research token, or none), and a stable
 *   camelCase operationId derived from the method and path.
 * The conformance test (tests/api/hardening/openapi-conformance.test.ts) holds the server to it.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { problemSchema } from "../../shared/schemas/common.ts";
import { BEARER_CHALLENGE, COOKIE_CHALLENGE } from "./challenge.ts";
import { COOKIE_NAME } from "./session-token.ts";

// biome-ignore lint/suspicious/noExplicitAny: the document is plain JSON walked by key
type Json = Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: any app of ours, whatever its environment
type AnyApp = OpenAPIHono<any, any, any>;

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const UNSAFE = new Set(["post", "put", "patch", "delete"]);
const PROBLEM_REF = { $ref: "#/components/schemas/Problem" };
const problemContent = () => ({ "application/problem+json": { schema: PROBLEM_REF } });

const descriptions: Record<number, string> = {
  400: "Malformed JSON, or a path, query or header value that is not valid (field errors)",
  401: "Not signed in, or the bearer token is malformed, unknown, revoked or expired",
  403: "Role not allowed, a research token outside the exports, or a cross-site request",
  404: "Not found, or not visible to the caller",
  413: "Body too large",
  415: "Body not sent as JSON",
  422: "Body not valid (field errors)",
};

/** Segments of a path that are verbs, not things: `POST /rounds/{roundId}/open` is `openRound`. */
const ACTIONS = new Set([
  "open",
  "close",
  "publish",
  "reopen",
  "revoke",
  "import",
  "login",
  "logout",
  "export",
]);
/** Paths whose last segment names one thing, not a list, though it ends in s. */
const SINGULAR = new Set(["results", "research-docs", "participation"]);

const pascal = (s: string) =>
  s
    .split("-")
    .map((w) => (w ? w[0]?.toUpperCase() + w.slice(1) : ""))
    .join("");
const singular = (s: string) =>
  SINGULAR.has(s) ? s : s.endsWith("ies") ? `${s.slice(0, -3)}y` : s.endsWith("s") ? s.slice(0, -1) : s;
const isParam = (s: string) => s.startsWith("{");

/**
 * `GET /api/v1/networks/{networkId}/centres` → `listNetworkCentres`; `POST …/centres` →
 * `createNetworkCentre`; `PATCH /api/v1/centres/{centreId}` → `updateCentre`; actions and exports by
 * their verb (`openRound`, `exportNetworkScales`). Stable as long as the method and path are.
 */
export function operationIdFor(method: string, path: string): string {
  const segments = path.replace(/^\/api(\/v1)?\//, "").split("/");
  if (segments[0] === "auth") segments.shift();
  const last = segments.at(-1) as string;
  const named = (list: string[]) =>
    list.map((s, i) => (isParam(s) ? "" : isParam(list[i + 1] ?? "") ? singular(s) : s)).filter(Boolean);
  // An action reads on what precedes it: `POST /rounds/{roundId}/invitations/revoke` → `revokeRoundInvitations`.
  const action = segments.find((s) => ACTIONS.has(s));
  if (action)
    return (
      action +
      named(segments.filter((s) => s !== action))
        .map(pascal)
        .join("")
    );
  const nouns = named(segments);
  let verb: string;
  if (isParam(last)) {
    verb = { get: "get", patch: "update", put: "replace", delete: "delete" }[method] ?? method;
  } else {
    const plural = last.endsWith("s") && !SINGULAR.has(last);
    verb =
      { get: plural ? "list" : "get", post: plural ? "create" : "post", put: "set", patch: "update" }[
        method
      ] ?? method;
    // One thing is created in a list: `POST /networks/{networkId}/centres` → `createNetworkCentre`.
    if (method !== "get" && plural) nouns[nouns.length - 1] = singular(last);
  }
  return verb + nouns.map(pascal).join("");
}

/** Route configs as registered (with their zod schemas), by "method path" in OpenAPI form. */
function registeredBodies(app: AnyApp): Map<string, z.ZodType> {
  const out = new Map<string, z.ZodType>();
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== "route") continue;
    const media = def.route.request?.body?.content?.["application/json"];
    const schema = media && "schema" in media ? media.schema : undefined;
    if (schema instanceof z.ZodType) out.set(`${def.route.method} ${def.route.path}`, schema);
  }
  return out;
}

function addProblem(op: Json, status: number) {
  op.responses[status] ??= { description: descriptions[status] ?? "Error", content: problemContent() };
}

/** The finishing touches described at the top, on a document fresh from the generator. */
export function finishDocument(doc: Json, app: AnyApp): Json {
  doc.components ??= {};
  doc.components.schemas = {
    ...doc.components.schemas,
    Problem: z.toJSONSchema(problemSchema, { target: "draft-2020-12", io: "output" }),
  };
  delete doc.components.schemas.Problem.$schema;
  doc.components.securitySchemes = {
    ...doc.components.securitySchemes,
    session: {
      type: "apiKey",
      in: "cookie",
      name: COOKIE_NAME,
      description:
        "The session cookie set by `POST /api/auth/login`. Writes sent with it must come from the app's own origin.",
    },
  };
  const bodies = registeredBodies(app);
  const ids = new Map<string, string>();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      op.responses ??= {};
      const declared = new Set(Object.keys(op.responses).map(Number));
      const tokenRoute = (op.security ?? []).some((s: Json) => "researchToken" in s);
      // A route that declares no 401 of its own, or says it needs no credentials, is open to all.
      const open =
        !tokenRoute && (Array.isArray(op.security) ? op.security.length === 0 : !declared.has(401));
      op.security = open ? [] : tokenRoute ? [{ researchToken: [] }, { session: [] }] : [{ session: [] }];

      const params: Json[] = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const jsonBody = op.requestBody?.content?.["application/json"]?.schema as Json | undefined;
      if (params.length || jsonBody) addProblem(op, 400);
      addProblem(op, 401);
      if (!open || UNSAFE.has(method)) addProblem(op, 403);
      if (params.some((p) => p.in === "path")) addProblem(op, 404);
      if (UNSAFE.has(method)) addProblem(op, 413);
      if (jsonBody) {
        addProblem(op, 415);
        addProblem(op, 422);
      }
      op.responses[401].headers = {
        ...op.responses[401].headers,
        "WWW-Authenticate": {
          description: `How to authenticate: \`${tokenRoute ? `${BEARER_CHALLENGE}, ` : ""}${COOKIE_CHALLENGE}\` (a refused bearer token: \`${BEARER_CHALLENGE}, error="invalid_token"\`)`,
          required: true,
          schema: { type: "string" },
        },
      };
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        if (Number(status) >= 400 && response.content?.["application/problem+json"])
          response.content["application/problem+json"].schema = PROBLEM_REF;
      }

      // A body that names no required field yet is refused empty (a PATCH with nothing to change).
      const zodBody = bodies.get(`${method} ${path}`);
      if (jsonBody && jsonBody.type === "object" && !jsonBody.required?.length && zodBody) {
        if (!zodBody.safeParse({}).success) jsonBody.minProperties ??= 1;
      }

      op.operationId ??= operationIdFor(method, path);
      const other = ids.get(op.operationId);
      if (other) throw new Error(`operationId ${op.operationId} of ${method} ${path} is also ${other}'s`);
      ids.set(op.operationId, `${method} ${path}`);
    }
  }
  return doc;
}

const info = {
  title: "amica API",
  version: "1",
  description:
    "Benchmark surveys, reports and workshops for networks of contact centres. Sign in with POST /api/auth/login (cookie session); research exports take `Authorization: Bearer <token>`. Every error is `application/problem+json` (RFC 9457).",
};

let cached: { doc: Json; text: string } | undefined;

/**
 * The finished document and its JSON text. Built inside the first request that asks (generating it
 * takes a tenth of a second or more), then kept for the isolate's life: the routes never change
 * while it runs.
 */
export function openApiDocument(app: AnyApp): { doc: Json; text: string } {
  if (!cached) {
    const doc = finishDocument(app.getOpenAPI31Document({ openapi: "3.1.0", info }) as Json, app);
    cached = { doc, text: JSON.stringify(doc) };
  }
  return cached;
}
