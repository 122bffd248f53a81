import { beforeAll, describe, expect, it } from "vitest";
import { SUPPORT_TEXT_MAX } from "../../shared/support-text.ts";
import { Client, clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let roundId: string;

const path = (centre: string) => `/api/v1/centres/${centre}/support-text`;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label: "Spring 2031",
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds: [f.centreA, f.centreB],
  });
  roundId = r.body.id;
  expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/open`)).status).toBe(200);
});

async function codeFor(centreId: string): Promise<string> {
  const r = await c.coordinator.post(`/api/v1/rounds/${roundId}/invitations`, { centreId, count: 1 });
  expect(r.status).toBe(201);
  return r.body.codes[0];
}

describe("/api/v1/centres/:id/support-text", () => {
  it("is null in both languages until set: the survey shows its default", async () => {
    const r = await c.facilitatorA.get(path(f.centreA));
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ da: null, en: null });
  });

  it("is set by the centre's facilitator, trimmed, with its line breaks; blank is the default again", async () => {
    const put = await c.facilitatorA.call("PUT", path(f.centreA), {
      da: "  Ring til Mette i HR\n22 33 44 55  ",
      en: "",
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ da: "Ring til Mette i HR\n22 33 44 55", en: null });
    expect((await c.coordinator.get(path(f.centreA))).body).toEqual(put.body);
    const cleared = await c.coordinator.call("PUT", path(f.centreA), { da: " ", en: null });
    expect(cleared.body).toEqual({ da: null, en: null });
  });

  it("refuses text that is too long or hides characters, naming the field", async () => {
    const long = await c.coordinator.call("PUT", path(f.centreA), {
      da: "x".repeat(SUPPORT_TEXT_MAX + 1),
      en: null,
    });
    expectProblem(long, 422);
    expect(fieldPaths(long)).toEqual(["da"]);
    const hidden = await c.coordinator.call("PUT", path(f.centreA), { da: null, en: "Call\u202eHR" });
    expectProblem(hidden, 422);
    expect(fieldPaths(hidden)).toEqual(["en"]);
    const missing = await c.coordinator.call("PUT", path(f.centreA), { da: "Ring" });
    expectProblem(missing, 422);
    expect(fieldPaths(missing)).toEqual(["en"]);
  });

  it("is another centre's business: 404 for its facilitator, 403 for a researcher, 401 signed out", async () => {
    expectProblem(await c.facilitatorB.get(path(f.centreA)), 404);
    expectProblem(await c.facilitatorB.call("PUT", path(f.centreA), { da: "x", en: null }), 404);
    expectProblem(await c.researcher.call("PUT", path(f.centreA), { da: "x", en: null }), 403);
    expectProblem(await new Client().get(path(f.centreA)), 401);
  });

  it("reaches the respondents of that centre only, with the network's threshold", async () => {
    await c.facilitatorA.call("PUT", path(f.centreA), { da: "Ring til Mette", en: "Call Mette" });
    const respondent = new Client();
    const a = await respondent.get(`/api/v1/survey/${await codeFor(f.centreA)}`);
    expect(a.status).toBe(200);
    expect(a.body.support).toEqual({ text: { da: "Ring til Mette", en: "Call Mette" }, threshold: 5 });
    const b = await respondent.get(`/api/v1/survey/${await codeFor(f.centreB)}`);
    expect(b.body.support.text).toEqual({ da: null, en: null });
    // The threshold follows the network's meaningful difference.
    expect(
      (await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { meaningfulDifference: 8 })).status,
    ).toBe(200);
    const again = await respondent.get(`/api/v1/survey/${await codeFor(f.centreA)}`);
    expect(again.body.support.threshold).toBe(8);
  });
});
