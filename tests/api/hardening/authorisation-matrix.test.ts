/**
 * Every route of the OpenAPI document × every kind of caller, against the declared policy
 * (policy.ts). Requests are valid (requests.ts), so that what answers is the access check and not
 * the validator; a caller the policy lets in must get a 2xx, one it keeps out exactly the
 * problem+json status the policy says.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { CALLERS, type Caller, expected, policy, ruleFor, ruleMatches } from "./policy.ts";
import { encodeBody, OWN_SESSION, validRequest } from "./requests.ts";
import { loadRoutes, queryString } from "./routes.ts";
import { type Agent, checkProblem, send, signedIn } from "./send.ts";
import { buildWorld, type World } from "./world.ts";

const routes = await loadRoutes();

let w: World;
beforeAll(async () => {
  w = await buildWorld();
}, 120_000);

const userOf: Partial<
  Record<Caller, "coordinator" | "facilitatorA" | "facilitatorB" | "researcher" | "outsider">
> = {
  coordinator: "coordinator",
  facilitator: "facilitatorA",
  otherFacilitator: "facilitatorB",
  researcher: "researcher",
  outsider: "outsider",
};

async function agentFor(caller: Caller, ownSession: boolean): Promise<Agent> {
  const user = userOf[caller];
  if (user) return ownSession ? signedIn(user, w.f.emails[user]) : w.agents[user];
  return caller === "token" ? w.agents.token : w.agents.anonymous;
}

describe("the policy", () => {
  it("covers every route of the OpenAPI document", () => {
    const missing = routes.filter((r) => !ruleFor(r.key)).map((r) => r.key);
    expect(missing, `routes missing from tests/api/hardening/policy.ts:\n${missing.join("\n")}`).toEqual([]);
  });

  it("has no rule that matches no route any more", () => {
    const stale = policy.filter((rule) => !routes.some((r) => ruleMatches(rule, r.key))).map((r) => r.match);
    expect(stale).toEqual([]);
  });

  it("sees the routes the app mounts (the document is not empty)", () => {
    expect(routes.length).toBeGreaterThan(90);
  });
});

describe.each(routes)("$key", (route) => {
  it("answers each caller as the policy says", async () => {
    const rule = ruleFor(route.key);
    if (!rule) throw new Error(`${route.key} is not in the policy (tests/api/hardening/policy.ts)`);
    const wrong: string[] = [];
    for (const caller of CALLERS) {
      const outcome = expected(rule, caller);
      const req = await validRequest(w, route, caller, outcome === "allow" && route.method !== "GET");
      const agent = await agentFor(caller, OWN_SESSION.has(route.key));
      const headers = agent.headers(req.headers);
      if (req.contentType) headers["content-type"] = req.contentType;
      const r = await send(req.method, req.path + queryString(req.query), { headers, body: encodeBody(req) });
      const said = `${caller}: ${req.method} ${req.path}${queryString(req.query)} → ${r.status} ${r.text.slice(0, 300)}`;
      if (outcome === "allow") {
        if (r.status < 200 || r.status > 299) wrong.push(`expected 2xx. ${said}`);
      } else if (r.status !== outcome) {
        wrong.push(`expected ${outcome}. ${said}`);
      } else {
        const problem = checkProblem(r);
        if (!problem.ok) wrong.push(`not problem+json (${problem.why}). ${said}`);
      }
    }
    expect(wrong, wrong.join("\n")).toEqual([]);
  }, 60_000);
});
