import { describe, expect, it } from "vitest";
import { demoPractices, demoResultsMeetings, demoSeminarContributions } from "../../scripts/demo/seminar.ts";
import { builtinInstrument } from "../../shared/instrument/index.ts";
import { getTheme, themeKeys, themes, themesForScale } from "../../shared/themes/index.ts";

const scaleKeys = new Set(builtinInstrument.scales.map((s) => s.key));
const keysOf = (list: { key: string }[]) => list.map((t) => t.key);

describe("the theme library", () => {
  it("holds the nine themes of the guidance, numbered 1 to 9 in order", () => {
    expect(keysOf([...themes])).toEqual([...themeKeys]);
    expect(themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("has every text in Danish and English, and every section filled", () => {
    for (const theme of themes) {
      const texts = [
        theme.title,
        theme.purpose,
        ...theme.research,
        ...theme.actions,
        ...theme.questions,
        ...theme.examples.map((e) => e.text),
      ];
      for (const text of texts) {
        expect(text.da.trim().length, `${theme.key}: ${text.en}`).toBeGreaterThan(0);
        expect(text.en.trim().length, `${theme.key}: ${text.da}`).toBeGreaterThan(0);
        expect(text.da).not.toEqual(text.en);
      }
      expect(theme.research.length).toBeGreaterThanOrEqual(3);
      expect(theme.actions.length).toBeGreaterThanOrEqual(3);
      expect(theme.questions.length).toBeGreaterThanOrEqual(3);
      expect(theme.examples.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("relates every theme only to scales of the built-in instrument", () => {
    for (const theme of themes)
      for (const key of theme.scaleKeys) expect(scaleKeys, theme.key).toContain(key);
  });

  it("retells the three themes the guidance sheets cover in full, and names real organisations nowhere", () => {
    expect(themes.filter((t) => t.basis === "guidance").map((t) => t.key)).toEqual([
      "variation-influence",
      "time-pressure",
      "measurements-performance",
    ]);
    const all = JSON.stringify(themes);
    for (const name of ["Aarhus", "Erhvervsstyrelsen", "Helsingør", "ISS", "TDC", "Nordea", "SKAT"])
      expect(all).not.toContain(name);
  });

  it("getTheme finds a theme by key and nothing else", () => {
    expect(getTheme("time-pressure")?.title.en).toBe("Time pressure");
    expect(getTheme("nope")).toBeUndefined();
  });
});

describe("themesForScale", () => {
  it("links the scales the issue names to their themes, the most direct first", () => {
    expect(keysOf(themesForScale("influence"))[0]).toBe("variation-influence");
    expect(keysOf(themesForScale("work-pace"))).toEqual(["time-pressure"]);
    expect(keysOf(themesForScale("quantitative-demands"))[0]).toBe("time-pressure");
    expect(keysOf(themesForScale("emotional-demands"))[0]).toBe("difficult-calls");
    expect(keysOf(themesForScale("development-possibilities"))).toEqual(["development-opportunities"]);
    expect(keysOf(themesForScale("trust-management"))).toContain("measurements-performance");
  });

  it("is empty for a scale no theme covers", () => {
    expect(themesForScale("no-such-scale")).toEqual([]);
  });

  it("covers the demands and the attention points of the seed (stress, sleeping troubles, work pace)", () => {
    for (const key of [
      "stress",
      "sleeping-troubles",
      "work-pace",
      "quantitative-demands",
      "emotional-demands",
    ])
      expect(themesForScale(key).length, key).toBeGreaterThan(0);
  });
});

describe("the demo seminar rows", () => {
  it("use only known theme and scale keys", () => {
    for (const row of [...demoSeminarContributions, ...demoPractices]) {
      if (row.theme_key !== null) expect(themeKeys).toContain(row.theme_key);
      for (const key of JSON.parse(String(row.scale_keys))) expect(scaleKeys).toContain(key);
    }
    for (const row of demoResultsMeetings)
      for (const key of JSON.parse(String(row.attention_points))) expect(scaleKeys).toContain(key);
  });
});
