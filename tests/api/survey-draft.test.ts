import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { Client, clients, expectProblem, type Fixture, fieldPaths, fixture } from "./helpers.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let roundId: string;

const [item, second] = builtinInstrument.items.map((i) => i.code);
const open = builtinInstrument.openQuestions[0]?.code ?? "";
const respondent = new Client();
const draftPath = (code: string) => `/api/v1/survey/${code}/draft`;
const put = (code: string, body: unknown) => respondent.call("PUT", draftPath(code), body);

async function newRound(label: string) {
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label,
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds: [f.centreA],
  });
  expect((await c.coordinator.post(`/api/v1/rounds/${r.body.id}/open`)).status).toBe(200);
  return r.body.id as string;
}

async function codes(n: number, round = roundId): Promise<string[]> {
  const r = await c.coordinator.post(`/api/v1/rounds/${round}/invitations`, {
    centreId: f.centreA,
    count: n,
  });
  return r.body.codes;
}

const storedDrafts = async (round: string) =>
  (
    await env.DB.prepare("SELECT count(*) AS n FROM survey_drafts WHERE round_id = ?")
      .bind(round)
      .first<{ n: number }>()
  )?.n;

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  roundId = await newRound("Spring 2031");
});

describe("/api/v1/survey/:code/draft", () => {
  it("keeps the answers under the code for another device, replaces them, and removes them", async () => {
    const [code] = await codes(1);
    expect((await respondent.get(draftPath(code))).body).toEqual({ draft: null, savedAt: null });
    const saved = await put(code, { answers: { [item]: 2 }, panelCode: "bl" });
    expect(saved.status).toBe(200);
    expect(saved.headers.get("cache-control")).toBe("no-store");
    // Another device, the same code (typed as on the slip).
    const other = new Client();
    const got = await other.get(draftPath(code.toLowerCase()));
    expect(got.status).toBe(200);
    expect(got.body.draft).toEqual({ answers: { [item]: 2 }, panelCode: "bl" });
    expect(got.body.savedAt).toBe(saved.body.savedAt);
    await put(code, { answers: { [item]: 3, [second]: 1 }, panelCode: "" });
    expect((await other.get(draftPath(code))).body.draft.answers).toEqual({ [item]: 3, [second]: 1 });
    expect((await other.delete(draftPath(code))).status).toBe(204);
    expect((await respondent.get(draftPath(code))).body.draft).toBeNull();
  });

  it("takes only answers the questionnaire would take, naming the item", async () => {
    const [code] = await codes(1);
    const r = await put(code, { answers: { [item]: 9, nonsense: 1 }, panelCode: "" });
    expectProblem(r, 422);
    expect(fieldPaths(r).sort()).toEqual([`answers.${item}`, "answers.nonsense"].sort());
    expectProblem(await put(code, { answers: {}, panelCode: "x".repeat(65) }), 422);
  });

  it("is deleted in the batch that stores the answers; the code then answers as unknown", async () => {
    const [code] = await codes(1);
    await put(code, { answers: { [item]: 4, [open]: "DRAFT-ONLY-TEXT" }, panelCode: "draftpanel" });
    expect(await storedDrafts(roundId)).toBe(1);
    const sent = await respondent.call(
      "POST",
      `/api/v1/survey/${code}/responses`,
      { answers: { [item]: 4 } },
      { "idempotency-key": crypto.randomUUID() },
    );
    expect(sent.status).toBe(201);
    expect(await storedDrafts(roundId)).toBe(0);
    expectProblem(await respondent.get(draftPath(code)), 404);
    expectProblem(await put(code, { answers: {}, panelCode: "" }), 404);
    // What was stored is what was sent, not the draft.
    const stored = await env.DB.prepare("SELECT open_answers, panel_code FROM responses WHERE round_id = ?")
      .bind(roundId)
      .all<{ open_answers: string | null; panel_code: string | null }>();
    expect(JSON.stringify(stored.results)).not.toMatch(/DRAFT-ONLY-TEXT|draftpanel/);
  });

  it("never counts as an answer, and goes when the round closes", async () => {
    const round = await newRound("Closing 2031");
    const [a, b] = await codes(2, round);
    await put(a, { answers: { [item]: 1 }, panelCode: "" });
    await put(b, { answers: { [item]: 5, [open]: "DRAFT-ONLY-TEXT" }, panelCode: "" });
    const participation = await c.coordinator.get(`/api/v1/rounds/${round}/participation`);
    expect(participation.status).toBe(200);
    expect(participation.body.totals.answered).toBe(0);
    expect(await storedDrafts(round)).toBe(2);
    expect((await c.coordinator.post(`/api/v1/rounds/${round}/close`)).status).toBe(200);
    expect(await storedDrafts(round)).toBe(0);
    expectProblem(await respondent.get(draftPath(a)), 409);
    const closed = await c.coordinator.get(`/api/v1/rounds/${round}/participation`);
    expect(closed.body.totals.answered).toBe(0);
    // Reopened, the round has no drafts back.
    expect((await c.coordinator.post(`/api/v1/rounds/${round}/reopen`)).status).toBe(200);
    expect((await respondent.get(draftPath(a))).body.draft).toBeNull();
  });

  it("is a lookup of the code: unknown codes are 404 and spend the code's daily looks", async () => {
    expectProblem(await respondent.get(draftPath("NOSUCHCODE1")), 404);
    expectProblem(await put("NOSUCHCODE1", { answers: {}, panelCode: "" }), 404);
    expectProblem(await respondent.delete(draftPath("NOSUCHCODE1")), 404);
    const [code] = await codes(1);
    let status = 200;
    for (let i = 0; i < 13 && status === 200; i++) status = (await respondent.get(draftPath(code))).status;
    expect(status).toBe(429);
    expectProblem(await respondent.get(`/api/v1/survey/${code}`), 429);
  });
});
