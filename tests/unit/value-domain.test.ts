import { describe, expect, it } from "vitest";
import { sharedValueDomain } from "../../shared/charts/value-domain.ts";

describe("sharedValueDomain: one vertical range for all small multiples", () => {
  it("covers every panel's values, rounded out to fives with a little room", () => {
    // 55–75 in one panel and 35–65 in another become one range that holds both.
    expect(sharedValueDomain([57, 73, 38, 62, null])).toEqual([35, 80]);
  });

  it("is at least 20 points wide, inside 0–100", () => {
    expect(sharedValueDomain([50, 52])).toEqual([40, 60]);
    expect(sharedValueDomain([1, 2])).toEqual([0, 20]);
    expect(sharedValueDomain([99, 98])).toEqual([80, 100]);
  });

  it("falls back to the whole scale without a figure", () => {
    expect(sharedValueDomain([null, undefined])).toEqual([0, 100]);
  });
});
