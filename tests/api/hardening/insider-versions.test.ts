/**
 * Issue 12, the attacks on versions of a round's figures, replayed by an insider through the
 * public routes on a fresh network each: reopen differencing and late imports (1), a stale cache
 * after a settings change (6), a benchmark of one or two centres (7), lowering the minimum group
 * size after publication (8). Each shows the figure the attacker would derive is no longer there.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { builtinInstrument as def, validateAnswers } from "../../../shared/instrument/index.ts";
import { aggregateRound } from "../../../shared/scoring/aggregate-round.ts";
import { type Client, clients, expectProblem, type Fixture, fixture } from "../helpers.ts";
import { download, insertResponses, lcg, parseCsv, randomPacked } from "../research-helpers.ts";

const SCALE = "influence";

let f: Fixture;
let c: Awaited<ReturnType<typeof clients>>;
let centreC: string;
let rand: () => number;

beforeEach(async () => {
  f = await fixture();
  c = await clients(f);
  const made = await c.coordinator.post(`/api/v1/networks/${f.networkId}/centres`, { name: "Centre C" });
  expect(made.status).toBe(201);
  centreC = made.body.id;
  rand = lcg(1234);
});

const people = (centreId: string, n: number, teamId: string | null = null) =>
  Array.from({ length: n }, () => ({ centreId, teamId, packed: randomPacked(rand, 0) }));

/** An open round of the three centres with `sizes` planted answers each (A, B, C). */
async function openRound(sizes: [number, number, number]) {
  const r = await c.coordinator.post(`/api/v1/networks/${f.networkId}/rounds`, {
    label: `Round ${crypto.randomUUID().slice(0, 6)}`,
    opensOn: "2031-03-01",
    closesOn: "2031-03-31",
    centreIds: [f.centreA, f.centreB, centreC],
  });
  expect(r.status).toBe(201);
  const roundId = r.body.id as string;
  expect((await c.coordinator.post(`/api/v1/rounds/${roundId}/open`)).status).toBe(200);
  await insertResponses(roundId, [
    ...people(f.centreA, sizes[0]),
    ...people(f.centreB, sizes[1]),
    ...people(centreC, sizes[2]),
  ]);
  return roundId;
}

const step = async (roundId: string, action: "close" | "reopen" | "publish") => {
  const r = await c.coordinator.post(`/api/v1/rounds/${roundId}/${action}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
};

const report = async (who: Client, roundId: string, centre: string) => {
  const r = await who.get(`/api/v1/rounds/${roundId}/report?centre=${centre}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

const scaleOf = (rep: { scales: { key: string }[] }) =>
  rep.scales.find((s) => s.key === SCALE) as unknown as {
    centre: { n: number; mean: number } | null;
    network: { mean: number | null; centres: number; missing: string | null };
  };

/** One respondent's answers, all on one option, and the scale score they give. */
function oneRespondent(option: number) {
  const answers: Record<string, unknown> = {};
  for (const item of def.items)
    answers[item.code] = Math.min(option, def.responseSets[item.responseSet].options.length);
  answers[def.multipleChoice.code] = [def.multipleChoice.options[0]?.key];
  const v = validateAnswers(def, answers);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const rows = aggregateRound(def, {
    packed: v.packed,
    centre: Int32Array.of(0),
    team: Int32Array.of(-1),
    centreIds: ["x"],
  });
  const truth = rows.find((r) => r.level === "centre" && r.metric === "scale" && r.key === SCALE)?.mean;
  return { answers, truth: truth as number };
}

/** The difference attack: the answers that moved the figure from `before` to `after`. */
function derived(before: { n: number; mean: number }, after: { n: number; mean: number }) {
  return after.n === before.n ? null : (after.n * after.mean - before.n * before.mean) / (after.n - before.n);
}

async function exportRows(kind: "scales" | "value-most", roundId: string) {
  const r = await download(`/api/v1/networks/${f.networkId}/export/${kind}?format=csv&rounds=${roundId}`, {
    client: c.coordinator,
  });
  expect(r.status, r.text).toBe(200);
  const [header, ...rows] = parseCsv(r.text);
  return rows.map((row) => Object.fromEntries((header ?? []).map((h, i) => [h, row[i]])));
}

describe("1. reopen differencing and late answers", () => {
  it("a reopen and close with one late answer keeps the centre's earlier figures, in every output", async () => {
    const roundId = await openRound([6, 6, 6]);
    await step(roundId, "close");
    const before = await report(c.coordinator, roundId, f.centreA);
    const beforeB = await report(c.coordinator, roundId, f.centreB);
    const scalesBefore = await exportRows("scales", roundId);
    const choicesBefore = await exportRows("value-most", roundId);
    expect(before.held).toBeNull();

    // The coordinator reopens, hands one named colleague a code, and closes again.
    await step(roundId, "reopen");
    const codes = await c.coordinator.post(`/api/v1/rounds/${roundId}/invitations`, {
      centreId: f.centreA,
      count: 1,
    });
    expect(codes.status).toBe(201);
    const colleague = oneRespondent(1);
    const sent = await c.anonymous.call(
      "POST",
      `/api/v1/survey/${codes.body.codes[0]}/responses`,
      { answers: colleague.answers },
      { "idempotency-key": crypto.randomUUID() },
    );
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    await step(roundId, "close");

    const after = await report(c.coordinator, roundId, f.centreA);
    expect(after.held).toBe("too-few-new-responses");
    expect(after.respondents).toBe(before.respondents);
    expect(after.scales).toEqual(before.scales);
    expect(after.valueMost).toEqual(before.valueMost);
    const b1 = scaleOf(before).centre;
    const b2 = scaleOf(after).centre;
    expect(b1 && b2 && derived(b1, b2)).not.toBeCloseTo(colleague.truth, 6);
    // Nor through the network's mean in another centre's report, nor the overview and exports.
    expect(scaleOf(await report(c.coordinator, roundId, f.centreB)).network).toEqual(
      scaleOf(beforeB).network,
    );
    const overview = await c.coordinator.get(`/api/v1/rounds/${roundId}/overview`);
    expect(overview.body.centres.find((x: { id: string }) => x.id === f.centreA)).toMatchObject({
      held: "too-few-new-responses",
      respondents: 6,
    });
    expect(await exportRows("scales", roundId)).toEqual(scalesBefore);
    expect(await exportRows("value-most", roundId)).toEqual(choicesBefore);

    // Once the minimum group size of new answers is in, the new figures are shown: the difference
    // is then a group of five, not a person.
    await step(roundId, "reopen");
    await insertResponses(roundId, people(f.centreA, 4));
    await step(roundId, "close");
    const later = await report(c.coordinator, roundId, f.centreA);
    expect(later.held).toBeNull();
    expect(later.respondents).toBe(11);
    expect(scaleOf(later).centre?.n).toBe(11);
  });

  it("a late import of one row into a closed round is refused or changes no figure", async () => {
    const roundId = await openRound([6, 6, 6]);
    await step(roundId, "close");
    const before = await report(c.coordinator, roundId, f.centreB);
    // One named colleague's full answers, all on the first option.
    const items = def.items.map((i) => i.code);
    const r = await c.coordinator.call(
      "POST",
      `/api/v1/rounds/${roundId}/responses/import`,
      `centre,${items.join(",")}\n${f.centreB},${items.map(() => 1).join(",")}\n`,
      { "content-type": "text/csv" },
    );
    if (r.status === 201) {
      const after = await report(c.coordinator, roundId, f.centreB);
      expect(after.held).toBe("too-few-new-responses");
      expect(after.scales).toEqual(before.scales);
      expect(after.valueMost).toEqual(before.valueMost);
    } else expectProblem(r, 409);
  });

  it("a centre under the minimum at the first close is shown once late answers lift it over", async () => {
    // The legitimate reason to reopen: nothing of the centre was shown, so nothing can be subtracted.
    const roundId = await openRound([6, 6, 4]);
    await step(roundId, "close");
    expect(scaleOf(await report(c.coordinator, roundId, centreC)).centre).toBeNull();
    await step(roundId, "reopen");
    await insertResponses(roundId, people(centreC, 1));
    await step(roundId, "close");
    const after = await report(c.coordinator, roundId, centreC);
    expect(after.held).toBeNull();
    expect(scaleOf(after).centre?.n).toBe(5);
  });
});

describe("6. settings changes reach every cached output at once", () => {
  it("raising the minimum group size hides a centre in the very next read of a cached report", async () => {
    const roundId = await openRound([6, 6, 6]);
    await step(roundId, "close");
    await step(roundId, "publish");
    const first = await report(c.facilitatorB, roundId, f.centreB);
    expect(scaleOf(first).centre?.n).toBe(6);
    // Read twice so that the report is in the cache.
    const cached = await c.facilitatorB.get(`/api/v1/rounds/${roundId}/report?centre=${f.centreB}`);
    expect(cached.headers.get("x-amica-cache")).toBe("hit");

    const patch = await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { minGroupSize: 7 });
    expect(patch.status).toBe(200);
    const after = await report(c.facilitatorB, roundId, f.centreB);
    expect(after.minGroupSize).toBe(7);
    expect(scaleOf(after).centre).toBeNull();
    expect(after.valueMost.every((v: { centre: number | null }) => v.centre === null)).toBe(true);
    const overview = await c.coordinator.get(`/api/v1/rounds/${roundId}/overview`);
    expect(overview.body.minGroupSize).toBe(7);
    expect(
      overview.body.centres.every((x: { scales: Record<string, unknown> }) => x.scales[SCALE] === null),
    ).toBe(true);
  });

  it("the light comparison and meaningful difference take effect on cached reports at once", async () => {
    const roundId = await openRound([6, 6, 6]);
    await step(roundId, "close");
    await step(roundId, "publish");
    await report(c.facilitatorA, roundId, f.centreA);
    await report(c.facilitatorA, roundId, f.centreA);
    await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, {
      lightComparison: "reference",
      meaningfulDifference: 12,
    });
    const after = await report(c.facilitatorA, roundId, f.centreA);
    expect(after).toMatchObject({ comparison: "reference", threshold: 12 });
  });
});

describe("7. a benchmark needs at least three centres", () => {
  it("with two centres over the minimum, no network mean, highest or lowest, and the reason", async () => {
    const roundId = await openRound([6, 7, 3]);
    await step(roundId, "close");
    await step(roundId, "publish");
    const own = await report(c.facilitatorA, roundId, f.centreA);
    const truthB = scaleOf(await report(c.coordinator, roundId, f.centreB)).centre;
    const network = scaleOf(own).network;
    expect(network).toMatchObject({ mean: null, centres: 2, missing: "too-few-centres" });
    // The attack: B = (mean × 13 − own × 6) / 7. With no mean there is nothing to compute.
    const mine = scaleOf(own).centre;
    const guess = network.mean === null || !mine ? null : (network.mean * 13 - mine.mean * 6) / 7;
    expect(guess).not.toBe(truthB?.mean);
    expect(own.valueMost.every((v: { network: { mean: number | null } }) => v.network.mean === null)).toBe(
      true,
    );
    const overview = await c.coordinator.get(`/api/v1/rounds/${roundId}/overview`);
    expect(overview.body.scales[0].network).toMatchObject({ mean: null, missing: "too-few-centres" });
  });

  it("the network setting raises the number of centres and is never below three", async () => {
    expectProblem(
      await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { minCentresForBenchmark: 2 }),
      422,
    );
    const roundId = await openRound([6, 6, 6]);
    await step(roundId, "close");
    expect(scaleOf(await report(c.coordinator, roundId, f.centreA)).network).toMatchObject({
      centres: 3,
      missing: null,
    });
    const patch = await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { minCentresForBenchmark: 4 });
    expect(patch.body.minCentresForBenchmark).toBe(4);
    expect(scaleOf(await report(c.coordinator, roundId, f.centreA)).network).toMatchObject({
      mean: null,
      missing: "too-few-centres",
    });
  });
});

describe("8. lowering the minimum group size after publication exposes nothing hidden then", () => {
  it("a centre of four hidden at publication stays hidden in reports, overview and exports", async () => {
    const roundId = await openRound([6, 6, 4]);
    await step(roundId, "close");
    await step(roundId, "publish");
    const patch = await c.coordinator.patch(`/api/v1/networks/${f.networkId}`, { minGroupSize: 3 });
    expect(patch.status).toBe(200);

    const own = await report(c.coordinator, roundId, centreC);
    expect(own.minGroupSize).toBe(5);
    expect(scaleOf(own).centre).toBeNull();
    expect(own.valueMost.every((v: { centre: number | null }) => v.centre === null)).toBe(true);
    const overview = await c.coordinator.get(`/api/v1/rounds/${roundId}/overview?teams=true`);
    expect(overview.body.minGroupSize).toBe(5);
    const row = overview.body.centres.find((x: { id: string }) => x.id === centreC);
    expect(Object.values(row.scales).every((x) => x === null)).toBe(true);
    const pseudonym = (await c.coordinator.get(`/api/v1/centres/${centreC}`)).body.pseudonym;
    expect((await exportRows("scales", roundId)).filter((x) => x.centre === pseudonym)).toEqual([]);
    expect((await exportRows("value-most", roundId)).filter((x) => x.centre === pseudonym)).toEqual([]);
    // A round closed after the change uses the network's new minimum.
    const next = await openRound([6, 6, 4]);
    await step(next, "close");
    expect(scaleOf(await report(c.coordinator, next, centreC)).centre?.n).toBe(4);
  });
});
