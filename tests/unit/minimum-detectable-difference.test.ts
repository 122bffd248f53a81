import { describe, expect, it } from "vitest";
import {
  minimumDetectableDifference,
  Z_80,
  Z_975,
} from "../../shared/scoring/stats/minimum-detectable-difference.ts";

describe("minimumDetectableDifference", () => {
  it("matches a worked example: n 40 and 50, sd 20 and 18", () => {
    // z₀.₉₇₅ = 1.95996, z₀.₈ = 0.84162: together 2.80159.
    // Standard error of the difference: √(20²/40 + 18²/50) = √(10 + 6.48) = √16.48 = 4.05956.
    // MDD = 2.80159 × 4.05956 = 11.373 points: a change under 11,4 this n could not reliably see.
    expect(Z_975 + Z_80).toBeCloseTo(2.80159, 5);
    const mdd = minimumDetectableDifference({ n: 40, sd: 20 }, { n: 50, sd: 18 });
    expect(mdd).toBeCloseTo(11.3732, 4);
  });

  it("shrinks with n: four times the respondents halve it", () => {
    const small = minimumDetectableDifference({ n: 20, sd: 15 }, { n: 20, sd: 15 }) ?? 0;
    const large = minimumDetectableDifference({ n: 80, sd: 15 }, { n: 80, sd: 15 }) ?? 0;
    expect(large).toBeCloseTo(small / 2, 10);
  });

  it("is null where a round has no standard deviation", () => {
    expect(minimumDetectableDifference({ n: 1, sd: 0 }, { n: 40, sd: 12 })).toBeNull();
    expect(minimumDetectableDifference({ n: 30, sd: null }, { n: 40, sd: 12 })).toBeNull();
    expect(minimumDetectableDifference({ n: 30, sd: Number.NaN }, { n: 40, sd: 12 })).toBeNull();
  });
});
