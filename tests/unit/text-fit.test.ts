import { describe, expect, it } from "vitest";
import { wrapKeepingEnd } from "../../shared/charts/text-fit.ts";

describe("wrapKeepingEnd: chart labels that stay told apart", () => {
  it("leaves a label that fits as it is, broken at spaces", () => {
    expect(wrapKeepingEnd("Socialt fællesskab i arbejdet", 20)).toEqual(["Socialt fællesskab i", "arbejdet"]);
    expect(wrapKeepingEnd("Stress", 20)).toEqual(["Stress"]);
  });

  it("keeps the beginning and the end of a long label, so that two alike stay distinct", () => {
    const a = wrapKeepingEnd("Social støtte og feedback fra nærmeste leder", 20);
    const b = wrapKeepingEnd("Social støtte og feedback fra kolleger", 20);
    expect(a).toEqual(["Social støtte og", "…fra nærmeste leder"]);
    expect(b).toEqual(["Social støtte og", "…fra kolleger"]);
    for (const line of [...a, ...b]) expect(line.length).toBeLessThanOrEqual(20);
    const c = wrapKeepingEnd("Tillid og troværdighed mellem ledelse og medarbejdere", 22);
    const d = wrapKeepingEnd("Tillid og troværdighed mellem de ansatte", 22);
    expect(c.join(" ")).not.toBe(d.join(" "));
    expect(c.at(-1)).toMatch(/medarbejdere$/);
    expect(d.at(-1)).toMatch(/ansatte$/);
  });

  it("on one line keeps the first letters and the last word", () => {
    const pairs = [
      ["Social støtte og feedback fra nærmeste leder", "Social støtte og feedback fra kolleger"],
      ["Tillid og troværdighed mellem ledelse og medarbejdere", "Tillid og troværdighed mellem de ansatte"],
    ] as const;
    for (const [x, y] of pairs) {
      const [a = ""] = wrapKeepingEnd(x, 22, 1);
      const [b = ""] = wrapKeepingEnd(y, 22, 1);
      expect(a).not.toBe(b);
      expect(a.length).toBeLessThanOrEqual(22);
      expect(b.length).toBeLessThanOrEqual(22);
      expect(a.endsWith(x.split(" ").at(-1) ?? "")).toBe(true);
    }
    expect(wrapKeepingEnd("Stress", 22, 1)).toEqual(["Stress"]);
  });
});
