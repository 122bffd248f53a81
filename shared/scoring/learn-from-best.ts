/**
 * "Learn from the best" (issue 14): for each attention point of a centre's report, the network's
 * best centre on that scale this round and the centre that improved most since the network's
 * previous round, with their practices for the scale's themes.
 *
 * Anonymity and consent, as rules of this function (not of its callers):
 * - only centres whose own figure on the scale is shown (at or above the minimum group size, as
 *   `visibilityOf` decides) are candidates, in both rounds for the improvement, and only where the
 *   round has a network benchmark for the scale (enough centres qualify): a hidden figure is never
 *   compared, so the choice cannot tell anything about it;
 * - the centre asking is never suggested;
 * - the best centre is never named: the report shows the network's highest figure, so naming
 *   the best would tell its figure by name. It is "another centre", with only the practices it
 *   shared without its name (a practice shown under its name in the library would name it);
 * - the most improved centre is named only beside practices it agreed to be named on in the
 *   practice library (`shareCentreName`); then only those practices are listed, so that no
 *   practice it did not agree on is tied to its name. Otherwise it is "another centre": no name,
 *   no id, its practices without either;
 * - no figure of the suggested centre leaves this function (not its score, not its change);
 * - ties go to the smaller centre id, so every reader gets the same answer.
 */
import type { Polarity } from "../instrument/schema.ts";
import type { AggregateRow } from "./aggregate-row.ts";
import { visibilityOf } from "./anonymity.ts";
import { adjustedDistance, MIN_CENTRES_FLOOR, qualifyingCentres } from "./benchmark.ts";
import { figureCell, RowIndex } from "./row-index.ts";

export interface ExemplarPractice {
  title: string;
  body: string;
  themeKey: string | null;
}

export interface Exemplar {
  /** The centre, where it agreed to be named beside these practices; null for "another centre". */
  centre: { id: string; name: string } | null;
  practices: ExemplarPractice[];
}

export interface LearnFromBestItem {
  scale: string;
  best: Exemplar | null;
  improved: Exemplar | null;
}

export interface LibraryPractice extends ExemplarPractice {
  centreId: string | null;
  scaleKeys: readonly string[];
  shareCentreName: boolean;
}

export interface LearnFromBestInput {
  ownCentreId: string;
  /** The report's attention points, in the report's order. */
  attention: readonly string[];
  scales: readonly { key: string; polarity: Polarity; themes: readonly string[] }[];
  minGroupSize: number;
  minCentres?: number;
  rows: readonly AggregateRow[];
  /** The network's previous round on the same instrument, with its own minimum group size. */
  previous: { rows: readonly AggregateRow[]; minGroupSize: number } | null;
  centres: readonly { id: string; name: string }[];
  practices: readonly LibraryPractice[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The candidate with the largest value; ties to the smaller id. Null if none or none positive where asked. */
function top(candidates: { id: string; value: number }[], positiveOnly: boolean) {
  const eligible = candidates.filter((c) => !positiveOnly || c.value > 0);
  eligible.sort((a, b) => b.value - a.value || byId(a, b));
  return eligible[0]?.id ?? null;
}

/** The centre's shown figures on one scale, by centre id (centre level only). */
function shownFigures(index: RowIndex, visible: (row: AggregateRow) => boolean, key: string) {
  const out = new Map<string, number>();
  for (const row of index.centreRows("scale", key)) {
    if (row.centre === null) continue;
    const cell = figureCell(row, visible);
    if (cell) out.set(row.centre, cell.mean);
  }
  return out;
}

function exemplar(
  centreId: string,
  scale: { key: string; themes: readonly string[] },
  input: LearnFromBestInput,
  mayName: boolean,
): Exemplar {
  const relevant = input.practices.filter(
    (p) =>
      p.centreId === centreId &&
      (p.scaleKeys.includes(scale.key) || (p.themeKey !== null && scale.themes.includes(p.themeKey))),
  );
  const strip = (p: LibraryPractice): ExemplarPractice => ({
    title: p.title,
    body: p.body,
    themeKey: p.themeKey,
  });
  const consented = relevant.filter((p) => p.shareCentreName);
  const centre = input.centres.find((c) => c.id === centreId);
  if (!mayName) return { centre: null, practices: relevant.filter((p) => !p.shareCentreName).map(strip) };
  if (consented.length > 0 && centre) {
    return { centre: { id: centre.id, name: centre.name }, practices: consented.map(strip) };
  }
  return { centre: null, practices: relevant.map(strip) };
}

export function learnFromBest(input: LearnFromBestInput): LearnFromBestItem[] {
  const minCentres = Math.max(input.minCentres ?? MIN_CENTRES_FLOOR, MIN_CENTRES_FLOOR);
  const index = new RowIndex(input.rows);
  const visible = visibilityOf(input.rows, input.minGroupSize);
  const before = input.previous
    ? {
        index: new RowIndex(input.previous.rows),
        // Each round keeps the minimum it was shown with; compare under the stricter one.
        visible: visibilityOf(input.previous.rows, Math.max(input.minGroupSize, input.previous.minGroupSize)),
      }
    : null;

  return input.attention.flatMap((key): LearnFromBestItem[] => {
    const scale = input.scales.find((s) => s.key === key);
    if (!scale) return [];
    // No benchmark for the scale this round (too few centres qualify): no "best" either.
    if (qualifyingCentres(index.centreRows("scale", key), input.minGroupSize) < minCentres) {
      return [{ scale: key, best: null, improved: null }];
    }
    const now = shownFigures(index, visible, key);
    now.delete(input.ownCentreId);
    const best = top(
      [...now].map(([id, mean]) => ({ id, value: adjustedDistance(mean, 0, scale.polarity) })),
      false,
    );
    let improved: string | null = null;
    if (before) {
      const then = shownFigures(before.index, before.visible, key);
      improved = top(
        [...now]
          .filter(([id]) => then.has(id))
          .map(([id, mean]) => ({
            id,
            value: adjustedDistance(mean, then.get(id) as number, scale.polarity),
          })),
        true,
      );
    }
    return [
      {
        scale: key,
        best: best === null ? null : exemplar(best, scale, input, false),
        improved: improved === null ? null : exemplar(improved, scale, input, true),
      },
    ];
  });
}
