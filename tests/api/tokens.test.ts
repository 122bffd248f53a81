import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";
import { closedRound, download, lcg, newToken, randomPacked } from "./research-helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let roundId: string;

async function sha256(text: string) {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const tokens = () => `/api/v1/networks/${f.networkId}/tokens`;
const scales = (networkId = f.networkId) => `/api/v1/networks/${networkId}/export/scales?format=csv`;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  const rand = lcg(7);
  ({ roundId } = await closedRound(c.coordinator, f.networkId, {
    label: "Tokens round",
    opensOn: "2031-03-01",
    centreIds: [f.centreA],
    rows: Array.from({ length: 6 }, () => ({
      centreId: f.centreA,
      teamId: null,
      packed: randomPacked(rand),
    })),
  }));
});

describe("POST /api/v1/networks/:networkId/tokens", () => {
  it("creates a token shown once and stores only its SHA-256", async () => {
    const r = await c.coordinator.post(tokens(), { name: "Follow-up study", expiresOn: "2099-12-31" });
    expect(r.status).toBe(201);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(r.body).toMatchObject({ name: "Follow-up study", expiresOn: "2099-12-31" });
    expect(r.body.token).toMatch(/^amr_[A-Za-z0-9_-]{40,}$/);
    const row = await env.DB.prepare("SELECT token_hash, network_id FROM api_tokens WHERE id = ?")
      .bind(r.body.id)
      .first<{ token_hash: string; network_id: string }>();
    expect(row?.token_hash).toBe(await sha256(r.body.token));
    expect(row?.network_id).toBe(f.networkId);
    const stored = await env.DB.prepare("SELECT * FROM api_tokens WHERE id = ?").bind(r.body.id).first();
    expect(JSON.stringify(stored)).not.toContain(r.body.token);
  });

  it("names bad fields: blank name, impossible or past expiry", async () => {
    const blank = await c.coordinator.post(tokens(), { name: "  " });
    expectProblem(blank, 422);
    expect(fieldPaths(blank)).toEqual(["name"]);
    const impossible = await c.coordinator.post(tokens(), { name: "x", expiresOn: "2031-02-30" });
    expectProblem(impossible, 422);
    expect(fieldPaths(impossible)).toEqual(["expiresOn"]);
    const past = await c.coordinator.post(tokens(), { name: "x", expiresOn: "2001-01-01" });
    expectProblem(past, 422);
    expect(fieldPaths(past)).toEqual(["expiresOn"]);
  });

  it("is for the coordinator only: 403 for facilitator and researcher, 404 outside, 401 anonymous", async () => {
    expectProblem(await c.facilitatorA.post(tokens(), { name: "x" }), 403);
    expectProblem(await c.researcher.post(tokens(), { name: "x" }), 403);
    expectProblem(await c.outsider.post(tokens(), { name: "x" }), 404);
    expectProblem(await c.anonymous.post(tokens(), { name: "x" }), 401);
  });
});

describe("using a token", () => {
  it("reads its network's exports and records when it was last used", async () => {
    const t = await newToken(c.coordinator, f.networkId);
    const r = await download(scales(), { token: t.token });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/csv");
    const list = await c.coordinator.get(tokens());
    expect(list.status).toBe(200);
    const mine = list.body.find((x: { id: string }) => x.id === t.id);
    expect(mine.lastUsedAt).toBeTruthy();
    expect(mine.active).toBe(true);
  });

  it("GET .../tokens lists names, expiry and last use but never a token value", async () => {
    const t = await newToken(c.coordinator, f.networkId, { name: "listed" });
    const list = await c.coordinator.get(tokens());
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(t.token);
    const row = list.body.find((x: { id: string }) => x.id === t.id);
    expect(Object.keys(row).sort()).toEqual(
      ["active", "createdAt", "expiresOn", "id", "lastUsedAt", "name", "networkId", "revokedAt"].sort(),
    );
    expectProblem(await c.researcher.get(tokens()), 403);
    expectProblem(await c.outsider.get(tokens()), 404);
  });

  it("is refused by every route that is not an export of its network", async () => {
    const t = await newToken(c.coordinator, f.networkId);
    const auth = { token: t.token };
    expectProblem(await asJson(download(`/api/v1/networks/${f.networkId}/centres`, auth)), 403);
    expectProblem(await asJson(download(`/api/v1/rounds/${roundId}/report?centre=${f.centreA}`, auth)), 403);
    expectProblem(await asJson(download(`/api/v1/networks/${f.networkId}/rounds`, auth)), 403);
    expectProblem(await asJson(download(tokens(), auth)), 403);
    expectProblem(await asJson(download("/api/auth/me", auth)), 403);
    // Writes too: a bearer token is no cookie session, and still no user.
    const { SELF } = await import("cloudflare:test");
    const write = await SELF.fetch(`http://localhost/api/v1/networks/${f.networkId}/centres`, {
      method: "POST",
      headers: { authorization: `Bearer ${t.token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Sneaky" }),
    });
    expect([401, 403, 404]).toContain(write.status);
    const revokeOwn = await SELF.fetch(`http://localhost${tokens()}/${t.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${t.token}` },
    });
    expect(revokeOwn.status).toBe(403);
  });

  it("answers 404 for another network's exports", async () => {
    const t = await newToken(c.coordinator, f.networkId);
    const r = await asJson(download(scales(f.otherNetworkId), { token: t.token }));
    expectProblem(r, 404);
  });

  it("401 for an unknown token or a malformed header", async () => {
    expectProblem(await asJson(download(scales(), { token: "amr_not-a-real-token" })), 401);
    const { SELF } = await import("cloudflare:test");
    const res = await SELF.fetch(`http://localhost${scales()}`, { headers: { authorization: "Token abc" } });
    expect(res.status).toBe(401);
  });
});

describe("expiry", () => {
  it("works through its expiry date and not after", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const t = await newToken(c.coordinator, f.networkId, { expiresOn: today });
    expect((await download(scales(), { token: t.token })).status).toBe(200);
    // The day after: set the date back rather than wait.
    await env.DB.prepare("UPDATE api_tokens SET expires_on = '2020-01-01' WHERE id = ?").bind(t.id).run();
    expectProblem(await asJson(download(scales(), { token: t.token })), 401);
    const list = await c.coordinator.get(tokens());
    expect(list.body.find((x: { id: string }) => x.id === t.id).active).toBe(false);
  });
});

describe("DELETE /api/v1/networks/:networkId/tokens/:tokenId", () => {
  it("revokes: the token answers 401 from then on, and the revocation is audited", async () => {
    const t = await newToken(c.coordinator, f.networkId);
    expect((await download(scales(), { token: t.token })).status).toBe(200);
    expectProblem(await c.facilitatorA.delete(`${tokens()}/${t.id}`), 403);
    const r = await c.coordinator.delete(`${tokens()}/${t.id}`);
    expect(r.status).toBe(204);
    expect(r.body).toBe("");
    expectProblem(await asJson(download(scales(), { token: t.token })), 401);
    // Revoking again changes nothing.
    expect((await c.coordinator.delete(`${tokens()}/${t.id}`)).status).toBe(204);
    const audit = await env.DB.prepare("SELECT action FROM audit_log WHERE target_id = ? ORDER BY id")
      .bind(t.id)
      .all<{ action: string }>();
    expect(audit.results.map((a) => a.action)).toEqual(["token.create", "token.revoke"]);
    const list = await c.coordinator.get(tokens());
    const row = list.body.find((x: { id: string }) => x.id === t.id);
    expect(row.revokedAt).toBeTruthy();
    expect(row.active).toBe(false);
  });

  it("404 for an unknown token or one of another network", async () => {
    expectProblem(await c.coordinator.delete(`${tokens()}/nope`), 404);
    const t = await newToken(c.coordinator, f.networkId);
    expectProblem(await c.outsider.delete(`/api/v1/networks/${f.otherNetworkId}/tokens/${t.id}`), 404);
    expect((await download(scales(), { token: t.token })).status).toBe(200);
  });
});

/** A download whose body is problem+json, in the shape expectProblem reads. */
async function asJson(p: ReturnType<typeof download>) {
  const r = await p;
  let body: unknown = r.text;
  try {
    body = JSON.parse(r.text);
  } catch {}
  return { status: r.status, body: body as any, headers: r.headers };
}
