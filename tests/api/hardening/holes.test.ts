/**
 * Small holes found under attack (issue 13 item 4): each answered 500, or less clearly than it
 * should, before.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "../helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
});

describe("a bad Authorization header beside a valid session cookie", () => {
  it("is refused with 401 and a code naming the credential that failed", async () => {
    const path = `/api/v1/networks/${f.networkId}/rounds`;
    expect((await c.coordinator.get(path)).status).toBe(200);
    const unknown = await c.coordinator.call("GET", path, undefined, {
      authorization: "Bearer amr_not-a-token",
    });
    expectProblem(unknown, 401);
    expect(unknown.body.code).toBe("bearer-token-invalid");
    expect(unknown.body.detail).toMatch(/cookie was not used/);
    expect(unknown.headers.get("www-authenticate")).toMatch(/invalid_token/);
    const malformed = await c.coordinator.call("GET", path, undefined, {
      authorization: "Basic Zm9vOmJhcg==",
    });
    expectProblem(malformed, 401);
    expect(malformed.body.code).toBe("authorization-header-malformed");
  });
});

describe("confusable characters in names and labels", () => {
  const sneaky = {
    "zero-width space": "Team A\u200b",
    "right-to-left override": "Team \u202eA",
    NUL: "Team\u0000A",
    "byte order mark": "\ufeffTeam A",
  };
  for (const [what, name] of Object.entries(sneaky)) {
    it(`refuses a ${what} with 422 and the code confusable-characters`, async () => {
      const team = await c.coordinator.post(`/api/v1/centres/${f.centreA}/teams`, { name });
      expectProblem(team, 422);
      expect(fieldPaths(team)).toEqual(["name"]);
      expect(team.body.errors[0].code).toBe("confusable-characters");
      const network = await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { name });
      expectProblem(network, 422);
      const round = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
        label: name,
        opensOn: "2031-03-01",
        closesOn: "2031-03-31",
        centreIds: [f.centreA],
      });
      expectProblem(round, 422);
      expect(fieldPaths(round)).toEqual(["label"]);
    });
  }
  it("takes Danish letters, accents and inner spaces; a joined emoji (it holds U+200D) is refused like any joiner", async () => {
    const r = await c.coordinator.post(`/api/v1/centres/${f.centreA}/teams`, {
      name: "Æblegården – Søs 👩‍💻",
    });
    // The emoji's zero-width joiner (U+200D) is the one price: it is refused like any joiner.
    expectProblem(r, 422);
    const plain = await c.coordinator.post(`/api/v1/centres/${f.centreA}/teams`, {
      name: "Æblegården – Søs & Åse",
    });
    expect(plain.status).toBe(201);
  });
});
