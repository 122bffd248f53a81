export interface Timing {
  name: string;
  runs: number;
  median: number;
  min: number;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; milliseconds. */
export function measure(name: string, fn: () => unknown, runs: number, warmup = Math.min(runs, 5)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median =
    times.length % 2 === 1
      ? (times[mid] as number)
      : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { name, runs, median, min: times[0] as number };
}

/**
 * Interleaves several fast functions round by round, so that a slow spell of a shared machine
 * hits them alike rather than skewing their ratio.
 */
export function measureInterleaved(fns: Record<string, () => unknown>, runs: number, warmup = 20): Timing[] {
  const names = Object.keys(fns);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const name of names) {
      const start = performance.now();
      (fns[name] as () => unknown)();
      if (i >= warmup) times[name]?.push(performance.now() - start);
    }
  }
  return names.map((name) => {
    const sorted = (times[name] as number[]).sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median =
      sorted.length % 2 === 1
        ? (sorted[mid] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    return { name, runs, median, min: sorted[0] as number };
  });
}
