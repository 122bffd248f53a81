/**
 * The real 2007 figures the demo's first round reproduces: Borgerservice's score and the AMICA
 * network's respondent-weighted mean, highest and lowest centre, for the 15 scales of the seed's
 * table and the ten "value most" options (percentages). A copy of `reference/amica-2007.json` in
 * the project's shared folder (which lives outside this repository); the unit test checks that the
 * copy and the file agree wherever the file is present.
 */
export interface BenchmarkFigures {
  centre: number;
  networkMean: number;
  networkHighest: number;
  networkLowest: number;
}

const f = (
  centre: number,
  networkMean: number,
  networkHighest: number,
  networkLowest: number,
): BenchmarkFigures => ({
  centre,
  networkMean,
  networkHighest,
  networkLowest,
});

export const amica2007Scales: Readonly<Record<string, BenchmarkFigures>> = {
  predictability: f(70.5, 57.8, 70.5, 41.1),
  rewards: f(74.5, 68.2, 74.5, 60.3),
  "role-clarity": f(77.0, 73.6, 80.4, 67.1),
  "quality-of-leadership": f(67.8, 64.2, 71.7, 56.7),
  "development-leadership": f(70.0, 58.9, 70.0, 48.6),
  "development-climate": f(68.1, 62.8, 70.0, 54.4),
  "support-supervisor": f(69.3, 68.6, 74.3, 60.3),
  "support-colleagues": f(64.0, 64.5, 69.1, 59.6),
  "social-community": f(81.0, 82.7, 86.0, 80.4),
  "trust-management": f(74.9, 67.0, 74.9, 54.4),
  "trust-employees": f(76.8, 74.4, 79.3, 70.0),
  "justice-respect": f(65.3, 61.0, 67.7, 50.8),
  influence: f(54.8, 40.9, 54.8, 33.3),
  "development-possibilities": f(73.9, 63.8, 73.9, 55.0),
  "meaning-of-work": f(80.3, 70.0, 80.3, 60.9),
};

export const amica2007ValueMost: Readonly<Record<string, BenchmarkFigures>> = {
  influence: f(22, 9, 22, 4),
  "working-hours": f(25, 37, 57, 20),
  "customer-contact": f(43, 35, 60, 14),
  tasks: f(76, 36, 76, 19),
  development: f(14, 16, 34, 3),
  "work-pace": f(4, 4, 9, 0),
  benefits: f(2, 6, 12, 2),
  "leader-support": f(8, 18, 26, 8),
  salary: f(6, 24, 42, 6),
  colleagues: f(59, 64, 74, 52),
};
