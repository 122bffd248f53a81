/**
 * Arithmetic on figures as the page shows them. A reader checks "57,0 vs 42,9 is 14,1 point
 * better" by subtracting the printed numbers, so a difference is taken between the rounded
 * figures, not rounded from the raw difference (which could read 14,2 beside the same figures).
 */

/**
 * `value` rounded to `digits` decimals exactly as the page prints it: through Intl's own rounding
 * (the formatter the page uses), since `Math.round(x * 10) / 10` and `toFixed` disagree with it
 * on some halves (0.15 prints "0,2"; `toFixed` gives "0.1"). Never −0.
 */
export function roundShown(value: number, digits = 1): number {
  const rounded = Number(
    new Intl.NumberFormat("en-US", {
      useGrouping: false,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value),
  );
  return rounded === 0 ? 0 : rounded;
}

/** `a − b` as the reader would work it out from the two printed figures. */
export function shownDifference(a: number, b: number, digits = 1): number {
  return roundShown(roundShown(a, digits) - roundShown(b, digits), digits);
}
