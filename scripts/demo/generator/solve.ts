/**
 * Turns a published benchmark row (focal centre, network mean, highest, lowest) and the other
 * centres' raw preferences into one target per centre: the focal centre takes its figure; the
 * other centre with the highest (lowest) preference takes the network's highest (lowest) unless
 * the focal centre is that extreme; the remaining "middle" centres keep their preferences shifted
 * by one common amount, clipped inside the extremes, so that the weighted mean is the network's.
 * The largest middle centre is the filler: its target is settled last, from what the others
 * actually reached (see `fillerTarget`).
 */
import type { BenchmarkFigures } from "./amica-2007.ts";

/** Figures closer than this count as the same centre being the extreme. */
const SAME = 0.05;

export interface NetworkSolution {
  targets: Map<string, number>;
  highestId: string;
  lowestId: string;
  middle: string[];
  filler: string;
  /** Middle centres stay inside these. */
  bounds: [number, number];
}

function extreme(raw: ReadonlyMap<string, number>, pick: (a: number, b: number) => boolean): string {
  let best: string | undefined;
  for (const [id, v] of raw) if (best === undefined || pick(v, raw.get(best) as number)) best = id;
  if (best === undefined) throw new Error("no centres to solve for");
  return best;
}

/** Which centres hold the network's highest and lowest figure. */
export function extremes(fig: BenchmarkFigures, focalId: string, raw: ReadonlyMap<string, number>) {
  const highestId =
    Math.abs(fig.networkHighest - fig.centre) < SAME ? focalId : extreme(raw, (a, b) => a > b);
  const lowestId = Math.abs(fig.networkLowest - fig.centre) < SAME ? focalId : extreme(raw, (a, b) => a < b);
  return { highestId, lowestId };
}

/**
 * @param raw the other centres' preferences (not the focal centre)
 * @param weight per centre (focal included): respondents with a score, or answering the question
 * @param margin how far inside the extremes the middle centres must stay
 */
export function solveNetwork(
  what: string,
  fig: BenchmarkFigures,
  focalId: string,
  raw: ReadonlyMap<string, number>,
  weight: ReadonlyMap<string, number>,
  margin: number,
): NetworkSolution {
  const { highestId, lowestId } = extremes(fig, focalId, raw);
  const targets = new Map<string, number>([
    [focalId, fig.centre],
    [highestId, fig.networkHighest],
    [lowestId, fig.networkLowest],
  ]);
  const middle = [...raw.keys()].filter((id) => !targets.has(id));
  const bounds: [number, number] = [fig.networkLowest + margin, fig.networkHighest - margin];
  const w = (id: string) => weight.get(id) ?? 0;
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  let required = fig.networkMean * total;
  for (const [id, t] of targets) required -= w(id) * t;
  const clip = (v: number) => Math.min(bounds[1], Math.max(bounds[0], v));
  const reach = (shift: number) =>
    middle.reduce((sum, id) => sum + w(id) * clip((raw.get(id) as number) + shift), 0);
  let lo = -100;
  let hi = 100;
  if (required < reach(lo) - 1e-9 || required > reach(hi) + 1e-9) {
    throw new Error(`demo generator: ${what}: the network mean ${fig.networkMean} cannot be reached`);
  }
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (reach(mid) < required) lo = mid;
    else hi = mid;
  }
  const shift = (lo + hi) / 2;
  for (const id of middle) targets.set(id, clip((raw.get(id) as number) + shift));
  const filler = middle.reduce((a, b) => (w(b) > w(a) ? b : a));
  return { targets, highestId, lowestId, middle, filler, bounds };
}

/** The filler's target once every other centre's weighted sum is known. */
export function fillerTarget(
  networkMean: number,
  totalWeight: number,
  othersSum: number,
  fillerWeight: number,
) {
  return (networkMean * totalWeight - othersSum) / fillerWeight;
}

/**
 * Chooses how many of a centre's `n` respondents answer a multiple-choice question so that every
 * percentage it must reproduce exactly (`targets`) is as close as whole respondents allow; prefers
 * fewer blanks when it makes little difference. Searches down to `minShare` of `n`.
 */
export function bestAnswering(n: number, targets: readonly number[], minShare = 0.88): number {
  let best = n;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let m = n; m >= Math.max(1, Math.ceil(n * minShare)); m--) {
    let worst = 0;
    for (const p of targets) worst = Math.max(worst, Math.abs((100 * Math.round((p * m) / 100)) / m - p));
    const score = worst + 0.01 * (n - m);
    if (score < bestScore - 1e-12) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}
