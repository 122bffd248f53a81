import { describe, expect, it } from "vitest";
import { builtinInstrument } from "../../shared/instrument/builtin/index.ts";
import { type InstrumentDefinition, instrumentDefinitionSchema } from "../../shared/instrument/schema.ts";

const SCALES = [
  "predictability",
  "rewards",
  "role-clarity",
  "quality-of-leadership",
  "development-leadership",
  "development-climate",
  "support-supervisor",
  "support-colleagues",
  "social-community",
  "trust-management",
  "trust-employees",
  "justice-respect",
  "influence",
  "development-possibilities",
  "meaning-of-work",
  "quantitative-demands",
  "work-pace",
  "emotional-demands",
  "job-satisfaction",
  "work-family-conflict",
  "stress",
  "sleeping-troubles",
  "burnout",
  "general-health",
];
const HIGHER_WORSE = [
  "quantitative-demands",
  "work-pace",
  "emotional-demands",
  "work-family-conflict",
  "stress",
  "sleeping-troubles",
  "burnout",
];
// The option keys of reference/amica-2007.json, valueMost.options.
const VALUE_MOST = [
  "influence",
  "working-hours",
  "customer-contact",
  "tasks",
  "development",
  "work-pace",
  "benefits",
  "leader-support",
  "salary",
  "colleagues",
];

const clone = (): InstrumentDefinition => structuredClone(builtinInstrument);

function issuesOf(def: unknown) {
  const result = instrumentDefinitionSchema.safeParse(def);
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message })) ?? [];
}

describe("built-in instrument amica-copsoq v1", () => {
  it("covers exactly the required scales, with about 90 items", () => {
    expect(builtinInstrument.key).toBe("amica-copsoq");
    expect(builtinInstrument.version).toBe(1);
    expect(builtinInstrument.scales.map((s) => s.key).sort()).toEqual([...SCALES].sort());
    expect(builtinInstrument.items.length).toBeGreaterThanOrEqual(85);
    expect(builtinInstrument.items.length).toBeLessThanOrEqual(95);
  });

  it("marks demands and strain higher-worse, everything else higher-better", () => {
    for (const scale of builtinInstrument.scales) {
      expect([scale.key, scale.polarity]).toEqual([
        scale.key,
        HIGHER_WORSE.includes(scale.key) ? "higher-worse" : "higher-better",
      ]);
    }
  });

  it("uses the AMICA domains and the demands, work–individual and health domains", () => {
    expect(builtinInstrument.domains.map((d) => d.key)).toEqual([
      "leadership-cooperation",
      "values",
      "work-organisation",
      "demands",
      "work-individual",
      "health-wellbeing",
    ]);
  });

  it("has the 2007 'value most' options, at most 3, and the two open questions", () => {
    expect(builtinInstrument.multipleChoice.code).toBe("value-most");
    expect(builtinInstrument.multipleChoice.maxChoices).toBe(3);
    expect(builtinInstrument.multipleChoice.options.map((o) => o.key)).toEqual(VALUE_MOST);
    expect(builtinInstrument.openQuestions.map((q) => q.code)).toEqual([
      "gives-satisfaction",
      "takes-satisfaction",
    ]);
  });

  it("has five-point sets scored 0–100 by 25, a four-point set in thirds, and reversed items", () => {
    const scores = (key: string) => builtinInstrument.responseSets[key]?.options.map((o) => o.score);
    expect(scores("frequency")).toEqual([100, 75, 50, 25, 0]);
    expect(scores("extent")).toEqual([100, 75, 50, 25, 0]);
    expect(scores("satisfaction")).toEqual([100, 200 / 3, 100 / 3, 0]);
    expect(builtinInstrument.items.filter((i) => i.reversed).length).toBeGreaterThanOrEqual(5);
  });

  it("has Danish and English text for every item, and no two items alike", () => {
    const texts = new Set<string>();
    for (const item of builtinInstrument.items) {
      expect(item.text.da.length).toBeGreaterThan(10);
      expect(item.text.en.length).toBeGreaterThan(10);
      expect(texts.has(item.text.en)).toBe(false);
      texts.add(item.text.en);
    }
  });
});

describe("instrumentDefinitionSchema", () => {
  it("names the item whose scale does not exist", () => {
    const def = clone();
    (def.items[4] as { scale: string }).scale = "no-such-scale";
    expect(issuesOf(def)).toContainEqual({ path: "items.4.scale", message: 'unknown scale "no-such-scale"' });
  });

  it("names the item whose response set does not exist", () => {
    const def = clone();
    (def.items[0] as { responseSet: string }).responseSet = "agreement";
    expect(issuesOf(def)).toContainEqual({
      path: "items.0.responseSet",
      message: 'unknown response set "agreement"',
    });
  });

  it("rejects a duplicate item code, and a code shared with the multiple-choice question", () => {
    const def = clone();
    (def.items[1] as { code: string }).code = def.items[0]?.code as string;
    (def.items[2] as { code: string }).code = "value-most";
    const paths = issuesOf(def).map((i) => i.path);
    expect(paths).toContain("items.1.code");
    expect(paths).toContain("multipleChoice.code");
  });

  it("rejects a scale without items and a scale in an unknown domain", () => {
    const def = clone();
    def.scales.push({
      key: "empty",
      domain: "nowhere",
      label: { da: "Tom", en: "Empty" },
      polarity: "higher-better",
    });
    const issues = issuesOf(def);
    const at = def.scales.length - 1;
    expect(issues).toContainEqual({ path: `scales.${at}.key`, message: 'scale "empty" has no items' });
    expect(issues).toContainEqual({ path: `scales.${at}.domain`, message: 'unknown domain "nowhere"' });
  });

  it("requires option codes 1..k in order and scores within 0–100", () => {
    const def = clone();
    const options = def.responseSets.frequency?.options ?? [];
    (options[1] as { code: number }).code = 7;
    (options[2] as { score: number }).score = 120;
    const paths = issuesOf(def).map((i) => i.path);
    expect(paths).toContain("responseSets.frequency.options.1.code");
    expect(paths).toContain("responseSets.frequency.options.2.score");
  });

  it("rejects maxChoices above the number of options and a missing English text", () => {
    const def = clone();
    def.multipleChoice.maxChoices = 11;
    (def.items[3] as { text: { da: string; en: string } }).text.en = " ";
    const paths = issuesOf(def).map((i) => i.path);
    expect(paths).toContain("multipleChoice.maxChoices");
    expect(paths).toContain("items.3.text.en");
  });

  it("accepts a new version uploaded as JSON", () => {
    const def = { ...JSON.parse(JSON.stringify(builtinInstrument)), version: 2 };
    expect(instrumentDefinitionSchema.parse(def).version).toBe(2);
  });
});
