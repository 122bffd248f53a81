import { describe, expect, it } from "vitest";
import { tCdf, tCritical95, tQuantile, tTwoSidedP } from "../../shared/scoring/stats/t-distribution.ts";

// Reference values from R (qt, pt) / SciPy (scipy.stats.t.ppf, .cdf), 12+ significant digits.
const QUANTILES_975: [number, number][] = [
  [1, 12.706204736174694],
  [2, 4.302652729749462],
  [3, 3.1824463052837078],
  [4, 2.7764451051977934],
  [5, 2.5705818356363146],
  [10, 2.228138851986274],
  [30, 2.0422724563012378],
  [100, 1.9839715185235518],
  [1000, 1.9623390808264083],
  [2.5, 3.5746548420036817],
  [17.776, 2.102821310380221],
];

describe("t distribution", () => {
  it.each(QUANTILES_975)("qt(0.975, %s)", (df, expected) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(expected, 9);
    if (Number.isInteger(df)) expect(tCritical95(df)).toBeCloseTo(expected, 9);
  });

  it("matches other quantiles, including the lower tail", () => {
    expect(tQuantile(0.995, 4)).toBeCloseTo(4.604094871349992, 9);
    expect(tQuantile(0.6, 10)).toBeCloseTo(0.2601848294920803, 9);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 9);
    expect(tQuantile(0.5, 7)).toBe(0);
  });

  it("matches the CDF and two-sided p-values", () => {
    expect(tCdf(2, 5)).toBeCloseTo(0.9490302605850708, 12);
    expect(tCdf(2, 1)).toBeCloseTo(0.8524163823495667, 12);
    expect(tCdf(-2, 30)).toBeCloseTo(1 - 0.9726874775185085, 12);
    expect(tTwoSidedP(1.8608, 17.776)).toBeCloseTo(0.07939657813977986, 10);
    expect(tTwoSidedP(0, 12)).toBeCloseTo(1, 12);
    expect(tCdf(-50, 3)).toBeCloseTo(8.808576020635984e-6, 15);
  });

  it("is the inverse of its CDF across df and p", () => {
    for (const df of [1, 2, 3, 7.5, 40, 5000]) {
      for (const p of [0.001, 0.05, 0.3, 0.7, 0.975, 0.9999]) {
        expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 10);
      }
    }
  });

  it("answers NaN outside its domain", () => {
    expect(tQuantile(0.5, 0)).toBeNaN();
    expect(tQuantile(1.5, 3)).toBeNaN();
    expect(tCdf(1, -1)).toBeNaN();
  });
});
