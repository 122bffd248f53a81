import { describe, expect, it } from "vitest";
import { cohenD, pairedTTest, welchTTest } from "../../shared/scoring/stats/hypothesis-tests.ts";
import { summarize, summaryFromMoments } from "../../shared/scoring/stats/summary.ts";

const stats = (xs: number[]) => {
  const s = summarize(xs);
  return { n: s.n, mean: s.mean as number, sd: s.sd as number };
};

// R's classic examples: `t.test(1:10, y = c(7:20))` and the sleep data set.
const oneToTen = Array.from({ length: 10 }, (_, i) => i + 1);
const sevenToTwenty = Array.from({ length: 14 }, (_, i) => i + 7);
const sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("group summary", () => {
  it("gives n, mean, sample SD and the t-based 95% CI (worked by hand and in R)", () => {
    // mean 60; squared deviations 100+225+1600+1225+100 = 3250; var = 3250/4; qt(.975, 4) = 2.776445
    expect(summarize([50, 75, 100, 25, 50])).toEqual({
      n: 5,
      mean: 60,
      sd: expect.closeTo(28.50438562747845, 12),
      ciLow: expect.closeTo(24.6071305754432, 10),
      ciHigh: expect.closeTo(95.3928694245568, 10),
    });
  });

  it("skips missing values and has no SD or CI for a single value", () => {
    expect(summarize([Number.NaN, 40, Number.NaN])).toEqual({
      n: 1,
      mean: 40,
      sd: null,
      ciLow: null,
      ciHigh: null,
    });
    expect(summarize([])).toEqual({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null });
  });

  it("gives the same answer from shifted one-pass moments", () => {
    const xs = [50, 75, 100, 25, 50];
    const shifted = xs.map((x) => x - 50);
    const sum = shifted.reduce((a, b) => a + b, 0);
    const sumSq = shifted.reduce((a, b) => a + b * b, 0);
    const s = summaryFromMoments(xs.length, sum, sumSq, 50);
    expect(s.mean).toBeCloseTo(60, 12);
    expect(s.sd).toBeCloseTo(28.50438562747845, 12);
  });
});

describe("Welch's t-test", () => {
  it("matches R: t.test(1:10, y = c(7:20))", () => {
    const r = welchTTest(stats(oneToTen), stats(sevenToTwenty));
    expect(r?.t).toBeCloseTo(-5.4349297638940595, 10);
    expect(r?.df).toBeCloseTo(21.98221234018899, 10);
    expect(r?.p).toBeCloseTo(1.8552818325118112e-5, 12);
  });

  it("matches R: t.test(1:10, y = c(7:20, 200))", () => {
    const r = welchTTest(stats(oneToTen), stats([...sevenToTwenty, 200]));
    expect(r?.t).toBeCloseTo(-1.632902633201205, 10);
    expect(r?.p).toBeCloseTo(0.12451349808974545, 10);
  });

  it("matches R on the sleep data (unpaired)", () => {
    expect(welchTTest(stats(sleep1), stats(sleep2))?.p).toBeCloseTo(0.0793941401873583, 10);
  });

  it("is undefined for groups under 2 or without spread", () => {
    expect(welchTTest({ n: 1, mean: 3, sd: 0 }, { n: 5, mean: 2, sd: 1 })).toBeNull();
    expect(welchTTest({ n: 4, mean: 3, sd: 0 }, { n: 5, mean: 2, sd: 0 })).toBeNull();
  });
});

describe("Cohen's d", () => {
  it("uses the pooled SD", () => {
    expect(cohenD(stats(sleep1), stats(sleep2))).toBeCloseTo(-0.8321810813495395, 12);
    expect(cohenD({ n: 10, mean: 60, sd: 20 }, { n: 10, mean: 50, sd: 20 })).toBeCloseTo(0.5, 12);
  });
});

describe("paired t-test", () => {
  it("matches R: t.test(extra ~ group, data = sleep, paired = TRUE)", () => {
    const diffs = sleep2.map((x, i) => x - (sleep1[i] as number));
    const r = pairedTTest(diffs);
    expect(r?.n).toBe(10);
    expect(r?.t).toBeCloseTo(4.062127683382037, 10);
    expect(r?.df).toBe(9);
    expect(r?.p).toBeCloseTo(0.002832890197384273, 12);
    expect(r?.dz).toBeCloseTo(1.2845575625910546, 12);
  });
});
