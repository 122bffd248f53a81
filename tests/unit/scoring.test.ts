import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { instrumentIndex } from "../../shared/instrument/instrument-index.ts";
import type { InstrumentDefinition } from "../../shared/instrument/schema.ts";
import { scoreMatrix } from "../../shared/scoring/score-matrix.ts";
import { scoringPlan } from "../../shared/scoring/scoring-plan.ts";
import { concat, naiveScaleScores, PROPERTY_TIMEOUT, pack, unevenInstrument } from "./helpers.ts";

const S = def.scales.length;
const scaleIndex = (key: string) => def.scales.findIndex((s) => s.key === key);
const score = (answers: Parameters<typeof pack>[0], key: string) =>
  scoreMatrix(def, [pack(answers)]).values[scaleIndex(key)];

describe("a person's scale score", () => {
  // predictability: pr1, pr2 (extent) and pr3 (frequency, reversed).
  it("is the mean of the answered items, with reversed items turned round", () => {
    // pr1 "to a very large extent" 100; pr2 "to a large extent" 75; pr3 "often" 75 → reversed 25.
    expect(score({ pr1: 1, pr2: 2, pr3: 2 }, "predictability")).toBeCloseTo((100 + 75 + 25) / 3, 12);
  });

  it("leaves a missing item out of the mean", () => {
    expect(score({ pr1: 1, pr3: 2 }, "predictability")).toBe(62.5);
  });

  it("is missing when fewer than half of the scale's items are answered", () => {
    expect(score({ pr1: 1 }, "predictability")).toBeNaN(); // 1 of 3
    expect(score({ js1: 1 }, "job-satisfaction")).toBeNaN(); // 1 of 4
    expect(score({}, "general-health")).toBeNaN(); // 0 of 1
  });

  it("counts exactly half as enough", () => {
    // job-satisfaction has four 4-option items: "satisfied" 66.7 and "dissatisfied" 33.3.
    expect(score({ js1: 2, js3: 3 }, "job-satisfaction")).toBeCloseTo(50, 12);
  });

  it("scores a four-option item in thirds", () => {
    expect(score({ js1: 1, js2: 2, js3: 3, js4: 4 }, "job-satisfaction")).toBeCloseTo(50, 12);
    expect(score({ js1: 2, js2: 2 }, "job-satisfaction")).toBeCloseTo(200 / 3, 12);
  });

  it("scores demands in the direction of the scale's name", () => {
    // quantitative demands: qd1 "always" falls behind → 100; qd2 "always enough time" reversed → 0.
    expect(score({ qd1: 1, qd2: 1 }, "quantitative-demands")).toBe(50);
    expect(score({ qd1: 1, qd2: 5, qd3: 1, qd4: 1 }, "quantitative-demands")).toBe(100);
  });

  it("scores a single-item scale", () => {
    expect(score({ gh1: 3 }, "general-health")).toBe(50);
  });
});

describe("scoreMatrix", () => {
  it("takes separate rows or one concatenated buffer alike", () => {
    const rows = [pack({ pr1: 1, pr2: 2 }), pack({ in1: 3, in2: 4, in3: 5 }), pack({})];
    const separate = scoreMatrix(def, rows);
    const joined = scoreMatrix(def, concat(rows), 3);
    expect(joined.n).toBe(3);
    expect(Array.from(joined.values)).toEqual(Array.from(separate.values));
    expect(joined.values.length).toBe(3 * S);
    expect(joined.scaleKeys).toEqual(def.scales.map((s) => s.key));
  });

  it("refuses a buffer that does not hold whole rows", () => {
    expect(() => scoreMatrix(def, new Uint8Array(10))).toThrow(RangeError);
    expect(() => scoreMatrix(def, [new Uint8Array(10)])).toThrow(RangeError);
  });

  it("compiles an equally spaced instrument to runs, and falls back to lookups otherwise", () => {
    expect(scoringPlan(def).runs).not.toBeNull();
    expect(scoringPlan(unevenInstrument()).runs).toBeNull();
  });

  const randomRows = (instrument: InstrumentDefinition) => {
    const index = instrumentIndex(instrument);
    const code = (slot: number) => fc.integer({ min: 0, max: index.optionCount[slot] as number });
    return fc.array(fc.tuple(...index.itemCodes.map((_, slot) => code(slot))), {
      minLength: 1,
      maxLength: 20,
    });
  };

  for (const [name, instrument] of [
    ["built-in (runs)", def],
    ["uneven scores (lookup)", unevenInstrument()],
  ] as const) {
    it(
      `agrees with the obvious implementation on random answers: ${name}`,
      () => {
        const width = instrumentIndex(instrument).width;
        fc.assert(
          fc.property(randomRows(instrument), (codes) => {
            const rows = codes.map((c) => {
              const row = new Uint8Array(width);
              row.set(c);
              return row;
            });
            const { values } = scoreMatrix(instrument, rows);
            rows.forEach((row, r) => {
              const expected = naiveScaleScores(instrument, row);
              instrument.scales.forEach((scale, s) => {
                const got = values[r * instrument.scales.length + s] as number;
                const want = expected[scale.key] as number;
                if (Number.isNaN(want)) expect(got).toBeNaN();
                else expect(got).toBeCloseTo(want, 9);
              });
            });
          }),
          { numRuns: 60 },
        );
      },
      PROPERTY_TIMEOUT,
    );
  }
});
