import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { instrumentIndex } from "../../shared/instrument/instrument-index.ts";
import type { Answers } from "../../shared/instrument/packing.ts";
import type { InstrumentDefinition } from "../../shared/instrument/schema.ts";
import { aggregateRound } from "../../shared/scoring/aggregate-round.ts";
import type { AggregateRow } from "../../shared/scoring/aggregate-row.ts";
import { summarize } from "../../shared/scoring/stats/summary.ts";
import { concat, naiveScaleScores, PROPERTY_TIMEOUT, pack, unevenInstrument } from "./helpers.ts";

const find = (rows: AggregateRow[], level: string, centre: string | null, team: string | null, key: string) =>
  rows.find((r) => r.level === level && r.centre === centre && r.team === team && r.key === key);

describe("aggregateRound", () => {
  // Centre A: three people in team t1 and one without a team; centre B: two people in team t2.
  const answers: Answers[] = [
    { gh1: 1, "value-most": ["tasks", "salary"] },
    { gh1: 2, "value-most": ["tasks"] },
    { gh1: 3 },
    { gh1: 5, "value-most": ["colleagues"] },
    { gh1: 4, "value-most": ["tasks"] },
    { "value-most": ["salary", "colleagues", "influence"] },
  ];
  const rows = aggregateRound(def, {
    packed: concat(answers.map((a) => pack(a))),
    centre: Int32Array.from([0, 0, 0, 0, 1, 1]),
    team: Int32Array.from([0, 0, 0, -1, 1, 1]),
    centreIds: ["A", "B"],
    teamIds: ["t1", "t2"],
  });

  it("emits count, scale and choice rows for the network, each centre and each team", () => {
    const groups = new Set(rows.map((r) => `${r.level}:${r.centre}:${r.team}`));
    expect(groups).toEqual(
      new Set(["network:null:null", "centre:A:null", "centre:B:null", "team:A:t1", "team:B:t2"]),
    );
    expect(rows.length).toBe(5 * (1 + def.scales.length + def.multipleChoice.options.length));
    expect(find(rows, "centre", "A", null, "respondents")).toMatchObject({
      metric: "count",
      n: 4,
      mean: null,
    });
    expect(find(rows, "network", null, null, "respondents")?.n).toBe(6);
  });

  it("gives n, mean, SD and the t interval of the persons' scores (worked by hand)", () => {
    // Team t1: general health "excellent", "very good", "good" → 100, 75, 50: mean 75, SD 25,
    // CI 75 ± qt(.975, 2) · 25 / √3 = 75 ± 4.302653 · 14.433757.
    const t1 = find(rows, "team", "A", "t1", "general-health");
    expect(t1).toMatchObject({ metric: "scale", n: 3, mean: 75, sd: 25 });
    expect(t1?.ciLow).toBeCloseTo(75 - 62.103443, 4);
    expect(t1?.ciHigh).toBeCloseTo(75 + 62.103443, 4);
    // Centre A adds the person without a team ("poor" → 0); centre B's second person is missing.
    expect(find(rows, "centre", "A", null, "general-health")).toMatchObject({ n: 4, mean: 56.25 });
    expect(find(rows, "centre", "B", null, "general-health")).toMatchObject({ n: 1, mean: 25, sd: null });
    expect(find(rows, "network", null, null, "general-health")).toMatchObject({ n: 5, mean: 50 });
  });

  it("gives choice percentages of those who answered the question", () => {
    // Centre A: three of four ticked something; two of those three chose "tasks".
    const tasks = find(rows, "centre", "A", null, "tasks");
    expect(tasks).toMatchObject({ metric: "choice", n: 3 });
    expect(tasks?.mean).toBeCloseTo(200 / 3, 10);
    expect(find(rows, "centre", "A", null, "working-hours")).toMatchObject({ n: 3, mean: 0, sd: 0 });
    expect(find(rows, "network", null, null, "salary")?.mean).toBeCloseTo(40, 10); // 2 of 5
  });

  it("refuses a team in two centres and indexes out of range", () => {
    const packed = concat([pack({}), pack({})]);
    const base = { packed, centreIds: ["A", "B"], teamIds: ["t"] };
    expect(() =>
      aggregateRound(def, { ...base, centre: Int32Array.from([0, 1]), team: Int32Array.from([0, 0]) }),
    ).toThrow(/two centres/);
    expect(() =>
      aggregateRound(def, { ...base, centre: Int32Array.from([0, 2]), team: Int32Array.from([-1, -1]) }),
    ).toThrow(RangeError);
  });

  it("handles a round without responses", () => {
    const empty = aggregateRound(def, {
      packed: new Uint8Array(0),
      centre: new Int32Array(0),
      team: new Int32Array(0),
      centreIds: ["A"],
    });
    expect(empty.every((r) => r.level === "network")).toBe(true);
    expect(find(empty, "network", null, null, "stress")).toMatchObject({ n: 0, mean: null });
  });
});

// Random rounds, checked against summaries of the obvious per-person scores.
function roundArbitrary(instrument: InstrumentDefinition) {
  const index = instrumentIndex(instrument);
  const person = fc.record({
    centre: fc.integer({ min: 0, max: 2 }),
    team: fc.integer({ min: -1, max: 1 }),
    codes: fc.tuple(
      ...index.itemCodes.map((_, slot) => fc.integer({ min: 0, max: index.optionCount[slot] as number })),
    ),
    choices: fc.uniqueArray(fc.integer({ min: 0, max: index.choiceKeys.length - 1 }), { maxLength: 3 }),
  });
  return fc.array(person, { minLength: 1, maxLength: 40 });
}

for (const [name, instrument] of [
  ["built-in", def],
  ["uneven scores", unevenInstrument()],
] as const) {
  it(
    `aggregateRound matches per-group summaries of per-person scores (${name})`,
    () => {
      const index = instrumentIndex(instrument);
      fc.assert(
        fc.property(roundArbitrary(instrument), (people) => {
          const rows = people.map((p) => {
            const row = new Uint8Array(index.width);
            row.set(p.codes);
            for (const q of p.choices) row[index.choiceOffset + q] = 1;
            return row;
          });
          // Team j of centre c is team index c * 2 + j, so teams never cross centres.
          const team = Int32Array.from(people.map((p) => (p.team === -1 ? -1 : p.centre * 2 + p.team)));
          const out = aggregateRound(instrument, {
            packed: concat(rows),
            centre: Int32Array.from(people.map((p) => p.centre)),
            team,
            centreIds: ["c0", "c1", "c2"],
            teamIds: ["c0a", "c0b", "c1a", "c1b", "c2a", "c2b"],
          });
          const scores = rows.map((row) => naiveScaleScores(instrument, row));
          for (const row of out) {
            const members = people
              .map((p, i) => ({ p, i }))
              .filter(({ p, i }) => {
                if (row.level === "network") return true;
                if (`c${p.centre}` !== row.centre) return false;
                return (
                  row.level === "centre" ||
                  team[i] === ["c0a", "c0b", "c1a", "c1b", "c2a", "c2b"].indexOf(row.team ?? "")
                );
              });
            if (row.metric === "count") {
              expect(row.n).toBe(members.length);
            } else if (row.metric === "scale") {
              const want = summarize(members.map(({ i }) => scores[i]?.[row.key] as number));
              expect(row.n).toBe(want.n);
              for (const field of ["mean", "sd", "ciLow", "ciHigh"] as const) {
                if (want[field] === null) expect(row[field]).toBeNull();
                else expect(row[field]).toBeCloseTo(want[field] as number, 8);
              }
            } else {
              const q = index.choiceKeys.indexOf(row.key);
              const answered = members.filter(({ p }) => p.choices.length > 0);
              expect(row.n).toBe(answered.length);
              if (answered.length > 0) {
                const chose = answered.filter(({ p }) => p.choices.includes(q)).length;
                expect(row.mean).toBeCloseTo((100 * chose) / answered.length, 9);
              }
            }
          }
        }),
        { numRuns: 40 },
      );
    },
    PROPERTY_TIMEOUT,
  );
}

it("gives an SD of exactly 0 when everyone has the same score, thirds included", () => {
  const same = concat([pack({ js1: 2, js2: 2 }), pack({ js1: 2, js2: 2 }), pack({ js1: 2, js2: 2, js3: 2 })]);
  const rows = aggregateRound(def, {
    packed: same,
    centre: new Int32Array(3),
    team: new Int32Array(3).fill(-1),
    centreIds: ["a"],
  });
  expect(find(rows, "centre", "a", null, "job-satisfaction")).toMatchObject({
    n: 3,
    sd: 0,
    ciLow: expect.closeTo(200 / 3, 12),
  });
});
