/**
 * One request per operation the OpenAPI document lists, as every kind of caller, against
 * `wrangler dev`: nothing answers 5xx and every error is problem+json. Path values are the demo
 * network's real ids, so reads reach their handlers instead of stopping at a 404. Write bodies are
 * `{}` (or an empty CSV): this suite looks for crashes on the real runtime, not for behaviour,
 * which the API tests own. Callers go from least to most powerful, and within one caller reads go
 * first and deletions and sign-out last, so each caller still finds the data it is allowed to see.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_INSTRUMENT_ID } from "../../api/routes/instruments/instrument-id.ts";
import { DEMO_NETWORK_ID, demoCentres, demoRounds, demoUsers } from "../../scripts/demo/network.ts";
import { demoSeminarTables } from "../../scripts/demo/seminar.ts";
import { demoWorkshopTables } from "../../scripts/demo/workshop.ts";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { themes } from "../../shared/themes/index.ts";
import { type Answer, Caller, contractBreach, signIn } from "./http.ts";

const firstId = (tables: [string, Record<string, unknown>[]][], table: string): string => {
  const row = tables.find(([name]) => name === table)?.[1][0];
  if (typeof row?.id !== "string") throw new Error(`the demo has no ${table}`);
  return row.id;
};

const focal = demoCentres[0];
const [coordinatorUser, facilitatorUser, researcherUser] = demoUsers;

/** A value for each path parameter; a new one fails the suite until it is given one here. */
const pathValues = (tokenId: string): Record<string, string> => ({
  networkId: DEMO_NETWORK_ID,
  centreId: focal.id,
  teamId: `${focal.id}-team-1`,
  // A member none of the callers below signs in as, so deleting it leaves them working.
  membershipId: `${demoUsers[3].id}-membership`,
  roundId: demoRounds[demoRounds.length - 1].id,
  instrumentId: BUILTIN_INSTRUMENT_ID,
  code: "SMOKE2345",
  workshopId: firstId(demoWorkshopTables, "workshops"),
  statementId: firstId(demoWorkshopTables, "statements"),
  sessionId: firstId(demoWorkshopTables, "voting_sessions"),
  planId: firstId(demoWorkshopTables, "action_plans"),
  itemId: firstId(demoWorkshopTables, "action_items"),
  tokenId,
  seminarId: firstId(demoSeminarTables, "seminars"),
  contributionId: firstId(demoSeminarTables, "seminar_contributions"),
  meetingId: firstId(demoSeminarTables, "results_meetings"),
  practiceId: firstId(demoSeminarTables, "practices"),
  key: themes[0].key,
  scaleKey: builtinInstrument.scales[0].key,
  // One-time links: none in the demo, so these answer 404 (the routes still run end to end).
  invitationId: "smoke-invitation",
  token: "0".repeat(48),
});

/** Required query and header values. */
const requiredValues: Record<string, string> = {
  instrumentId: BUILTIN_INSTRUMENT_ID,
  name: "Smoke",
  centre: focal.id,
  "idempotency-key": "smoke-1",
};

interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: string; required?: boolean }[];
  bodyType?: string;
}

const ORDER = ["get", "post", "put", "patch", "delete"];
const lastOf = (op: Operation) => (op.path === "/api/auth/logout" ? 1 : 0);

async function operations(): Promise<Operation[]> {
  const doc = (await new Caller("anonymous").get("/api/openapi.json")).json as {
    paths: Record<string, Record<string, { parameters?: Operation["parameters"]; requestBody?: any }>>;
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      ops.push({
        method,
        path,
        parameters: op.parameters ?? [],
        bodyType: op.requestBody ? Object.keys(op.requestBody.content ?? {})[0] : undefined,
      });
    }
  }
  return ops.sort((a, b) => lastOf(a) - lastOf(b) || ORDER.indexOf(a.method) - ORDER.indexOf(b.method));
}

function request(op: Operation, values: Record<string, string>) {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no smoke value for the path parameter {${name}} of ${op.path}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const p of op.parameters) {
    if (!p.required || p.in === "path") continue;
    const value = requiredValues[p.name];
    if (value === undefined)
      throw new Error(`no smoke value for the ${p.in} parameter ${p.name} of ${op.path}`);
    if (p.in === "query") query.set(p.name, value);
    if (p.in === "header") headers[p.name] = value;
  }
  const body = op.bodyType
    ? { type: op.bodyType, text: op.bodyType === "application/json" ? "{}" : "" }
    : undefined;
  return { url: query.size ? `${path}?${query}` : path, body, headers };
}

/** Runs `fn` over `items`, at most `limit` at a time (reads only; writes go one by one). */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

let ops: Operation[];
let callers: Caller[];
let tokenId: string;
let token: string;

beforeAll(async () => {
  ops = await operations();
  const [coordinator, facilitator, researcher] = await Promise.all([
    signIn(coordinatorUser.email),
    signIn(facilitatorUser.email),
    signIn(researcherUser.email),
  ]);
  const created = await coordinator.postJson(`/api/v1/networks/${DEMO_NETWORK_ID}/tokens`, {
    name: "Smoke test",
  });
  expect(created.status).toBe(201);
  tokenId = created.json.id;
  token = created.json.token;
  callers = [
    new Caller("anonymous"),
    new Caller("research token", { authorization: `Bearer ${token}` }),
    researcher,
    facilitator,
    coordinator,
  ];
});

describe("the documented contract on wrangler dev", () => {
  it("lists the operations it is about to call", () => {
    expect(ops.length).toBeGreaterThan(50);
  });

  it("serves every research export to the research token and to a signed-in researcher", async () => {
    const exports = ops.filter((op) => op.path.includes("/export/") || op.path.endsWith("/codebook"));
    expect(exports.length).toBeGreaterThanOrEqual(6);
    const [, tokenCaller, researcher] = callers;
    // JSON (the default) comes again in the sweep below; here the two streamed text formats.
    const cases = exports.flatMap((op) => [
      { op, caller: tokenCaller, format: "csv", type: "text/csv" },
      { op, caller: researcher, format: "ndjson", type: "application/x-ndjson" },
    ]);
    const failures: string[] = [];
    await pool(cases, 4, async ({ op, caller, format, type }) => {
      const { url } = request(op, pathValues(tokenId));
      const r = await caller.get(`${url}${url.includes("?") ? "&" : "?"}format=${format}`);
      const what = `${caller.name} ${url} ${format}`;
      const breach = contractBreach(r);
      if (breach) failures.push(`${what}: ${breach}`);
      else if (r.status !== 200) failures.push(`${what}: ${r.status} ${r.text}`);
      else if (!(r.headers.get("content-type") ?? "").startsWith(type) && !url.includes("/instruments/"))
        failures.push(`${what}: ${r.headers.get("content-type")}`);
      else if (!r.text.trim()) failures.push(`${what}: empty`);
    });
    expect(failures).toEqual([]);
  });

  it("answers every operation for every caller without a 5xx, errors as problem+json", async () => {
    const failures: string[] = [];
    const summary: Record<string, Record<string, number>> = {};
    const values = pathValues(tokenId);
    const send = async ([caller, op]: [Caller, Operation]) => {
      const { url, body, headers } = request(op, values);
      const what = `${caller.name} ${op.method.toUpperCase()} ${url}`;
      let r: Answer;
      try {
        r = await caller.call(op.method.toUpperCase(), url, body, headers);
      } catch (err) {
        failures.push(`${what}: ${err}`);
        return;
      }
      summary[caller.name] ??= {};
      const kind = `${Math.floor(r.status / 100)}xx`;
      summary[caller.name][kind] = (summary[caller.name][kind] ?? 0) + 1;
      const breach = contractBreach(r);
      if (breach) failures.push(`${what}: ${breach}`);
    };
    const pairs = (keep: (op: Operation) => boolean) =>
      callers.flatMap((caller) => ops.filter(keep).map((op): [Caller, Operation] => [caller, op]));
    // Reads change nothing: all callers at once. Writes one by one, weakest caller first.
    await pool(
      pairs((op) => op.method === "get"),
      6,
      send,
    );
    for (const pair of pairs((op) => op.method !== "get")) await send(pair);
    // The two HTML pages are not operations of the document.
    for (const path of ["/api/docs", "/api/v1/research-docs"]) {
      const r = await callers[0].get(path);
      if (r.status !== 200) failures.push(`GET ${path}: ${r.status}`);
    }
    console.info("smoke answers by caller:", JSON.stringify(summary));
    expect(failures).toEqual([]);
    // Signed-in callers got past authentication: their reads reached the handlers.
    for (const caller of callers.slice(2)) expect(summary[caller.name]["2xx"]).toBeGreaterThan(20);
    expect(summary["research token"]["2xx"]).toBeGreaterThanOrEqual(6);
  });
});
