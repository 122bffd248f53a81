/**
 * The vertical range that small multiples share: one range for every panel, so that a panel's
 * slope and height compare with its neighbours' (55–75 beside 35–65 made a small change look as
 * large as a big one). Rounded out to `step`, at least `minSpan` points (so that noise does not
 * look like a trend), within 0–100.
 */
export function sharedValueDomain(
  values: readonly (number | null | undefined)[],
  { minSpan = 20, step = 5, pad = 3 }: { minSpan?: number; step?: number; pad?: number } = {},
): [number, number] {
  const shown = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (shown.length === 0) return [0, 100];
  const lo = Math.min(...shown);
  const hi = Math.max(...shown);
  let a = Math.max(0, Math.floor((lo - pad) / step) * step);
  let b = Math.min(100, Math.ceil((hi + pad) / step) * step);
  if (b - a < minSpan) {
    const grow = minSpan - (b - a);
    a = Math.max(0, a - Math.ceil(grow / 2 / step) * step);
    b = Math.min(100, a + Math.max(minSpan, b - a));
    if (b - a < minSpan) a = Math.max(0, b - minSpan);
  }
  return [a, b];
}
