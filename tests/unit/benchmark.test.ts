import { describe, expect, it } from "vitest";
import {
  adjustedDistance,
  attentionAndStrengths,
  changeBetweenRounds,
  light,
  networkBenchmark,
} from "../../shared/scoring/benchmark.ts";
import { cohenD, welchTTest } from "../../shared/scoring/stats/hypothesis-tests.ts";
import { minimumDetectableDifference } from "../../shared/scoring/stats/minimum-detectable-difference.ts";

describe("networkBenchmark", () => {
  it("weights centres by respondents and leaves out centres under the minimum", () => {
    const rows = [
      { n: 10, mean: 60 },
      { n: 30, mean: 70 },
      { n: 4, mean: 10 },
      { n: 40, mean: 65 },
    ];
    expect(networkBenchmark(rows, 5)).toEqual({ mean: 66.25, highest: 70, lowest: 60, centres: 3 });
  });

  it("is null where fewer than three centres (or the network's larger number) reach the minimum", () => {
    const two = [
      { n: 10, mean: 60 },
      { n: 30, mean: 70 },
    ];
    expect(networkBenchmark(two, 5)).toBeNull();
    expect(networkBenchmark(two, 5, 2)).toBeNull();
    expect(networkBenchmark([...two, { n: 5, mean: 65 }], 5, 4)).toBeNull();
  });

  it("is null when no centre reaches the minimum", () => {
    expect(networkBenchmark([{ n: 4, mean: 50 }], 5)).toBeNull();
    expect(networkBenchmark([{ n: 9, mean: null }], 5)).toBeNull();
  });
});

describe("light", () => {
  it("is green, yellow or red by the threshold, for a resource", () => {
    // Borgerservice 2007: development leadership 70.0 against the network's 58.9.
    expect(light(70.0, 58.9, "higher-better", 5)).toBe("green");
    expect(light(64.0, 64.5, "higher-better", 5)).toBe("yellow");
    expect(light(50.8, 61.0, "higher-better", 5)).toBe("red");
  });

  it("turns round for a demand: a higher score is worse", () => {
    expect(light(70, 60, "higher-worse", 5)).toBe("red");
    expect(light(50, 60, "higher-worse", 5)).toBe("green");
    expect(adjustedDistance(50, 60, "higher-worse")).toBe(10);
  });

  it("counts a difference that prints as exactly the threshold as reaching it", () => {
    expect(light(64.1, 59.1, "higher-better", 5)).toBe("green"); // 4.999999999999993 in floating point
    expect(light(59.1, 64.1, "higher-better", 5)).toBe("red");
  });
});

describe("attentionAndStrengths", () => {
  const scales = [
    { key: "a", distance: -12 },
    { key: "b", distance: -6 },
    { key: "c", distance: -5 },
    { key: "d", distance: -9 },
    { key: "e", distance: 2 },
    { key: "f", distance: 8 },
    { key: "g", distance: 15 },
    { key: "h", distance: null },
  ];

  it("names the three farthest behind, reds first, and the best ahead", () => {
    // c (-5) is red as well, but a, d and b are farther behind; e (+2) is a yellow strength.
    expect(attentionAndStrengths(scales)).toEqual({ attention: ["a", "d", "b"], strengths: ["g", "f", "e"] });
  });

  it("lists yellows on the worse side after the reds, by distance", () => {
    const mixed = [
      { key: "red", distance: -7 },
      { key: "small", distance: -0.5 },
      { key: "yellow", distance: -3 },
      { key: "ahead", distance: 4 },
    ];
    expect(attentionAndStrengths(mixed).attention).toEqual(["red", "yellow", "small"]);
  });

  it("names no attention point when every scale is ahead: a strength is never one", () => {
    const allGood = [
      { key: "a", distance: 1 },
      { key: "b", distance: 6 },
      { key: "c", distance: 9 },
      { key: "d", distance: 5 },
    ];
    expect(attentionAndStrengths(allGood)).toEqual({ attention: [], strengths: ["c", "b", "d"] });
  });

  it("leaves out a difference that shows as 0.0", () => {
    expect(
      attentionAndStrengths([
        { key: "a", distance: -0.04 },
        { key: "b", distance: 0.04 },
      ]),
    ).toEqual({
      attention: [],
      strengths: [],
    });
  });
});

describe("changeBetweenRounds", () => {
  const now = { n: 40, mean: 68, sd: 15 };
  const before = { n: 35, mean: 60, sd: 18 };

  it("gives the difference, Welch's p and Cohen's d", () => {
    expect(changeBetweenRounds(now, before, 5)).toEqual({
      previousMean: 60,
      diff: 8,
      p: welchTTest(now, before)?.p,
      d: cohenD(now, before),
      test: "welch",
      pairs: null,
      mdd: minimumDetectableDifference(now, before),
    });
  });

  it("uses the paired test where enough answers are linked, and Welch otherwise", () => {
    expect(changeBetweenRounds(now, before, 5, { n: 20, p: 0.001, dz: 0.8 })).toMatchObject({
      p: 0.001,
      test: "paired",
      pairs: 20,
    });
    expect(changeBetweenRounds(now, before, 5, { n: 4, p: 0.001, dz: 0.8 })).toMatchObject({ test: "welch" });
  });

  it("is null without both means", () => {
    expect(changeBetweenRounds(now, { n: 0, mean: null }, 5)).toBeNull();
  });

  it("has no minimum detectable difference without both rounds' standard deviations", () => {
    expect(changeBetweenRounds(now, { n: 35, mean: 60 }, 5)?.mdd).toBeNull();
  });
});
