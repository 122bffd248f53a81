import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { DECOY_PASSWORD_RECORD, PASSWORD_ITERATIONS } from "../../api/lib/password.ts";
import {
  Client,
  clients,
  expectProblem,
  type Fixture,
  fieldPaths,
  fixture,
  ORIGIN,
  PASSWORD,
  signIn,
} from "./helpers.ts";

let f: Fixture;
beforeAll(async () => {
  f = await fixture();
});

describe("POST /api/auth/login", () => {
  it("sets an HttpOnly SameSite=Lax cookie without Secure on http://localhost and returns the person", async () => {
    const c = new Client();
    const r = await c.post("/api/auth/login", { email: f.emails.facilitatorA, password: PASSWORD });
    expect(r.status).toBe(200);
    expect(r.body.email).toBe(f.emails.facilitatorA);
    expect(r.body.memberships).toEqual([
      expect.objectContaining({
        networkId: f.networkId,
        centreId: f.centreA,
        role: "facilitator",
        centreName: "Centre A",
      }),
    ]);
    const cookie = r.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it("marks the cookie Secure outside localhost", async () => {
    const { SELF } = await import("cloudflare:test");
    const res = await SELF.fetch("https://amica.example.org/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://amica.example.org" },
      body: JSON.stringify({ email: f.emails.researcher, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/Secure/);
  });

  it("refuses a wrong password with 401 problem+json", async () => {
    const r = await new Client().post("/api/auth/login", {
      email: f.emails.coordinator,
      password: "wrong password",
    });
    expectProblem(r, 401);
  });

  it("refuses an unknown email the same way", async () => {
    const r = await new Client().post("/api/auth/login", {
      email: "nobody@example.org",
      password: "whatever",
    });
    expectProblem(r, 401);
    const wrong = await new Client().post("/api/auth/login", {
      email: f.emails.coordinator,
      password: "whatever",
    });
    // Nothing in the answer tells the two apart.
    expect(r.body).toEqual(wrong.body);
  });

  it("checks an unknown email against a full-strength decoy, computed without module-level work", () => {
    // Same PBKDF2 cost as a real account: the timing does not tell which accounts exist.
    expect(DECOY_PASSWORD_RECORD.iterations).toBe(PASSWORD_ITERATIONS);
  });

  it("names the field when the body is malformed", async () => {
    const r = await new Client().post("/api/auth/login", { email: 42 });
    expectProblem(r, 422);
    expect(fieldPaths(r)).toEqual(expect.arrayContaining(["email", "password"]));
  });

  it("answers 400 to JSON that does not parse", async () => {
    const r = await new Client().call("POST", "/api/auth/login", "{not json");
    expectProblem(r, 400);
  });

  it("throttles an account after repeated failures, with Retry-After", async () => {
    const c = new Client();
    const email = "throttled@example.org";
    for (let i = 0; i < 10; i++)
      expectProblem(await c.post("/api/auth/login", { email, password: `bad ${i}` }), 401);
    const r = await c.post("/api/auth/login", { email, password: PASSWORD });
    expectProblem(r, 429);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("records logins and failed logins in the audit log", async () => {
    // Only this file's rows (its fixture's people, the throttled account above): the database is
    // shared with the other files this pool worker runs (vitest.config.ts, isolate: false).
    const n = f.networkId.split("-").at(-1);
    const rows = await env.DB.prepare(
      "SELECT action FROM audit_log WHERE action LIKE 'login%' AND (target_id LIKE ? OR instr(detail, ?) > 0)",
    )
      .bind(`user-%-${n}`, "throttled@example.org")
      .all<{ action: string }>();
    const actions = rows.results.map((r) => r.action);
    expect(actions).toContain("login");
    expect(actions).toContain("login.failed");
  });
});

describe("GET /api/auth/me and logout", () => {
  it("returns 401 without a session", async () => {
    expectProblem(await new Client().get("/api/auth/me"), 401);
  });

  it("returns the caller, and 401 after logout even with the old cookie replayed", async () => {
    const c = await signIn(f.emails.coordinator);
    const me = await c.get("/api/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.memberships[0].role).toBe("coordinator");
    const oldCookie = c.cookie;
    const out = await c.post("/api/auth/logout");
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    const replay = new Client();
    replay.cookie = oldCookie;
    // Writes check the session row at once; reads at the next renewal of the short-lived token.
    expectProblem(
      await replay.post(`/api/v1/networks/${f.networkId}/centres`, { name: "After logout" }),
      401,
    );
  });

  it("rejects a tampered cookie", async () => {
    const c = await signIn(f.emails.coordinator);
    const [name, value] = c.cookie.split("=");
    const [payload, sig] = value.split(".");
    const forged = JSON.parse(atob(payload.replaceAll("-", "+").replaceAll("_", "/")));
    forged.grants.push({ networkId: f.otherNetworkId, centreId: null, role: "coordinator" });
    const b64 = btoa(JSON.stringify(forged)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
    const evil = new Client();
    evil.cookie = `${name}=${b64}.${sig}`;
    expectProblem(await evil.get(`/api/v1/networks/${f.otherNetworkId}`), 401);
  });
});

describe("CSRF", () => {
  it("refuses a cookie-authenticated write from another origin", async () => {
    const c = await signIn(f.emails.coordinator);
    const r = await c.call(
      "POST",
      `/api/v1/networks/${f.networkId}/centres`,
      { name: "Forged" },
      { origin: "https://evil.example" },
    );
    expectProblem(r, 403);
  });

  it("refuses a cross-site form post", async () => {
    const c = await signIn(f.emails.coordinator);
    const r = await c.call("POST", `/api/v1/networks/${f.networkId}/centres`, "name=Forged", {
      origin: "https://evil.example",
      "content-type": "application/x-www-form-urlencoded",
    });
    expectProblem(r, 403);
  });

  it("accepts the same write from our origin", async () => {
    const c = await signIn(f.emails.coordinator);
    const r = await c.call(
      "POST",
      `/api/v1/networks/${f.networkId}/centres`,
      { name: "Same origin" },
      { origin: ORIGIN },
    );
    expect(r.status).toBe(201);
  });
});

describe("roles after renewal", () => {
  it("gives each role only what it may reach", async () => {
    const cl = await clients(f);
    expect((await cl.outsider.get(`/api/v1/networks/${f.networkId}`)).status).toBe(404);
    expect((await cl.researcher.get(`/api/v1/networks/${f.networkId}`)).body.role).toBe("researcher");
  });
});
