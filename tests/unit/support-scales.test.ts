import { describe, expect, it } from "vitest";
import { scalesPointingToHelp } from "../../shared/scoring/support-scales.ts";

const row = (key: string, score: number | null, reference: number | null = 30) => ({
  key,
  polarity: "higher-worse" as const,
  score,
  reference,
});

describe("scalesPointingToHelp", () => {
  it("names stress, burnout and sleeping troubles where they are red against the reference", () => {
    const rows = [
      row("stress", 35),
      row("burnout", 34.9),
      row("sleeping-troubles", 80),
      row("general-health", 0),
    ];
    // 35 is 5 worse than 30: red at threshold 5 (as a traffic light); 34.9 is not.
    expect(scalesPointingToHelp(rows, 5)).toEqual(["stress", "sleeping-troubles"]);
    expect(scalesPointingToHelp(rows, 10)).toEqual(["sleeping-troubles"]);
  });
  it("holds a score against the middle of the range where there is no reference", () => {
    expect(scalesPointingToHelp([row("stress", 55, null), row("burnout", 54, null)], 5)).toEqual(["stress"]);
  });
  it("says nothing for a scale without a score or a scale that is not about strain", () => {
    expect(scalesPointingToHelp([row("stress", null), { ...row("quality-of-leadership", 0) }], 5)).toEqual(
      [],
    );
  });
});
