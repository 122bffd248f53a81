import { describe, expect, it } from "vitest";
import { formatNumber, formatP, formatSigned, MINUS } from "../../shared/i18n/index.ts";
import { readChange } from "../../shared/scoring/benchmark.ts";
import { roundShown, shownDifference } from "../../shared/scoring/shown-figures.ts";

describe("shownDifference", () => {
  it("subtracts the printed figures, not the raw ones (57,0 vs 42,9 is 14,1)", () => {
    // 57.04 prints 57,0 and 42.85 prints 42,9: the raw difference 14.19 would print 14,2.
    expect(formatNumber("da", 57.04, 1)).toBe("57,0");
    expect(formatNumber("da", 42.85, 1)).toBe("42,9");
    expect(roundShown(57.04 - 42.85)).toBe(14.2);
    expect(shownDifference(57.04, 42.85)).toBe(14.1);
    expect(formatNumber("da", shownDifference(57.04, 42.85), 1)).toBe("14,1");
  });

  it("rounds halves the way the formatter prints them, and never gives −0", () => {
    expect(roundShown(0.15)).toBe(Number(formatNumber("en", 0.15, 1)));
    expect(Object.is(roundShown(-0.04), 0)).toBe(true);
    expect(shownDifference(60.04, 60.0)).toBe(0);
  });

  it("is what the change since the last round shows", () => {
    const reading = readChange({ previousMean: 42.85, p: 0.01 }, 57.04, "higher-better", 5);
    expect(reading.shown).toBe(14.1);
  });
});

describe("formatNumber and formatSigned", () => {
  it("print negative numbers with the minus sign U+2212 in both languages", () => {
    expect(formatNumber("da", -1.25, 1)).toBe(`${MINUS}1,3`);
    expect(formatNumber("en", -0.42, 2)).toBe("\u22120.42");
    expect(formatNumber("da", -1234, 0)).not.toContain("-");
  });

  it("print a value that rounds to zero without a sign", () => {
    expect(formatNumber("da", -0.01, 1)).toBe("0,0");
    expect(formatSigned("da", -0.01)).toBe("±0,0");
  });

  it("sign differences with + and U+2212", () => {
    expect(formatSigned("da", 1.2)).toBe("+1,2");
    expect(formatSigned("da", -1.2)).toBe("\u22121,2");
    expect(formatSigned("en", -14.1)).toBe("\u221214.1");
    expect(formatSigned("da", -1.2)).not.toContain("-");
  });
});

describe("formatP", () => {
  it("reads p < 0,001 below a thousandth, never p = < 0,001", () => {
    expect(formatP("da", 0.0002)).toBe("p < 0,001");
    expect(formatP("en", 0.0002)).toBe("p < 0.001");
    expect(formatP("da", 0.0123)).toBe("p = 0,012");
    expect(formatP("da", 0.001)).toBe("p = 0,001");
    expect(formatP("da", 0)).not.toContain("=");
  });
});
