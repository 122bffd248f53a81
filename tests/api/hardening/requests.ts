/**
 * A valid request for any route: path parameters from the world, required query values, the
 * headers the route declares, and a body made from the route's JSON schema with values a real
 * client would send (dates, ids of the world, unique names). Where a schema cannot say what the
 * server wants (a CSV file, a questionnaire's answers, a ballot for a session) a sample says it.
 */
import fc from "fast-check";
import { builtinInstrument } from "../../../shared/instrument/index.ts";
import { PASSWORD } from "../helpers.ts";
import type { Caller } from "./policy.ts";
import { fillPath, type JsonSchema, type Route } from "./routes.ts";
import { BUILTIN_INSTRUMENT, type World } from "./world.ts";

export interface Request {
  method: string;
  path: string;
  /** Parameter values before encoding, for the fuzzer to vary. */
  pathValues: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** A JSON value, or the text of a non-JSON body. */
  body?: unknown;
  contentType?: string;
}

interface Context {
  w: World;
  route: Route;
  caller: Caller;
  /** Make new objects for the path's last parameter (the one the call may change or delete). */
  fresh: boolean;
}

/** Routes that end or replace the caller's session: each call gets a session of its own. */
export const OWN_SESSION = new Set(["POST /api/auth/login", "POST /api/auth/logout"]);

/** States the routes need their objects in, for a caller that is let in to succeed. */
const states: Record<string, Record<string, string>> = {
  "PATCH /api/v1/rounds/{roundId}": { roundId: "draft" },
  "POST /api/v1/rounds/{roundId}/open": { roundId: "draft" },
  "POST /api/v1/rounds/{roundId}/close": { roundId: "open" },
  "POST /api/v1/rounds/{roundId}/publish": { roundId: "closed" },
  "POST /api/v1/rounds/{roundId}/reopen": { roundId: "closed" },
  "POST /api/v1/rounds/{roundId}/invitations": { roundId: "open" },
  "POST /api/v1/rounds/{roundId}/invitations/revoke": { roundId: "open" },
  "POST /api/v1/rounds/{roundId}/responses/import": { roundId: "open" },
  "PATCH /api/v1/rounds/{roundId}/headcounts": { roundId: "open" },
  "POST /api/v1/rounds/{roundId}/slip-requests": { roundId: "open" },
  "POST /api/v1/voting-sessions/{sessionId}/close": { sessionId: "open" },
  "POST /api/v1/voting-sessions/{sessionId}/reopen": { sessionId: "closed" },
};

const firstItem = builtinInstrument.items[0]?.code as string;

/** Bodies and query values the schema alone cannot give. */
const samples: Record<string, (x: Context) => Promise<Partial<Request>> | Partial<Request>> = {
  "POST /api/auth/login": ({ w }) => ({ body: { email: w.f.emails.researcher, password: PASSWORD } }),
  "POST /api/v1/networks/{networkId}/instruments": ({ w }) => ({
    body: { ...builtinInstrument, key: `sample-${w.f.networkId}-${w.seq()}`, version: 1 },
  }),
  "POST /api/v1/networks/{networkId}/reference-sets": ({ w }) => ({
    body: {
      instrumentId: BUILTIN_INSTRUMENT,
      name: `Set ${w.seq()}`,
      source: "Sample",
      values: { influence: { mean: 50, sd: 20 } },
    },
  }),
  "POST /api/v1/networks/{networkId}/reference-sets/import": ({ w }) => ({
    query: { instrumentId: BUILTIN_INSTRUMENT, name: `Imported ${w.seq()}` },
    body: "scale,mean,sd,source\ninfluence,50,20,Sample\n",
    contentType: "text/csv",
  }),
  "POST /api/v1/rounds/{roundId}/responses/import": ({ w }) => ({
    body: `centre,${firstItem},panel_code\n${w.f.centreA},1,sample-${w.seq()}\n`,
    contentType: "text/csv",
  }),
  // Clearing the headcount is valid whatever codes and answers earlier calls left in the round.
  "PATCH /api/v1/rounds/{roundId}/headcounts": ({ w }) => ({
    body: { centres: [{ centreId: w.f.centreA, headcount: null }] },
  }),
  "POST /api/v1/networks/{networkId}/member-invitations": ({ w }) => ({
    body: { email: `member${w.seq()}-${w.f.networkId}@example.org`, role: "researcher" },
  }),
  "POST /api/v1/account-links/{token}/accept": () => ({ body: { name: "New", password: PASSWORD } }),
  "POST /api/v1/seminars/{seminarId}/contributions": ({ w }) => ({
    body: { centreId: w.f.centreA, kind: "presented", text: "What we showed" },
  }),
  "POST /api/v1/survey/{code}/responses": () => ({ body: { answers: { [firstItem]: 1 } } }),
  "POST /api/v1/vote/{code}/ballots": ({ w }) => ({ body: { ranking: w.vote.statementIds } }),
};

const DATES: Record<string, string> = {
  opensOn: "2031-03-01",
  closesOn: "2031-03-31",
  startsOn: "2031-04-01",
  endsOn: "2031-04-02",
  heldOn: "2031-05-01",
  dueOn: "2031-06-01",
  joinedOn: "2030-01-01",
  expiresOn: "2099-12-31",
};

/** Values by field name: what a client fills in where the schema says only "string". */
async function hint(name: string, x: Context): Promise<unknown> {
  const { w } = x;
  if (DATES[name]) return DATES[name];
  switch (name) {
    case "centreId":
    case "centre":
      return w.f.centreA;
    case "centreIds":
      return [w.f.centreA];
    case "teamId":
    case "team":
      return w.f.teamA1;
    case "roundId":
    case "baselineRoundId":
      return w.object("roundId", "published");
    case "instrumentId":
      return BUILTIN_INSTRUMENT;
    case "referenceSetId":
      return w.object("referenceSetId");
    case "seminarId":
      return w.object("seminarId");
    case "workshopId":
      return w.object("workshopId");
    case "statementId":
      return w.shortList[0];
    case "statementIds":
      return w.shortList;
    case "email":
      return `someone${w.seq()}-${w.f.networkId}@example.org`;
    case "password":
      return PASSWORD;
    case "role":
      return "researcher";
    case "scaleKey":
      return "influence";
    case "scaleKeys":
    case "attentionPoints":
      return ["influence"];
    case "idempotency-key":
      return `key-${w.seq()}-${crypto.randomUUID()}`;
  }
  return undefined;
}

/** Fields a PATCH sends when the schema requires none: the first of these it has. */
const BENIGN = ["name", "title", "label", "text", "decisions", "notes", "goal", "purpose"];

/** Strings matching a pattern: a hundred drawn once per pattern (drawing is slow), then taken in turn. */
const matching = new Map<string, { values: string[]; next: number }>();
function fromPattern(pattern: string): string {
  let m = matching.get(pattern);
  if (!m) {
    m = { values: fc.sample(fc.stringMatching(new RegExp(pattern)), { seed: 1, numRuns: 100 }), next: 0 };
    matching.set(pattern, m);
  }
  return m.values[m.next++ % m.values.length] as string;
}

export const typeOf = (s: JsonSchema): string | undefined =>
  Array.isArray(s.type) ? s.type.find((t: string) => t !== "null") : s.type;

/** A value valid for the schema, preferring what a real client would send for a field of that name. */
export async function validValue(schema: JsonSchema, name: string, x: Context): Promise<unknown> {
  const hinted = await hint(name, x);
  if (hinted !== undefined) return hinted;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.find((v: unknown) => v !== null);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return validValue(branches.find((b: JsonSchema) => b.type !== "null") ?? {}, name, x);
  switch (typeOf(schema)) {
    case "object": {
      const props: Record<string, JsonSchema> = schema.properties ?? {};
      const required: string[] = schema.required ?? [];
      const keys = required.length ? required : BENIGN.filter((k) => k in props).slice(0, 1);
      if (!keys.length && Object.keys(props).length) keys.push(Object.keys(props)[0] as string);
      const out: Record<string, unknown> = {};
      for (const k of keys) out[k] = await validValue(props[k] ?? {}, k, x);
      return out;
    }
    case "array": {
      const n = Math.max(schema.minItems ?? 0, 1);
      return Promise.all(Array.from({ length: n }, () => validValue(schema.items ?? {}, name, x)));
    }
    case "string": {
      const min = schema.minLength ?? 0;
      const max = schema.maxLength ?? 200;
      const text = `${name || "text"} ${x.w.seq()}`.padEnd(min, "x").slice(0, max);
      // A pattern that a plain unique text meets (such as "not blank") keeps names unique.
      if (schema.pattern && !new RegExp(schema.pattern, "u").test(text)) return fromPattern(schema.pattern);
      if (schema.format === "email") return `someone${x.w.seq()}@example.org`;
      return text;
    }
    case "integer":
    case "number":
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case "boolean":
      return false;
  }
  return "x";
}

/**
 * A code nobody issued, new for every request: the survey route gives each code (issued or not) a
 * small daily budget of lookups, so a shared wrong code would be throttled after a dozen callers.
 */
let unknownCodes = 0;
const unknownCode = () => `QQ${String(++unknownCodes).padStart(6, "7")}`;

/** The code a caller holds for a code route: their own kind opens it, any other is a wrong code. */
function codeFor(x: Context): string {
  const kind = x.route.template.includes("/survey/")
    ? "survey"
    : x.route.template.includes("/vote/")
      ? "vote"
      : "collect";
  if (x.caller === "respondent") return x.w.surveyCode();
  if (x.caller === "participant") return kind === "vote" ? x.w.vote.code : x.w.joinCode;
  return unknownCode();
}

export async function validRequest(w: World, route: Route, caller: Caller, fresh: boolean): Promise<Request> {
  const x: Context = { w, route, caller, fresh };
  const names = route.params.filter((p) => p.in === "path").map((p) => p.name);
  const pathValues: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    pathValues[name] =
      name === "code"
        ? codeFor(x)
        : await w.object(name, states[route.key]?.[name], fresh && i === names.length - 1);
  }
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const p of route.params) {
    if (!p.required || p.in === "path") continue;
    const v = String(await validValue(p.schema, p.name, x));
    if (p.in === "query") query[p.name] = v;
    if (p.in === "header") headers[p.name] = v;
  }
  const sample = (await samples[route.key]?.(x)) ?? {};
  let body: unknown;
  let contentType: string | undefined;
  if (route.body) {
    contentType = route.body.type;
    body = route.body.type.includes("json") ? await validValue(route.body.schema, "", x) : "";
  }
  return {
    method: route.method,
    path: fillPath(route.template, pathValues),
    pathValues,
    query: { ...query, ...sample.query },
    headers: { ...headers, ...sample.headers },
    body: sample.body ?? body,
    contentType: sample.contentType ?? contentType,
  };
}

export function encodeBody(req: Pick<Request, "body" | "contentType">): string | undefined {
  if (req.body === undefined) return undefined;
  return typeof req.body === "string" ? req.body : JSON.stringify(req.body);
}
