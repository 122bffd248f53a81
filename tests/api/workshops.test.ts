import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let workshopId: string;
let joinCode: string;

const CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  const r = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Trivsel 2031" });
  workshopId = r.body.id;
  joinCode = r.body.joinCode;
});

describe("POST /api/v1/centres/:centreId/workshops", () => {
  it("starts a series in the collect stage with a 6-character join code", async () => {
    const r = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Another" });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ title: "Another", stage: "collect", centreId: f.centreA, roundId: null });
    expect(r.body.joinCode).toMatch(CODE);
    expect(r.body.joinCode).not.toBe(joinCode);
  });

  it("names bad fields: blank title, a round the centre is not in", async () => {
    const blank = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "  " });
    expectProblem(blank, 422);
    expect(fieldPaths(blank)).toEqual(["title"]);
    const round = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, {
      title: "x",
      roundId: "nope",
    });
    expectProblem(round, 422);
    expect(fieldPaths(round)).toEqual(["roundId"]);
  });

  it("ties the series to a round of the centre", async () => {
    const round = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      label: "R",
      opensOn: "2031-03-01",
      closesOn: "2031-03-31",
      centreIds: [f.centreA],
    });
    const r = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, {
      title: "After R",
      roundId: round.body.id,
    });
    expect(r.status).toBe(201);
    expect(r.body.roundId).toBe(round.body.id);
    const other = await c.facilitatorB.post(`/api/v1/centres/${f.centreB}/workshops`, {
      title: "Not in R",
      roundId: round.body.id,
    });
    expectProblem(other, 422);
  });

  it("is 404 for another centre's facilitator and outsiders, 403 for a researcher, 401 anonymous", async () => {
    const body = { title: "x" };
    expectProblem(await c.facilitatorB.post(`/api/v1/centres/${f.centreA}/workshops`, body), 404);
    expectProblem(await c.outsider.post(`/api/v1/centres/${f.centreA}/workshops`, body), 404);
    expectProblem(await c.researcher.post(`/api/v1/centres/${f.centreA}/workshops`, body), 403);
    expectProblem(await c.anonymous.post(`/api/v1/centres/${f.centreA}/workshops`, body), 401);
    expect((await c.coordinator.post(`/api/v1/centres/${f.centreA}/workshops`, body)).status).toBe(201);
  });
});

describe("GET workshops", () => {
  it("lists a centre's series with counts; only for those who may work there", async () => {
    const r = await c.facilitatorA.get(`/api/v1/centres/${f.centreA}/workshops`);
    expect(r.status).toBe(200);
    expect(r.body.map((w: { id: string }) => w.id)).toContain(workshopId);
    expect(r.body[0]).toMatchObject({
      collected: expect.any(Number),
      shortList: expect.any(Number),
      votingSessions: 0,
    });
    expectProblem(await c.facilitatorB.get(`/api/v1/centres/${f.centreA}/workshops`), 404);
    expectProblem(await c.researcher.get(`/api/v1/centres/${f.centreA}/workshops`), 403);
    expectProblem(await c.facilitatorB.get(`/api/v1/workshops/${workshopId}`), 404);
    expectProblem(await c.facilitatorB.get(`/api/v1/workshops/${workshopId}/statements`), 404);
    expectProblem(await c.anonymous.get(`/api/v1/workshops/${workshopId}`), 401);
  });
});

describe("collect: participants add statements with the join code", () => {
  it("GET /api/v1/join/:code says what the code opens", async () => {
    const r = await c.anonymous.get(`/api/v1/join/${joinCode}`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ type: "collect", code: joinCode, stage: "collect" });
  });

  it("takes a statement anonymously, the code typed in lower case with a dash", async () => {
    const view = await c.anonymous.get(`/api/v1/collect/${joinCode}`);
    expect(view.status).toBe(200);
    expect(view.body).toEqual({ code: joinCode, title: "Trivsel 2031" });
    const typed = `${joinCode.slice(0, 3).toLowerCase()}-${joinCode.slice(3).toLowerCase()}`;
    const r = await c.anonymous.post(`/api/v1/collect/${typed}/statements`, {
      text: "Influence on my own day",
      kind: "gives",
    });
    expect(r.status).toBe(201);
    const list = await c.facilitatorA.get(`/api/v1/workshops/${workshopId}/statements`);
    expect(list.status).toBe(200);
    expect(list.body).toContainEqual(
      expect.objectContaining({ id: r.body.id, source: "participant", kind: "gives", shortList: false }),
    );
  });

  it("names bad fields (422): no kind, blank text", async () => {
    const r = await c.anonymous.post(`/api/v1/collect/${joinCode}/statements`, { text: " " });
    expectProblem(r, 422);
    expect(fieldPaths(r).sort()).toEqual(["kind", "text"]);
  });

  it("is 404 for an unknown code", async () => {
    expectProblem(await c.anonymous.get("/api/v1/collect/ZZZZZZ"), 404);
    expectProblem(
      await c.anonymous.post("/api/v1/collect/ZZZZZZ/statements", { text: "x", kind: "takes" }),
      404,
    );
    expectProblem(await c.anonymous.get("/api/v1/join/ZZZZZZ"), 404);
  });
});

describe("condense: the facilitator's short list", () => {
  let originals: string[];

  beforeAll(async () => {
    originals = [];
    for (const text of ["Too many calls in a row", "Queue pressure", "Nice colleagues"]) {
      const r = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/statements`, {
        text,
        kind: "takes",
      });
      expect(r.status).toBe(201);
      originals.push(r.body.id);
    }
  });

  it("POST /api/v1/workshops/:id/statements without kind adds to the short list, keeping the originals", async () => {
    const r = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/statements`, {
      text: "Time pressure",
      mergedFrom: originals.slice(0, 2),
    });
    expect(r.status).toBe(201);
    expect(Object.keys(r.body)).toEqual(["id"]);
    const detail = await c.facilitatorA.get(`/api/v1/workshops/${workshopId}`);
    expect(detail.status).toBe(200);
    const short = detail.body.statements.find((s: { id: string }) => s.id === r.body.id);
    expect(short).toMatchObject({ shortList: true, kind: null, source: "facilitator", position: 0 });
    const merged = detail.body.statements.filter((s: { mergedInto: string }) => s.mergedInto === r.body.id);
    expect(merged.map((s: { id: string }) => s.id).sort()).toEqual(originals.slice(0, 2).sort());
    expect(detail.body.shortList).toBe(1);
  });

  it("refuses to condense what is not a collected statement of the workshop (422 naming it)", async () => {
    const r = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/statements`, {
      text: "Bad",
      mergedFrom: [originals[2], "nope"],
    });
    expectProblem(r, 422);
    expect(fieldPaths(r)).toEqual(["mergedFrom.1"]);
    const both = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/statements`, {
      text: "Bad",
      kind: "gives",
      mergedFrom: [originals[2]],
    });
    expectProblem(both, 422);
    expect(fieldPaths(both)).toEqual(["mergedFrom"]);
  });

  it("PATCH /api/v1/statements/:id edits wording, order and grouping", async () => {
    const short = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/statements`, {
      text: "Colleagues",
    });
    const r = await c.facilitatorA.patch(`/api/v1/statements/${originals[2]}`, { mergedInto: short.body.id });
    expect(r.status).toBe(200);
    expect(r.body.mergedInto).toBe(short.body.id);
    const edited = await c.facilitatorA.patch(`/api/v1/statements/${short.body.id}`, {
      text: "Good colleagues",
      position: 9,
    });
    expect(edited.body).toMatchObject({ text: "Good colleagues", position: 9 });
    const ungroup = await c.facilitatorA.patch(`/api/v1/statements/${originals[2]}`, { mergedInto: null });
    expect(ungroup.body.mergedInto).toBeNull();
  });

  it("names what cannot change (422): kind of a short-list statement, grouping under a collected one", async () => {
    const detail = await c.facilitatorA.get(`/api/v1/workshops/${workshopId}`);
    const short = detail.body.statements.find((s: { shortList: boolean }) => s.shortList);
    const kind = await c.facilitatorA.patch(`/api/v1/statements/${short.id}`, { kind: "gives" });
    expectProblem(kind, 422);
    expect(fieldPaths(kind)).toEqual(["kind"]);
    const group = await c.facilitatorA.patch(`/api/v1/statements/${originals[2]}`, {
      mergedInto: originals[0],
    });
    expectProblem(group, 422);
    expect(fieldPaths(group)).toEqual(["mergedInto"]);
    expectProblem(await c.facilitatorB.patch(`/api/v1/statements/${originals[2]}`, { text: "x" }), 404);
    expectProblem(await c.researcher.patch(`/api/v1/statements/${originals[2]}`, { text: "x" }), 403);
  });

  it("keeps the short list to 12 (409 beyond)", async () => {
    const w = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Full" });
    for (let i = 0; i < 12; i++)
      expect(
        (await c.facilitatorA.post(`/api/v1/workshops/${w.body.id}/statements`, { text: `S${i}` })).status,
      ).toBe(201);
    expectProblem(
      await c.facilitatorA.post(`/api/v1/workshops/${w.body.id}/statements`, { text: "S12" }),
      409,
    );
  });

  it("DELETE /api/v1/statements/:id removes a statement and ungroups its originals", async () => {
    const short = await c.facilitatorA.post(`/api/v1/workshops/${workshopId}/statements`, {
      text: "To remove",
      mergedFrom: [originals[2]],
    });
    const r = await c.facilitatorA.delete(`/api/v1/statements/${short.body.id}`);
    expect(r.status).toBe(204);
    const row = await env.DB.prepare("SELECT merged_into FROM statements WHERE id = ?")
      .bind(originals[2])
      .first<{ merged_into: string | null }>();
    expect(row?.merged_into).toBeNull();
    expectProblem(await c.facilitatorA.delete(`/api/v1/statements/${short.body.id}`), 404);
  });
});

describe("stages", () => {
  it("keeps one join code through the stages; a late statement hears that collecting has ended", async () => {
    const w = await c.facilitatorA.post(`/api/v1/centres/${f.centreA}/workshops`, { title: "Stages" });
    const code = w.body.joinCode;
    const r = await c.facilitatorA.patch(`/api/v1/workshops/${w.body.id}`, { stage: "condense" });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ stage: "condense", joinCode: code });
    const late = await c.anonymous.post(`/api/v1/collect/${code}/statements`, {
      text: "late",
      kind: "gives",
    });
    expectProblem(late, 409);
    expect(late.body.reason).toBe("collecting-ended");
    const view = await c.anonymous.get(`/api/v1/collect/${code}`);
    expectProblem(view, 409);
    expect(view.body.reason).toBe("collecting-ended");
    expect((await c.anonymous.get(`/api/v1/join/${code}`)).body).toEqual({
      type: "wait",
      code,
      stage: "condense",
    });
    const back = await c.facilitatorA.patch(`/api/v1/workshops/${w.body.id}`, { stage: "collect" });
    expect(back.body.joinCode).toBe(code);
    const again = await c.anonymous.post(`/api/v1/collect/${code}/statements`, {
      text: "back",
      kind: "gives",
    });
    expect(again.status).toBe(201);
    const bad = await c.facilitatorA.patch(`/api/v1/workshops/${w.body.id}`, { stage: "voting" });
    expectProblem(bad, 422);
    expect(fieldPaths(bad)).toEqual(["stage"]);
    expectProblem(await c.facilitatorB.patch(`/api/v1/workshops/${w.body.id}`, { title: "x" }), 404);
  });
});

describe("guessing codes", () => {
  it("throttles a client after 400 unknown codes (429 with Retry-After), while a good code still opens", async () => {
    // A room of 40 phones shares one address: ten typos each must not lock the room out, and
    // whatever the address did, a valid code keeps working.
    let misses = 0;
    for (; misses < 401; misses++) {
      const r = await c.anonymous.get(`/api/v1/vote/QQQQ${String(misses).padStart(3, "0")}`);
      if (r.status === 429) {
        expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
        break;
      }
      if (r.status !== 404) throw new Error(`miss ${misses}: ${r.status}`);
    }
    expect(misses).toBeGreaterThan(390);
    expect(misses).toBeLessThanOrEqual(400);
    expectProblem(await c.anonymous.get("/api/v1/join/QQQQZZZ"), 429);
    expect((await c.anonymous.get(`/api/v1/join/${joinCode}`)).status).toBe(200);
  }, 120_000);
});

describe("GET /api/openapi.json", () => {
  it("documents the workshop, voting, participant and action-plan routes", async () => {
    const r = await c.facilitatorA.get("/api/openapi.json");
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/centres/{centreId}/workshops",
        "/api/v1/workshops/{workshopId}/statements",
        "/api/v1/workshops/{workshopId}/voting-sessions",
        "/api/v1/voting-sessions/{sessionId}/close",
        "/api/v1/voting-sessions/{sessionId}/results",
        "/api/v1/workshops/{workshopId}/results",
        "/api/v1/vote/{code}",
        "/api/v1/vote/{code}/ballots",
        "/api/v1/collect/{code}/statements",
        "/api/v1/centres/{centreId}/action-plans",
        "/api/v1/action-plans/{planId}",
        "/api/v1/action-items/{itemId}",
      ]),
    );
    const ballot = r.body.paths["/api/v1/vote/{code}/ballots"].post;
    expect(ballot.parameters).toContainEqual(
      expect.objectContaining({ in: "header", name: "idempotency-key", required: true }),
    );
    expect(Object.keys(ballot.responses)).toEqual(expect.arrayContaining(["200", "201", "409", "422"]));
  });
});
