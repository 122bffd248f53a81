/**
 * What the report's page reads in its one request (domain names, the round switcher, earlier rounds'
 * figures) and "learn from the best" (issue 14), with the anonymity and consent rules an insider
 * would try to get round.
 *
 * Five centres, two published rounds. Every answer of a centre is on one option, so its scores
 * order the same way on every scale of one polarity. Round 1: A 2, B 3, C 2, D 2, E 3 answers on 5
 * (under the minimum). Round 2: A 1 (the centre asking, worst), B 3, C 5 (best and most improved
 * on the scales where a higher option scores higher), D 3, E 4 answers on 5 (still under the
 * minimum: it would be best and most improved if its figures counted).
 * Consent: B and D agreed to be named on their practices, C did not, E did.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { historyPoint } from "../../shared/scoring/report-history.ts";
import { clients, expectProblem, type Fixture, fixture } from "./helpers.ts";
import { insertResponses } from "./support/responses.ts";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let r1: string;
let r2: string;
let centreC: string;
let centreD: string;
let centreE: string;
const allScales = JSON.stringify(builtinInstrument.scales.map((s) => s.key));

async function publishedRound(
  label: string,
  opensOn: string,
  closesOn: string,
  answers: [string, number, number][],
) {
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label,
    opensOn,
    closesOn,
    centreIds: [f.centreA, f.centreB, centreC, centreD, centreE],
  });
  expect(r.status).toBe(201);
  const id = r.body.id as string;
  await c.coordinator.post(`/api/v1/rounds/${id}/open`);
  for (const [centre, n, option] of answers) {
    await insertResponses(
      id,
      centre,
      null,
      Array.from({ length: n }, () => option),
    );
  }
  expect((await c.coordinator.post(`/api/v1/rounds/${id}/close`)).status).toBe(200);
  expect((await c.coordinator.post(`/api/v1/rounds/${id}/publish`)).status).toBe(200);
  return id;
}

beforeAll(async () => {
  f = await fixture();
  c = await clients(f);
  const suffix = f.centreA.replace("centre-a-", "");
  centreC = `centre-c-${suffix}`;
  centreD = `centre-d-${suffix}`;
  centreE = `centre-e-${suffix}`;
  const practice = (id: string, centre: string, title: string, share: number) =>
    env.DB.prepare(
      "INSERT INTO practices (id, network_id, centre_id, title, body, scale_keys, share_centre_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ).bind(`${id}-${suffix}`, f.networkId, centre, title, `How ${title} works`, allScales, share);
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO centres (id, network_id, name, pseudonym) VALUES (?, ?, 'Centre C', 'C03'), (?, ?, 'Centre D', 'C04'), (?, ?, 'Centre E', 'C05')",
    ).bind(centreC, f.networkId, centreD, f.networkId, centreE, f.networkId),
    practice("p-b", f.centreB, "B's practice", 1),
    practice("p-c", centreC, "C's practice", 0),
    practice("p-d", centreD, "D's practice", 1),
    practice("p-e", centreE, "E's practice", 1),
    practice("p-a", f.centreA, "A's own practice", 1),
  ]);
  r1 = await publishedRound("Round one", "2032-01-01", "2032-01-31", [
    [f.centreA, 6, 2],
    [f.centreB, 6, 3],
    [centreC, 6, 2],
    [centreD, 6, 2],
    [centreE, 3, 5],
  ]);
  r2 = await publishedRound("Round two", "2032-06-01", "2032-06-30", [
    [f.centreA, 6, 1],
    [f.centreB, 6, 3],
    [centreC, 6, 5],
    [centreD, 6, 3],
    [centreE, 4, 5],
  ]);
});

const report = (client: (typeof c)["coordinator"], round: string, centre: string) =>
  client.get(`/api/v1/rounds/${round}/report?centre=${centre}`);
const learn = (client: (typeof c)["coordinator"], round: string, centre: string) =>
  client.get(`/api/v1/rounds/${round}/report/learn-from-best?centre=${centre}`);

/** Every number anywhere in a JSON body. */
function numbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbers);
  return [];
}

describe("the report carries what its page needs", () => {
  it("the domains in the instrument's order, the question, the rounds to switch to, the earlier round", async () => {
    const r = await report(c.facilitatorA, r2, f.centreA);
    expect(r.status).toBe(200);
    expect(r.body.networkId).toBe(f.networkId);
    expect(r.body.domains.map((d: { key: string }) => d.key)).toEqual(
      builtinInstrument.domains.map((d) => d.key),
    );
    expect(r.body.domains[0].label.da).toBeTruthy();
    expect(r.body.valueMostQuestion).toEqual(builtinInstrument.multipleChoice.text);
    expect(r.body.rounds).toEqual([
      { id: r1, label: "Round one", date: "2032-01-01" },
      { id: r2, label: "Round two", date: "2032-06-01" },
    ]);
    expect(r.body.history.map((h: { round: { id: string } }) => h.round.id)).toEqual([r1]);
  });

  it("gives the earlier round's figures exactly as that round's own report shows them", async () => {
    for (const centre of [f.centreA, centreE]) {
      const later = await report(c.coordinator, r2, centre);
      const own = await report(c.coordinator, r1, centre);
      expect(later.body.history).toEqual([historyPoint(own.body)]);
    }
    // E had 3 answers in round one: nothing of it there, so nothing of it here either.
    const e = await report(c.coordinator, r2, centreE);
    expect(e.body.history[0].scales.every((s: { centre: unknown }) => s.centre === null)).toBe(true);
  });

  it("lists only rounds the caller may open: a closed round for the coordinator, not for the facilitator", async () => {
    const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      label: "Round three",
      opensOn: "2032-09-01",
      closesOn: "2032-09-30",
      centreIds: [f.centreA, f.centreB, centreC, centreD, centreE],
    });
    const r3 = r.body.id as string;
    await c.coordinator.post(`/api/v1/rounds/${r3}/open`);
    await insertResponses(r3, f.centreA, null, [1, 1, 1, 1, 1, 1]);
    await c.coordinator.post(`/api/v1/rounds/${r3}/close`);
    const coordinator = await report(c.coordinator, r2, f.centreA);
    expect(coordinator.body.rounds.map((x: { id: string }) => x.id)).toEqual([r1, r2, r3]);
    const facilitator = await report(c.facilitatorA, r2, f.centreA);
    expect(facilitator.body.rounds.map((x: { id: string }) => x.id)).toEqual([r1, r2]);
    expect(JSON.stringify(facilitator.body)).not.toContain(r3);
  });

  it("is the same report for a team, with no rounds or history of its own", async () => {
    const r = await c.facilitatorA.get(`/api/v1/rounds/${r2}/report?centre=${f.centreA}&team=${f.teamA1}`);
    expect(r.status).toBe(200);
    expect(r.body.rounds).toEqual([]);
    expect(r.body.history).toEqual([]);
  });
});

describe("GET /api/v1/rounds/:roundId/report/learn-from-best", () => {
  it("answers one item per attention point of the report", async () => {
    const own = await report(c.facilitatorA, r2, f.centreA);
    const r = await learn(c.facilitatorA, r2, f.centreA);
    expect(r.status).toBe(200);
    expect(own.body.attention.length).toBeGreaterThan(0);
    expect(r.body.items.map((i: { scale: string }) => i.scale)).toEqual(own.body.attention);
  });

  it("names a centre only where it agreed, never the centre asking, never a hidden one, and gives no figure", async () => {
    const r = await learn(c.facilitatorA, r2, f.centreA);
    const text = JSON.stringify(r.body);
    // No figure of any centre: the answer holds no number at all.
    expect(numbers(r.body)).toEqual([]);
    // C did not agree: its name and id never appear, though its practice may (anonymous).
    expect(text).not.toContain("Centre C");
    expect(text).not.toContain(centreC);
    // E's figures are hidden (under the minimum) in both rounds: it is never chosen, named or not.
    expect(text).not.toContain("Centre E");
    expect(text).not.toContain("E's practice");
    // The centre asking is never suggested to itself.
    expect(text).not.toContain(f.centreA);
    expect(text).not.toContain("A's own practice");
    // Where a higher option scores higher, C is best and improved most: "another centre", with its practice.
    type Ex = { centre: { id: string; name: string } | null; practices: { title: string }[] } | null;
    const items = r.body.items as { scale: string; best: Ex; improved: Ex }[];
    const anonymous = items.filter((i) => i.best && i.best.centre === null);
    expect(anonymous.length).toBeGreaterThan(0);
    for (const i of anonymous) expect(i.best?.practices.map((p) => p.title)).toEqual(["C's practice"]);
    // The best is never named, consent or not: the report's "network's highest" is its figure.
    expect(items.filter((x) => x.best?.centre)).toEqual([]);
  });

  it("follows consent as it is given and withdrawn, at once (it is never cached)", async () => {
    const set = (share: number) =>
      env.DB.prepare("UPDATE practices SET share_centre_name = ? WHERE centre_id = ?")
        .bind(share, centreC)
        .run();
    await set(1);
    const named = (await learn(c.facilitatorA, r2, f.centreA)).body;
    type Named = { centre: { id: string; name: string } | null } | null;
    const items = named.items as { best: Named; improved: Named }[];
    // Named as the most improved (no figure of it is shown), never as the best.
    expect(items.some((i) => i.improved?.centre?.name === "Centre C")).toBe(true);
    expect(items.some((i) => i.best?.centre)).toBe(false);
    expect(numbers(named)).toEqual([]);
    await set(0);
    const after = JSON.stringify((await learn(c.facilitatorA, r2, f.centreA)).body);
    expect(after).not.toContain("Centre C");
    expect(after).not.toContain(centreC);
  });

  it("is refused like the report: other centres, researchers, outsiders, the anonymous, open rounds", async () => {
    expectProblem(await learn(c.facilitatorB, r2, f.centreA), 404);
    expectProblem(await learn(c.researcher, r2, f.centreA), 403);
    expectProblem(await learn(c.outsider, r2, f.centreA), 404);
    expectProblem(await learn(c.anonymous, r2, f.centreA), 401);
    expectProblem(await c.facilitatorA.get(`/api/v1/rounds/${r2}/report/learn-from-best`), 400);
    const open = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
      label: "Open round",
      opensOn: "2033-01-01",
      closesOn: "2033-01-31",
      centreIds: [f.centreA],
    });
    await c.coordinator.post(`/api/v1/rounds/${open.body.id}/open`);
    expectProblem(await learn(c.coordinator, open.body.id, f.centreA), 409);
  });
});
