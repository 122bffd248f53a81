import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  amica2007Scales,
  amica2007ValueMost,
  type BenchmarkFigures,
} from "../../scripts/demo/generator/amica-2007.ts";
import { demoCentres, demoRounds } from "../../scripts/demo/network.ts";
import { demoReferenceSet } from "../../scripts/demo/reference.ts";
import { type DemoResponse, demoResponses } from "../../scripts/demo/responses.ts";
import { builtinInstrument as def } from "../../shared/instrument/index.ts";
import { unpackAnswers, validateAnswers } from "../../shared/instrument/packing.ts";
import { scoreMatrix } from "../../shared/scoring/score-matrix.ts";

// The seed's figures live beside the repository (../shared/reference); fall back to the generator's
// copy where the repository is checked out alone.
const seedFile = join(import.meta.dirname, "..", "..", "..", "shared", "reference", "amica-2007.json");
const seed = existsSync(seedFile)
  ? (JSON.parse(readFileSync(seedFile, "utf8")) as {
      scales: Record<string, BenchmarkFigures>;
      valueMost: { options: Record<string, BenchmarkFigures> };
    })
  : { scales: amica2007Scales, valueMost: { options: amica2007ValueMost } };

const FOCAL = "demo-c01";
const MIN_GROUP = 5;
const ITEMS = def.items.length;
const polarity = new Map(def.scales.map((s) => [s.key, s.polarity === "higher-better" ? 1 : -1]));
const reference = demoReferenceSet().values;

interface Group {
  n: number;
  mean: number;
}
interface Figures {
  centres: Map<string, Group>;
  mean: number;
  highest: number;
  lowest: number;
}

/** The report's definitions, computed here from scratch with the shared scoring. */
function scaleFigures(rows: readonly DemoResponse[]): Map<string, Figures> {
  const m = scoreMatrix(
    def,
    rows.map((r) => r.packed),
  );
  const S = m.scaleKeys.length;
  const out = new Map<string, Figures>();
  m.scaleKeys.forEach((key, s) => {
    const centres = new Map<string, Group>();
    rows.forEach((r, i) => {
      const v = m.values[i * S + s] as number;
      if (Number.isNaN(v)) return;
      const g = centres.get(r.centreId) ?? { n: 0, mean: 0 };
      centres.set(r.centreId, { n: g.n + 1, mean: g.mean + v });
    });
    for (const g of centres.values()) g.mean /= g.n;
    const shown = [...centres.values()].filter((g) => g.n >= MIN_GROUP);
    out.set(key, {
      centres,
      mean: shown.reduce((a, g) => a + g.n * g.mean, 0) / shown.reduce((a, g) => a + g.n, 0),
      highest: Math.max(...shown.map((g) => g.mean)),
      lowest: Math.min(...shown.map((g) => g.mean)),
    });
  });
  return out;
}

const choicesOf = (r: DemoResponse) => [...r.packed.subarray(ITEMS)].filter((v) => v === 1).length;

function valueMostFigures(rows: readonly DemoResponse[]): Map<string, Figures> {
  const answering = rows.filter((r) => choicesOf(r) > 0);
  const out = new Map<string, Figures>();
  def.multipleChoice.options.forEach((option, q) => {
    const centres = new Map<string, Group>();
    for (const r of answering) {
      const g = centres.get(r.centreId) ?? { n: 0, mean: 0 };
      centres.set(r.centreId, { n: g.n + 1, mean: g.mean + (r.packed[ITEMS + q] as number) });
    }
    const shown = [...centres.values()].filter((g) => g.n >= MIN_GROUP);
    const pooled = (100 * shown.reduce((a, g) => a + g.mean, 0)) / shown.reduce((a, g) => a + g.n, 0);
    for (const g of centres.values()) g.mean = (100 * g.mean) / g.n;
    out.set(option.key, {
      centres,
      mean: pooled,
      highest: Math.max(...shown.map((g) => g.mean)),
      lowest: Math.min(...shown.map((g) => g.mean)),
    });
  });
  return out;
}

function deviations(got: Figures, want: BenchmarkFigures) {
  return {
    centre: Math.abs((got.centres.get(FOCAL)?.mean ?? Number.NaN) - want.centre),
    mean: Math.abs(got.mean - want.networkMean),
    highest: Math.abs(got.highest - want.networkHighest),
    lowest: Math.abs(got.lowest - want.networkLowest),
  };
}

let responses: DemoResponse[];
let elapsed: number;
const inRound = (wave: number) => responses.filter((r) => r.roundId === demoRounds[wave]?.id);

beforeAll(() => {
  const started = performance.now();
  responses = demoResponses();
  elapsed = performance.now() - started;
});

describe("demo data, round 1 (2007): Borgerservice's real benchmark table", () => {
  it("the generator's copy of the 2007 figures matches the seed file", () => {
    expect(amica2007Scales).toEqual(
      Object.fromEntries(Object.entries(seed.scales).map(([k, v]) => [k, pick(v)])),
    );
    expect(amica2007ValueMost).toEqual(
      Object.fromEntries(Object.entries(seed.valueMost.options).map(([k, v]) => [k, pick(v)])),
    );
  });

  it("reproduces the centre's score and the network's mean, highest and lowest on all 15 scales within ±0.2", () => {
    const figures = scaleFigures(inRound(0));
    expect(Object.keys(seed.scales)).toHaveLength(15);
    for (const [key, want] of Object.entries(seed.scales)) {
      const got = figures.get(key);
      expect(got, key).toBeDefined();
      const d = deviations(got as Figures, want);
      for (const [what, dev] of Object.entries(d)) expect(dev, `${key} ${what}`).toBeLessThanOrEqual(0.2);
    }
  });

  it("makes Borgerservice the network's highest exactly where the seed says so", () => {
    const figures = scaleFigures(inRound(0));
    const topped = Object.entries(seed.scales).filter(([, v]) => v.networkHighest === v.centre);
    expect(topped.map(([k]) => k)).toContain("influence");
    for (const [key] of topped) {
      const f = figures.get(key) as Figures;
      expect(f.highest, key).toBe(f.centres.get(FOCAL)?.mean);
    }
  });

  it("reproduces the 'value most' percentages within ±1", () => {
    const figures = valueMostFigures(inRound(0));
    for (const [key, want] of Object.entries(seed.valueMost.options)) {
      const d = deviations(figures.get(key) as Figures, want);
      for (const [what, dev] of Object.entries(d)) expect(dev, `${key} ${what}`).toBeLessThanOrEqual(1);
    }
    for (const [key, want] of Object.entries(seed.valueMost.options)) {
      const f = figures.get(key) as Figures;
      if (want.networkLowest === want.centre) expect(f.lowest, key).toBe(f.centres.get(FOCAL)?.mean);
      if (want.networkHighest === want.centre) expect(f.highest, key).toBe(f.centres.get(FOCAL)?.mean);
    }
  });

  it("shows the 2007 attention points: stress, sleeping troubles and a very high work pace", () => {
    const figures = scaleFigures(inRound(0));
    for (const key of ["work-pace", "stress", "sleeping-troubles"]) {
      const f = figures.get(key) as Figures;
      const own = f.centres.get(FOCAL)?.mean as number;
      expect(own - f.mean, key).toBeGreaterThanOrEqual(5);
      expect(own - (reference[key]?.mean as number), key).toBeGreaterThanOrEqual(10);
    }
    expect(figures.get("work-pace")?.highest).toBe(figures.get("work-pace")?.centres.get(FOCAL)?.mean);
  });
});

describe("demo data, round 2 (2008): the seed's improvements", () => {
  const diffToNetwork = (figures: Map<string, Figures>, key: string) => {
    const f = figures.get(key) as Figures;
    return (polarity.get(key) as number) * ((f.centres.get(FOCAL)?.mean as number) - f.mean);
  };

  it("brings work pace, stress and sleeping troubles down, work pace to near the national reference", () => {
    const before = scaleFigures(inRound(0));
    const after = scaleFigures(inRound(1));
    const own = (f: Map<string, Figures>, key: string) => f.get(key)?.centres.get(FOCAL)?.mean as number;
    expect(own(before, "work-pace") - own(after, "work-pace")).toBeGreaterThanOrEqual(10);
    expect(Math.abs(own(after, "work-pace") - (reference["work-pace"]?.mean as number))).toBeLessThanOrEqual(
      2.5,
    );
    expect(own(after, "stress")).toBeLessThan(own(before, "stress") - 5);
    expect(own(after, "sleeping-troubles")).toBeLessThan(own(before, "sleeping-troubles") - 5);
    expect(own(after, "job-satisfaction")).toBeGreaterThanOrEqual(75);
    expect(own(after, "job-satisfaction")).toBeGreaterThan(own(before, "job-satisfaction"));
  });

  it("keeps influence, development and meaning well above the network and above the reference", () => {
    const after = scaleFigures(inRound(1));
    for (const key of ["influence", "development-possibilities", "meaning-of-work"]) {
      expect(diffToNetwork(after, key), key).toBeGreaterThanOrEqual(5);
      const own = after.get(key)?.centres.get(FOCAL)?.mean as number;
      expect(own, key).toBeGreaterThan(reference[key]?.mean as number);
    }
  });

  it("has no scale clearly worse than the network; development leadership and the manager's support are weakest", () => {
    const after = scaleFigures(inRound(1));
    const diffs = def.scales.map((s) => ({ key: s.key, d: diffToNetwork(after, s.key) }));
    for (const { key, d } of diffs) expect(d, key).toBeGreaterThan(-5);
    const weakest = [...diffs].sort((a, b) => a.d - b.d).slice(0, 2);
    expect(weakest.map((w) => w.key).sort()).toEqual(["development-leadership", "support-supervisor"]);
  });
});

describe("demo data, realism and determinism", () => {
  it("is the same on every run", () => {
    const started = performance.now();
    const again = demoResponses();
    elapsed = Math.min(elapsed, performance.now() - started);
    expect(again).toHaveLength(responses.length);
    again.forEach((r, i) => {
      const first = responses[i] as DemoResponse;
      expect({ ...r, packed: [...r.packed] }).toEqual({ ...first, packed: [...first.packed] });
    });
  });

  // The better of two runs, so that a busy machine does not fail a cold start.
  it("is quick to make", () => {
    expect(elapsed).toBeLessThan(2000);
  });

  it("has every centre's respondents per round, with valid answers and sequential ids", () => {
    demoRounds.forEach((round, wave) => {
      const rows = inRound(wave);
      for (const c of demoCentres) {
        expect(
          rows.filter((r) => r.centreId === c.id),
          `${round.id} ${c.id}`,
        ).toHaveLength(c.respondents[wave] ?? 0);
      }
      const year = round.opensOn.slice(0, 4);
      rows.forEach((r, i) => {
        expect(r.id).toBe(`demo-resp-${year}-${String(i + 1).padStart(4, "0")}`);
        expect(r.submittedAt >= round.opensOn && r.submittedAt <= `${round.closesOn}T23:59:59Z`).toBe(true);
      });
    });
    for (const r of responses) {
      const checked = validateAnswers(def, unpackAnswers(def, r.packed));
      expect(checked.ok && [...checked.packed]).toEqual([...r.packed]);
      expect(choicesOf(r)).toBeLessThanOrEqual(def.multipleChoice.maxChoices);
    }
  });

  it("leaves a few percent of answers blank and a few respondents under the half-answered rule", () => {
    const blanks = responses.reduce(
      (a, r) => a + r.packed.subarray(0, ITEMS).filter((v) => v === 0).length,
      0,
    );
    const share = blanks / (responses.length * ITEMS);
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.05);
    demoRounds.forEach((_, wave) => {
      const m = scoreMatrix(
        def,
        inRound(wave).map((r) => r.packed),
      );
      const missing = new Set<number>();
      m.values.forEach((v, i) => {
        if (Number.isNaN(v)) missing.add(Math.floor(i / m.scaleKeys.length));
      });
      expect(missing.size).toBeGreaterThanOrEqual(2);
    });
  });

  it("gives every team a few respondents and has small teams that anonymity hides", () => {
    let small = 0;
    demoRounds.forEach((_, wave) => {
      const sizes = new Map<string, number>();
      for (const r of inRound(wave)) if (r.teamId) sizes.set(r.teamId, (sizes.get(r.teamId) ?? 0) + 1);
      for (const c of demoCentres.filter((c) => (c.respondents[wave] ?? 0) > 0)) {
        c.teams.forEach((_, i) => {
          const n = sizes.get(`${c.id}-team-${i + 1}`) ?? 0;
          expect(n, `${c.id}-team-${i + 1} in round ${wave + 1}`).toBeGreaterThanOrEqual(3);
          if (n < MIN_GROUP) small++;
        });
      }
    });
    expect(small).toBeGreaterThanOrEqual(1);
  });

  it("gives about a third of respondents a panel code, kept by the same person across rounds", () => {
    const coded = responses.filter((r) => r.panelCode !== null);
    expect(coded.length / responses.length).toBeGreaterThan(0.25);
    expect(coded.length / responses.length).toBeLessThan(0.42);
    const byCode = new Map<string, DemoResponse[]>();
    for (const r of coded)
      byCode.set(r.panelCode as string, [...(byCode.get(r.panelCode as string) ?? []), r]);
    const linked = [...byCode.values()].filter((rs) => rs.length > 1);
    expect(linked.length).toBeGreaterThan(50);
    for (const rs of byCode.values()) {
      expect(new Set(rs.map((r) => r.roundId)).size).toBe(rs.length);
      expect(new Set(rs.map((r) => r.centreId)).size).toBe(1);
    }
    const pairedFocal = linked.filter(
      (rs) => rs[0]?.centreId === FOCAL && rs.some((r) => r.roundId === demoRounds[1]?.id),
    );
    expect(pairedFocal.length).toBeGreaterThanOrEqual(MIN_GROUP);
  });

  it("labels the reference set as synthetic, in both languages, and covers every scale", () => {
    const ref = demoReferenceSet();
    expect(ref.name).toMatch(/syntetisk/i);
    expect(ref.source).toMatch(/syntetiske/i);
    expect(ref.nameEn).toMatch(/synthetic/i);
    expect(ref.sourceEn).toMatch(/synthetic/i);
    expect(Object.keys(ref.values).sort()).toEqual(def.scales.map((s) => s.key).sort());
    for (const v of Object.values(ref.values)) {
      expect(v.mean).toBeGreaterThan(0);
      expect(v.mean).toBeLessThan(100);
      expect(v.sd).toBeGreaterThan(10);
      expect(v.sd).toBeLessThan(30);
    }
  });
});

function pick(v: BenchmarkFigures): BenchmarkFigures {
  return {
    centre: v.centre,
    networkMean: v.networkMean,
    networkHighest: v.networkHighest,
    networkLowest: v.networkLowest,
  };
}
