/**
 * The participation rate: answered / headcount, rounded to 0.1 %. Unknown (null) without a
 * headcount: codes issued are no denominator, since more can always be issued. Never above 1: the
 * caps keep answers within the headcount, and a figure over 100 % would only be padding showing.
 */
export function participationRate(answered: number, headcount: number | null): number | null {
  if (headcount === null || headcount <= 0) return null;
  return Math.round(Math.min(1, answered / headcount) * 1000) / 1000;
}
