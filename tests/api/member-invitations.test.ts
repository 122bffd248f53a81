import { beforeAll, describe, expect, it } from "vitest";
import {
  Client,
  clients,
  expectProblem,
  type Fixture,
  fieldPaths,
  fixture,
  PASSWORD,
  signIn,
} from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

const invite = (who: Client, body: unknown, networkId = f.networkId) =>
  who.post(`/api/v1/networks/${networkId}/member-invitations`, body);
const link = (token: string) => `/api/v1/account-links/${token}`;
const emailsOf = async (networkId: string) =>
  ((await c.coordinator.get(`/api/v1/networks/${networkId}/memberships`)).body as { email: string }[]).map(
    (m) => m.email,
  );

describe("POST /api/v1/networks/:networkId/member-invitations", () => {
  it("answers a one-time link, shown once, without telling whether the person has an account", async () => {
    const fresh = await invite(c.coordinator, { email: "Fresh.Person@Example.org", role: "researcher" });
    const known = await invite(c.coordinator, { email: f.emails.facilitatorB, role: "researcher" });
    expect(fresh.status).toBe(201);
    expect(known.status).toBe(201);
    expect(fresh.headers.get("cache-control")).toBe("no-store");
    const shape = (r: typeof fresh) => Object.keys(r.body).sort();
    expect(shape(known)).toEqual(shape(fresh));
    expect(fresh.body).toMatchObject({ kind: "join", email: "fresh.person@example.org", role: "researcher" });
    expect(fresh.body.path).toBe(`/account/${fresh.body.token}`);
    // Neither person is in the network before they accept.
    const emails = await emailsOf(f.networkId);
    expect(emails).not.toContain("fresh.person@example.org");
    expect(emails.filter((e) => e === f.emails.facilitatorB)).toHaveLength(1);
    // Pending links are listed without their tokens.
    const pending = await c.coordinator.get(`/api/v1/networks/${f.networkId}/member-invitations`);
    expect(pending.status).toBe(200);
    expect(pending.body.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining([fresh.body.id, known.body.id]),
    );
    expect(JSON.stringify(pending.body)).not.toContain(fresh.body.token);
  });

  it("names what is wrong, and refuses a role the person already has here", async () => {
    const noCentre = await invite(c.coordinator, { email: "x@example.org", role: "facilitator" });
    expectProblem(noCentre, 422);
    expect(fieldPaths(noCentre)).toEqual(["centreId"]);
    const withPassword = await invite(c.coordinator, {
      email: "x@example.org",
      role: "researcher",
      password: "chosen by somebody else",
    });
    expectProblem(withPassword, 422);
    expectProblem(await invite(c.coordinator, { email: f.emails.researcher, role: "researcher" }), 409);
    expectProblem(
      await invite(
        c.coordinator,
        { email: "z@example.org", role: "facilitator", centreId: f.centreA },
        f.otherNetworkId,
      ),
      404,
    );
  });

  it("is the coordinator's: 403 for a facilitator and a researcher, 401 anonymous", async () => {
    const body = { email: "q@example.org", role: "researcher" };
    expectProblem(await invite(c.facilitatorA, body), 403);
    expectProblem(await invite(c.researcher, body), 403);
    expectProblem(await invite(c.anonymous, body), 401);
  });
});

describe("POST /api/v1/account-links/:token/accept", () => {
  it("lets a new person choose their own name and password, once", async () => {
    const made = await invite(c.coordinator, {
      email: "newbie@example.org",
      role: "facilitator",
      centreId: f.centreB,
    });
    const anon = new Client();
    const seen = await anon.get(link(made.body.token));
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ kind: "join", email: "newbie@example.org", role: "facilitator" });
    expect(seen.body.centreName).toBeTruthy();

    const missing = await anon.post(`${link(made.body.token)}/accept`, {});
    expectProblem(missing, 422);
    expect(fieldPaths(missing).sort()).toEqual(["name", "password"]);
    const ok = await anon.post(`${link(made.body.token)}/accept`, { name: "New Be", password: PASSWORD });
    expect(ok.status).toBe(200);
    const login = await new Client().post("/api/auth/login", {
      email: "newbie@example.org",
      password: PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body.memberships).toEqual([
      expect.objectContaining({ centreId: f.centreB, role: "facilitator" }),
    ]);
    // Used: the link no longer works, for looking or for accepting.
    expectProblem(await anon.get(link(made.body.token)), 404);
    expectProblem(
      await anon.post(`${link(made.body.token)}/accept`, { name: "Again", password: PASSWORD }),
      404,
    );
  });

  it("asks an existing account to sign in, and adds the role to the right account only", async () => {
    const made = await invite(c.coordinator, { email: f.emails.facilitatorB, role: "researcher" });
    const path = `${link(made.body.token)}/accept`;
    // Nobody can set a password on an existing account through an invitation.
    const asNew = await new Client().post(path, { name: "Taker", password: "a password I chose" });
    expectProblem(asNew, 409);
    expect(
      (await new Client().post("/api/auth/login", { email: f.emails.facilitatorB, password: PASSWORD }))
        .status,
    ).toBe(200);
    // Signed in as somebody else: refused.
    expectProblem(await c.facilitatorA.post(path, {}), 403);
    // Signed in as the invited email: the role is added.
    const me = await signIn(f.emails.facilitatorB);
    expect((await me.post(path, {})).status).toBe(200);
    const roles = (await c.coordinator.get(`/api/v1/networks/${f.networkId}/memberships`)).body.filter(
      (m: { email: string }) => m.email === f.emails.facilitatorB,
    );
    expect(roles.map((m: { role: string }) => m.role).sort()).toEqual(["facilitator", "researcher"]);
  });

  it("ends a withdrawn link and the earlier link when a new one is made for the same person", async () => {
    const first = await invite(c.coordinator, { email: "twice@example.org", role: "researcher" });
    const second = await invite(c.coordinator, { email: "twice@example.org", role: "researcher" });
    expectProblem(await new Client().get(link(first.body.token)), 404);
    expect((await new Client().get(link(second.body.token))).status).toBe(200);
    expectProblem(await c.facilitatorA.delete(`/api/v1/member-invitations/${second.body.id}`), 403);
    expectProblem(await c.outsider.delete(`/api/v1/member-invitations/${second.body.id}`), 404);
    expect((await c.coordinator.delete(`/api/v1/member-invitations/${second.body.id}`)).status).toBe(204);
    expectProblem(await new Client().get(link(second.body.token)), 404);
  });

  it("refuses a malformed token with 400 and an unknown one with 404", async () => {
    expectProblem(await new Client().get(link("not-a-token")), 400);
    expectProblem(await new Client().get(link("0".repeat(48))), 404);
  });
});

describe("POST /api/v1/memberships/:membershipId/password-reset", () => {
  it("gives a one-time link through which the member sets a new password; old sessions end", async () => {
    const list = await c.coordinator.get(`/api/v1/networks/${f.networkId}/memberships`);
    const member = list.body.find((m: { email: string }) => m.email === f.emails.researcher);
    const before = await signIn(f.emails.researcher);
    const made = await c.coordinator.post(`/api/v1/memberships/${member.id}/password-reset`, {});
    expect(made.status).toBe(201);
    expect(made.headers.get("cache-control")).toBe("no-store");
    const seen = await new Client().get(link(made.body.token));
    expect(seen.body).toMatchObject({ kind: "reset", email: f.emails.researcher });
    const path = `${link(made.body.token)}/accept`;
    expectProblem(await new Client().post(path, { password: "short" }), 422);
    expect((await new Client().post(path, { password: "a brand new password" })).status).toBe(200);
    expectProblem(
      await new Client().post("/api/auth/login", { email: f.emails.researcher, password: PASSWORD }),
      401,
    );
    expect(
      (
        await new Client().post("/api/auth/login", {
          email: f.emails.researcher,
          password: "a brand new password",
        })
      ).status,
    ).toBe(200);
    // The session from before the reset is over (a write checks the session row at once).
    expectProblem(await invite(before, { email: "q@example.org", role: "researcher" }), 401);
  });

  it("is refused for a person who also belongs to a network the caller does not coordinate", async () => {
    // The outsider coordinates the other network; give them a role here too.
    const made = await invite(c.coordinator, { email: f.emails.outsider, role: "researcher" });
    expect((await c.outsider.post(`${link(made.body.token)}/accept`, {})).status).toBe(200);
    const list = await c.coordinator.get(`/api/v1/networks/${f.networkId}/memberships`);
    const member = list.body.find((m: { email: string }) => m.email === f.emails.outsider);
    const r = await c.coordinator.post(`/api/v1/memberships/${member.id}/password-reset`, {});
    expectProblem(r, 409);
    expectProblem(await c.facilitatorA.post(`/api/v1/memberships/${member.id}/password-reset`, {}), 403);
  });
});
