/**
 * Issue 12, items 9 and 10, replayed: a removed member, a signed-out cookie and a forged cookie with
 * a far-off expiry. Time does not pass in a test, so "61 seconds later" is a token signed with an
 * issue time 61 seconds ago, with the secret the Worker uses (as a leaked or replayed token would be).
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../../api/index.ts";
import {
  COOKIE_NAME,
  type SessionClaims,
  TOKEN_SECONDS,
  verifySession,
} from "../../../api/lib/session-token.ts";
import { DEVELOPMENT_SESSION_SECRET } from "../../../api/middleware/secret-guard.ts";
import { Client, expectProblem, type Fixture, fixture, signIn } from "../helpers.ts";

const now = () => Math.floor(Date.now() / 1000);

/** Signs claims exactly as given (no cap): what a holder of the secret or an old build could send. */
async function forge(claims: Record<string, unknown>): Promise<string> {
  const enc = new TextEncoder();
  const b64url = (bytes: Uint8Array) =>
    btoa(String.fromCharCode(...bytes))
      .replaceAll("+", "-")
      .replaceAll("/", "_")
      .replace(/=+$/, "");
  const payload = b64url(enc.encode(JSON.stringify(claims)));
  const key = await crypto.subtle.importKey(
    "raw",
    enc.encode(env.SESSION_SECRET),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", key, enc.encode(payload)));
  return `${COOKIE_NAME}=${payload}.${b64url(sig)}`;
}

async function claimsOf(c: Client): Promise<SessionClaims> {
  const claims = await verifySession(c.cookie.slice(COOKIE_NAME.length + 1), env.SESSION_SECRET);
  if (!claims) throw new Error("the cookie does not verify");
  return claims;
}

/** A client holding the same session as `c`, its token as it will be `seconds` from now. */
async function later(c: Client, seconds: number): Promise<Client> {
  const claims = await claimsOf(c);
  const replay = new Client();
  replay.cookie = await forge({ ...claims, iat: claims.iat - seconds, exp: claims.exp - seconds });
  return replay;
}

const withCookie = (cookie: string) => Object.assign(new Client(), { cookie });

let f: Fixture;
beforeAll(async () => {
  f = await fixture();
});

describe("the server caps a session token's lifetime", () => {
  it("issues tokens that live at most TOKEN_SECONDS (60 s)", async () => {
    expect(TOKEN_SECONDS).toBeLessThanOrEqual(60);
    const claims = await claimsOf(await signIn(f.emails.researcher));
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(TOKEN_SECONDS);
    expect(claims.exp).toBeLessThanOrEqual(now() + TOKEN_SECONDS);
  });

  it("refuses a forged cookie of a signed-out session that claims a far-off expiry", async () => {
    const c = await signIn(f.emails.researcher);
    const claims = await claimsOf(c);
    expect((await c.post("/api/auth/logout")).status).toBe(204);
    const tenYears = 10 * 365 * 86_400;
    for (const forged of [
      { ...claims, iat: now(), exp: now() + tenYears },
      { ...claims, iat: now() + tenYears, exp: now() + tenYears },
      { sid: claims.sid, uid: claims.uid, grants: claims.grants, exp: now() + tenYears }, // no iat
    ]) {
      expectProblem(await withCookie(await forge(forged)).get("/api/auth/me"), 401);
    }
  });

  it("takes grants from the database, not from a long-lived token of a live session", async () => {
    const c = await signIn(f.emails.facilitatorA);
    const claims = await claimsOf(c);
    const forged = withCookie(
      await forge({
        ...claims,
        grants: [{ networkId: f.otherNetworkId, centreId: null, role: "coordinator" }],
        iat: now(),
        exp: now() + 86_400,
      }),
    );
    // The session is real, so the server renews it, with the grants the person really has.
    const r = await forged.get(`/api/v1/networks/${f.otherNetworkId}/memberships`);
    expectProblem(r, 404);
    expect(r.headers.get("set-cookie")).toMatch(new RegExp(`^${COOKIE_NAME}=`));
    expect((await forged.get(`/api/v1/centres/${f.centreA}`)).status).toBe(200);
  });
});

describe("removal and sign-out reach reads within 60 seconds", () => {
  it("stops a removed facilitator reading their centre", async () => {
    const fac = await signIn(f.emails.facilitatorB);
    expect((await fac.get(`/api/v1/centres/${f.centreB}`)).status).toBe(200);
    const coordinator = await signIn(f.emails.coordinator);
    const list = await coordinator.get(`/api/v1/networks/${f.networkId}/memberships`);
    const m = (list.body as { id: string; email: string }[]).find((x) => x.email === f.emails.facilitatorB);
    expect(m).toBeDefined();
    expect((await coordinator.delete(`/api/v1/memberships/${m?.id}`)).status).toBe(204);
    // The same token, one minute on (and at once in the isolate that saw the removal).
    const afterAMinute = await later(fac, TOKEN_SECONDS);
    expect([403, 404]).toContain((await afterAMinute.get(`/api/v1/centres/${f.centreB}`)).status);
    expect([403, 404]).toContain((await fac.get(`/api/v1/centres/${f.centreB}`)).status);
  });

  it("stops a removed researcher reading the exports", async () => {
    const f2 = await fixture();
    const res = await signIn(f2.emails.researcher);
    const path = `/api/v1/networks/${f2.networkId}/export/participation?format=json`;
    expect((await res.get(path)).status).toBe(200);
    const coordinator = await signIn(f2.emails.coordinator);
    const list = await coordinator.get(`/api/v1/networks/${f2.networkId}/memberships`);
    const m = (list.body as { id: string; email: string }[]).find((x) => x.email === f2.emails.researcher);
    expect((await coordinator.delete(`/api/v1/memberships/${m?.id}`)).status).toBe(204);
    expectProblem(await (await later(res, TOKEN_SECONDS)).get(path), 404);
  });

  it("refuses a signed-out cookie replayed, at once and a minute on", async () => {
    const c = await signIn(f.emails.coordinator);
    const cookie = c.cookie;
    const afterAMinute = await later(c, TOKEN_SECONDS);
    expect((await c.post("/api/auth/logout")).status).toBe(204);
    expectProblem(await withCookie(cookie).get("/api/auth/me"), 401);
    expectProblem(await withCookie(cookie).get(`/api/v1/networks/${f.networkId}/centres`), 401);
    expectProblem(await afterAMinute.get("/api/auth/me"), 401);
  });
});

describe("the development SESSION_SECRET", () => {
  const call = async (url: string) => {
    const ctx = createExecutionContext();
    const res = await (worker.fetch as NonNullable<typeof worker.fetch>)(
      new Request(url),
      { ...env, SESSION_SECRET: DEVELOPMENT_SESSION_SECRET },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    return res;
  };

  it("is refused off localhost with a problem that says what to do", async () => {
    const res = await call("https://amica.example.org/api/health");
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe("session-secret-not-configured");
    expect(body.detail).toMatch(/wrangler secret put SESSION_SECRET/);
  });

  it("is accepted on localhost, where development runs", async () => {
    for (const url of ["http://localhost/api/health", "http://127.0.0.1:8787/api/health"])
      expect((await call(url)).status).toBe(200);
  });
});
