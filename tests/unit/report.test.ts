import { describe, expect, it } from "vitest";
import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import type { AggregateRow } from "../../shared/scoring/aggregate-row.ts";
import { readChange } from "../../shared/scoring/benchmark.ts";
import { buildOverview } from "../../shared/scoring/overview.ts";
import { buildCentreReport, type CentreReportInput } from "../../shared/scoring/report.ts";
import { welchTTest } from "../../shared/scoring/stats/hypothesis-tests.ts";

type Group = { centre: string; team?: string; respondents: number };

/** Rows for one group: every scale and option at `n = respondents` unless overridden. */
function groupRows(g: Group, overrides: Record<string, Partial<AggregateRow>> = {}): AggregateRow[] {
  const base = { level: g.team ? "team" : "centre", centre: g.centre, team: g.team ?? null } as const;
  const figure = (metric: "scale" | "choice", key: string, fallback: number): AggregateRow => {
    const mean = overrides[key]?.mean ?? fallback;
    return {
      ...base,
      metric,
      key,
      n: g.respondents,
      mean,
      sd: 10,
      ciLow: mean - 4,
      ciHigh: mean + 4,
      ...overrides[key],
    };
  };
  return [
    {
      ...base,
      metric: "count",
      key: "respondents",
      n: g.respondents,
      mean: null,
      sd: null,
      ciLow: null,
      ciHigh: null,
    },
    ...def.scales.map((s) => figure("scale", s.key, 60)),
    ...def.multipleChoice.options.map((o) => figure("choice", o.key, 20)),
  ];
}

// c1: 20 people in teams t1 (15) and t2 (5); c2: 12 people; c3: 3 people, under the minimum of 5;
// c4: 8 people at the network's mean of c1 and c2 (so the mean is theirs), the third centre a
// benchmark needs.
const rows: AggregateRow[] = [
  ...groupRows(
    { centre: "c1", respondents: 20 },
    { influence: { mean: 75 }, stress: { mean: 70 }, tasks: { mean: 76 }, burnout: { n: 19 } },
  ),
  ...groupRows({ centre: "c1", team: "t1", respondents: 15 }),
  ...groupRows({ centre: "c1", team: "t2", respondents: 5 }, { burnout: { n: 4 } }),
  ...groupRows(
    { centre: "c2", respondents: 12 },
    { influence: { mean: 50 }, stress: { mean: 50 }, tasks: { mean: 36 } },
  ),
  ...groupRows({ centre: "c3", respondents: 3 }, { influence: { mean: 99 }, stress: { mean: 1 } }),
  ...groupRows(
    { centre: "c4", respondents: 8 },
    { influence: { mean: 65.625 }, stress: { mean: 62.5 }, tasks: { mean: 61 } },
  ),
];

const input = (over: Partial<CentreReportInput> = {}): CentreReportInput => ({
  def,
  round: { id: "r2", label: "2008", date: "2008-09-15" },
  centre: { id: "c1", name: "Borgerservice" },
  minGroupSize: 5,
  threshold: 5,
  comparison: "network",
  rows,
  reference: null,
  previous: null,
  ...over,
});

const scaleOf = (report: ReturnType<typeof buildCentreReport>, key: string) =>
  report.scales.find((s) => s.key === key);

describe("buildCentreReport", () => {
  const report = buildCentreReport(input());

  it("has the documented shape", () => {
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        "round",
        "centre",
        "minGroupSize",
        "respondents",
        "scales",
        "valueMost",
        "attention",
        "strengths",
      ]),
    );
    expect(report.round).toEqual({ id: "r2", label: "2008", date: "2008-09-15" });
    expect(report.centre).toEqual({ id: "c1", name: "Borgerservice" });
    expect(report.respondents).toBe(20);
    expect(report.scales.map((s) => s.key)).toEqual(def.scales.map((s) => s.key));
    expect(Object.keys(report.scales[0] ?? {})).toEqual(
      expect.arrayContaining([
        "key",
        "domain",
        "label",
        "polarity",
        "centre",
        "network",
        "reference",
        "light",
        "change",
      ]),
    );
    expect(scaleOf(report, "predictability")).toMatchObject({
      domain: "leadership-cooperation",
      label: { da: "Forudsigelighed (information)" },
      polarity: "higher-better",
      centre: { n: 20, mean: 60, sd: 10, ci95: [56, 64] },
      reference: null,
      change: null,
    });
  });

  it("compares with the network of centres at or above the minimum, respondent-weighted", () => {
    // influence: (20·75 + 12·50 + 8·65.625) / 40 = 65.625; c3's 99 is left out.
    expect(scaleOf(report, "influence")?.network).toEqual({
      mean: 65.625,
      highest: 75,
      lowest: 50,
      centres: 3,
      missing: null,
    });
    expect(scaleOf(report, "influence")?.light).toBe("green");
    // stress, higher is worse: (20·70 + 12·50) / 32 = 62.5, so 70 is 7.5 points worse.
    expect(scaleOf(report, "stress")?.network.mean).toBe(62.5);
    expect(scaleOf(report, "stress")?.light).toBe("red");
    expect(scaleOf(report, "predictability")?.light).toBe("yellow");
    expect(report.attention).toEqual(["stress"]);
    expect(report.strengths).toEqual(["influence"]);
  });

  it("names only scales worse than the comparison as attention points, none when every scale is green", () => {
    // Against a reference set far below (resources) and far above (demands) every scale is green.
    const generous = Object.fromEntries(
      def.scales.map((s) => [
        s.key,
        {
          mean: s.polarity === "higher-better" ? 10 : 95,
          sd: null,
          source: { da: "syntetisk", en: "synthetic" },
        },
      ]),
    );
    const allGreen = buildCentreReport(input({ comparison: "reference", reference: generous }));
    expect(allGreen.scales.every((s) => s.light === "green")).toBe(true);
    expect(allGreen.attention).toEqual([]);
    expect(allGreen.strengths).toHaveLength(3);
    // Every attention point of every centre is worse than the comparison, whatever its light.
    for (const id of ["c1", "c2"]) {
      const r = buildCentreReport(input({ centre: { id, name: id } }));
      for (const key of r.attention) expect(scaleOf(r, key)?.distance, `${id} ${key}`).toBeLessThan(0);
      for (const key of r.strengths) expect(scaleOf(r, key)?.distance, `${id} ${key}`).toBeGreaterThan(0);
    }
  });

  it("gives 'value most' percentages against the network", () => {
    expect(report.valueMost.find((v) => v.key === "tasks")).toMatchObject({
      label: { da: "Arbejdsopgaverne" },
      centre: 76,
      network: { mean: 61, highest: 76, lowest: 36 },
    });
  });

  it("shows a centre under the minimum nothing of its own, but its count", () => {
    const small = buildCentreReport(input({ centre: { id: "c3", name: "Lille" } }));
    expect(small.respondents).toBe(3);
    expect(small.scales.every((s) => s.centre === null && s.light === null && s.change === null)).toBe(true);
    expect(small.valueMost.every((v) => v.centre === null)).toBe(true);
    expect(small.attention).toEqual([]);
    expect(scaleOf(small, "influence")?.network.mean).toBe(65.625);
  });

  it("leaves out the network figures, saying why, where fewer than three centres reach the minimum", () => {
    const two = buildCentreReport(input({ rows: rows.filter((r) => r.centre !== "c4") }));
    // With two centres, c1's own figure and the mean would give c2's figure exactly.
    expect(scaleOf(two, "influence")?.network).toEqual({
      mean: null,
      highest: null,
      lowest: null,
      centres: 2,
      missing: "too-few-centres",
    });
    expect(scaleOf(two, "influence")?.light).toBeNull();
    // A network may ask for more centres, never fewer than three.
    expect(scaleOf(buildCentreReport(input({ minCentres: 4 })), "influence")?.network.missing).toBe(
      "too-few-centres",
    );
    const loose = input({ minCentres: 1, rows: rows.filter((r) => r.centre !== "c4") });
    expect(scaleOf(buildCentreReport(loose), "influence")?.network.missing).toBe("too-few-centres");
  });

  it("compares with the reference set where the network chose it", () => {
    const withReference = buildCentreReport(
      input({
        comparison: "reference",
        reference: { influence: { mean: 80, sd: 20, source: { da: "syntetisk", en: "synthetic" } } },
      }),
    );
    expect(scaleOf(withReference, "influence")).toMatchObject({
      reference: { mean: 80, sd: 20, source: { da: "syntetisk", en: "synthetic" } },
      light: "red",
    });
    expect(scaleOf(withReference, "stress")?.light).toBeNull();
  });

  it("shows the change since the previous round", () => {
    const previous = groupRows({ centre: "c1", respondents: 18 }, { influence: { mean: 62, sd: 12 } });
    const withChange = buildCentreReport(input({ previous: { roundId: "r1", rows: previous } }));
    const p = welchTTest({ n: 20, mean: 75, sd: 10 }, { n: 18, mean: 62, sd: 12 })?.p;
    expect(scaleOf(withChange, "influence")?.change).toMatchObject({
      previousRoundId: "r1",
      previousMean: 62,
      diff: 13,
      p,
      test: "welch",
    });
    expect(scaleOf(withChange, "influence")?.change?.d).toBeCloseTo(
      13 / Math.sqrt((19 * 100 + 17 * 144) / 36),
      12,
    );
    // The minimum detectable difference from the two shown figures: 2.80159 × √(100/20 + 144/18).
    expect(scaleOf(withChange, "influence")?.change?.mdd).toBeCloseTo(2.8015852 * Math.sqrt(5 + 8), 5);
  });

  it("shows no change from a previous figure under the minimum", () => {
    const previous = groupRows({ centre: "c1", respondents: 4 });
    const withChange = buildCentreReport(input({ previous: { roundId: "r1", rows: previous } }));
    expect(withChange.scales.every((s) => s.change === null)).toBe(true);
    // Nor a minimum detectable difference, which would carry the hidden round's n and SD.
    expect(JSON.stringify(withChange)).not.toMatch(/"mdd":\s*\d/);
  });

  it("reports on a team, hiding a team and its complement where subtraction would expose one", () => {
    const t1 = buildCentreReport(input({ team: "t1" }));
    expect(t1.team).toEqual({ id: "t1", respondents: 15 });
    expect(scaleOf(t1, "stress")?.centre).toMatchObject({ n: 15, mean: 60 });
    // burnout: t2 has 4 answers of c1's 19, so t1 is hidden too (c1 − t1 would give t2).
    expect(scaleOf(t1, "burnout")?.centre).toBeNull();
    expect(scaleOf(buildCentreReport(input({ team: "t2" })), "burnout")?.centre).toBeNull();
  });
});

describe("buildOverview", () => {
  const overview = buildOverview({
    def,
    round: { id: "r2", label: "2008", date: "2008-09-15" },
    centres: [
      { id: "c1", name: "Borgerservice" },
      { id: "c2", name: "Nordlys Kundeservice" },
      { id: "c3", name: "Lille" },
    ],
    teams: [
      { id: "t1", name: "Team 1", centre: "c1" },
      { id: "t2", name: "Team 2", centre: "c1" },
    ],
    minGroupSize: 5,
    rows,
  });

  it("lists centres by name with cells per scale, hiding what is too small", () => {
    expect(overview.centres.map((c) => [c.name, c.respondents])).toEqual([
      ["Borgerservice", 20],
      ["Nordlys Kundeservice", 12],
      ["Lille", 3],
    ]);
    expect(overview.centres[0]?.scales.influence).toEqual({ n: 20, mean: 75, sd: 10, ci95: [71, 79] });
    expect(Object.values(overview.centres[2]?.scales ?? {}).every((cell) => cell === null)).toBe(true);
    expect(overview.centres[0]?.teams.map((t) => t.scales.burnout)).toEqual([null, null]);
    expect(overview.centres[0]?.teams[1]?.scales.stress).toMatchObject({ n: 5 });
    expect(overview.scales.find((s) => s.key === "influence")?.network.centres).toBe(3);
  });
});

describe("readChange: the arrow and its colour", () => {
  it("points the way the score moved and colours it by the scale's polarity", () => {
    // A resource that rose is better; a demand (stress) that rose is worse.
    expect(readChange({ previousMean: 60, p: 0.2 }, 63.4, "higher-better", 5)).toMatchObject({
      direction: "up",
      verdict: "better",
      meaningful: false,
    });
    expect(readChange({ previousMean: 60, p: 0.2 }, 63.4, "higher-worse", 5)).toMatchObject({
      direction: "up",
      verdict: "worse",
    });
    expect(readChange({ previousMean: 60, p: 0.2 }, 55, "higher-worse", 5)).toMatchObject({
      direction: "down",
      verdict: "better",
    });
  });

  it("shows the difference of the shown figures, so 57,0 against 42,9 is 14,1", () => {
    expect(readChange({ previousMean: 42.94, p: 0.01 }, 57.04, "higher-better", 5).shown).toBe(14.1);
    expect(readChange({ previousMean: 60.04, p: 0.5 }, 59.96, "higher-better", 5)).toMatchObject({
      shown: 0,
      direction: "flat",
      verdict: "same",
      meaningful: false,
    });
  });

  it("calls a change meaningful only where the threshold and the test agree", () => {
    expect(readChange({ previousMean: 50, p: 0.01 }, 56, "higher-better", 5).meaningful).toBe(true);
    expect(readChange({ previousMean: 50, p: 0.2 }, 56, "higher-better", 5).meaningful).toBe(false);
    expect(readChange({ previousMean: 50, p: 0.001 }, 53, "higher-better", 5).meaningful).toBe(false);
    expect(readChange({ previousMean: 50, p: null }, 60, "higher-better", 5).meaningful).toBe(false);
    expect(readChange({ previousMean: 55, p: 0.01 }, 50, "higher-worse", 5)).toMatchObject({
      verdict: "better",
      meaningful: true,
    });
  });
});
