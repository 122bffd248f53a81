/**
 * The demo network's national reference set: synthetic, COPSOQ-like means and SDs for all 24
 * scales of the built-in instrument. Made up for the demo (loosely in the range of published
 * Danish COPSOQ figures, with the two AMICA-specific development scales invented), so the name
 * and source say so; never present these as real national averages.
 */
export interface ReferenceValue {
  mean: number;
  sd: number;
}

export interface DemoReferenceSet {
  /** In Danish, the product's first language … */
  name: string;
  source: string;
  /** … and in English. */
  nameEn: string;
  sourceEn: string;
  values: Record<string, ReferenceValue>;
}

const r = (mean: number, sd: number): ReferenceValue => ({ mean, sd });

export const demoReferenceValues: Readonly<Record<string, ReferenceValue>> = {
  predictability: r(58.0, 20.5),
  rewards: r(66.0, 19.5),
  "role-clarity": r(73.5, 16.0),
  "quality-of-leadership": r(57.0, 20.0),
  "development-leadership": r(59.0, 20.0),
  "development-climate": r(60.0, 18.0),
  "support-supervisor": r(68.0, 21.0),
  "support-colleagues": r(58.0, 20.0),
  "social-community": r(79.0, 17.0),
  "trust-management": r(66.0, 17.5),
  "trust-employees": r(70.0, 16.0),
  "justice-respect": r(59.0, 17.0),
  influence: r(50.0, 20.0),
  "development-possibilities": r(66.0, 17.0),
  "meaning-of-work": r(74.0, 15.5),
  "quantitative-demands": r(40.0, 19.0),
  "work-pace": r(60.0, 18.0),
  "emotional-demands": r(44.0, 22.0),
  "job-satisfaction": r(65.0, 18.0),
  "work-family-conflict": r(34.0, 24.0),
  "general-health": r(66.0, 21.0),
  stress: r(29.0, 18.0),
  "sleeping-troubles": r(22.0, 19.0),
  burnout: r(34.0, 18.0),
};

export function demoReferenceSet(): DemoReferenceSet {
  return {
    name: "Syntetisk national reference (demo, ikke rigtige data)",
    source:
      "Syntetiske værdier opfundet til AMICA-demoen, i niveau med offentliggjorte COPSOQ-tal for danske lønmodtagere; ikke et rigtigt landsgennemsnit.",
    nameEn: "Synthetic national reference (demo, not real data)",
    sourceEn:
      "Synthetic values made up for the AMICA demo, in the range of published COPSOQ figures for Danish employees; not a real national average.",
    values: Object.fromEntries(Object.entries(demoReferenceValues).map(([k, v]) => [k, { ...v }])),
  };
}
