export interface Timing {
  name: string;
  runs: number;
  median: number;
  min: number;
  /** Times of the timed runs in the order they ran, milliseconds. */
  samples: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-quantile (0..1) by linear interpolation between order statistics. */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

const timing = (name: string, samples: number[]): Timing => ({
  name,
  runs: samples.length,
  median: median(samples),
  min: Math.min(...samples),
  samples,
});

/** Runs `fn` `warmup` times untimed, then `runs` times timed; milliseconds. */
export function measure(name: string, fn: () => unknown, runs: number, warmup = Math.min(runs, 5)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return timing(name, samples);
}

/**
 * Interleaves several fast functions run by run, so that a slow spell of a shared machine hits
 * them alike; the ratio of their i-th runs is then a fair comparison even when medians drift.
 */
export function measureInterleaved(fns: Record<string, () => unknown>, runs: number, warmup = 20): Timing[] {
  const names = Object.keys(fns);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const name of names) {
      const start = performance.now();
      (fns[name] as () => unknown)();
      if (i >= warmup) samples[name]?.push(performance.now() - start);
    }
  }
  return names.map((name) => timing(name, samples[name] as number[]));
}
