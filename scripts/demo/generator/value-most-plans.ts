/**
 * "What do you value most in your current job?" per centre, in percent of those who answered.
 * Round 1: Borgerservice takes the real 2007 percentages; the other centres' rows are raw
 * preferences that the solver turns into counts reproducing the network's mean, highest and lowest
 * (as for the scales). Later rounds: Borgerservice's own story; the others drift a little.
 */

/** Option keys in the order of the rows below; checked against the instrument at start-up. */
export const OPTION_ORDER = [
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
] as const;

export type OptionRow = Readonly<Record<string, number>>;

function row(values: readonly number[]): OptionRow {
  if (values.length !== OPTION_ORDER.length) throw new Error(`expected ${OPTION_ORDER.length} values`);
  return Object.fromEntries(OPTION_ORDER.map((key, i) => [key, values[i] as number]));
}

//               IN  WH  CC  TA  DE  WP  BE  LS  SA  CO
export const focalChoices: readonly OptionRow[] = [
  row([22, 25, 43, 76, 14, 4, 2, 8, 6, 59]),
  // 2008: the workshops on influence over one's own day and on good colleagues show.
  row([26, 24, 41, 72, 18, 5, 3, 11, 7, 62]),
  row([28, 23, 40, 70, 20, 5, 3, 15, 8, 63]),
];

//               IN  WH  CC  TA  DE  WP  BE  LS  SA  CO
export const othersChoices2007: Readonly<Record<string, OptionRow>> = {
  "demo-c02": row([7, 42, 33, 30, 15, 9, 6, 18, 42, 63]),
  "demo-c03": row([10, 40, 36, 35, 34, 2, 7, 22, 26, 62]),
  "demo-c04": row([4, 35, 14, 19, 14, 4, 12, 15, 28, 68]),
  "demo-c05": row([7, 38, 40, 34, 6, 5, 5, 17, 18, 74]),
  "demo-c06": row([12, 57, 33, 38, 15, 0, 8, 26, 20, 66]),
  "demo-c07": row([8, 45, 31, 32, 3, 3, 5, 16, 22, 66]),
  "demo-c08": row([9, 20, 60, 45, 18, 2, 3, 20, 15, 52]),
};

/** Share of respondents who leave the question blank, where nothing else decides it. */
export const CHOICE_SKIP_RATE = 0.03;
