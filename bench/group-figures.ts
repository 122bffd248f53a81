import { tCritical95 } from "../shared/scoring/stats/t-distribution.ts";

export interface Figure {
  n: number;
  mean: number | null;
  sd: number | null;
  ciLow: number | null;
}

/**
 * Every implementation's result in one comparable form, keyed `group|key`: groups are "network",
 * "centre:<index>", "team:<index>"; keys are "scale:<index>", "choice:<index>", "respondents".
 */
export type Figures = Map<string, Figure>;

export const figureKey = (level: string, centre: number | null, team: number | null, key: string) =>
  `${level === "network" ? "network" : level === "centre" ? `centre:${centre}` : `team:${team}`}|${key}`;

/** Finishes a figure from n, mean and SD with the same t interval the product uses. */
export function figure(n: number, mean: number | null, sd: number | null): Figure {
  if (n < 2 || mean === null || sd === null) return { n, mean: n === 0 ? null : mean, sd: null, ciLow: null };
  return { n, mean, sd, ciLow: mean - (tCritical95(n - 1) * sd) / Math.sqrt(n) };
}

/** Largest disagreement between two result sets, or the first missing key. */
export function compareFigures(a: Figures, b: Figures): string | number {
  let worst = 0;
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y) return `missing ${key}`;
    if (x.n !== y.n) return `n differs at ${key}: ${x.n} vs ${y.n}`;
    for (const field of ["mean", "sd", "ciLow"] as const) {
      const u = x[field];
      const v = y[field];
      if (u === null || v === null) {
        if (u !== v) return `${field} differs at ${key}: ${u} vs ${v}`;
      } else worst = Math.max(worst, Math.abs(u - v));
    }
  }
  return worst;
}
