import type { AggregateRow } from "./aggregate-row.ts";
import { MIN_GROUP_SIZE_FLOOR, meetsMinimum } from "./anonymity.ts";

/** Why a centre's figures stay at an earlier version. */
export type HoldReason = "too-few-new-responses";

export interface NextVersion {
  /** The rows to store: fresh for most centres, the earlier ones for held centres. */
  rows: AggregateRow[];
  /** Centres whose earlier figures are kept. */
  held: string[];
}

/** The minimum group size in effect for a round: the network's, never below what the round was shown with. */
export function effectiveMinGroupSize(networkMin: number, roundMin: number | null | undefined): number {
  return Math.max(networkMin, roundMin ?? 0, MIN_GROUP_SIZE_FLOOR);
}

const figureKey = (row: AggregateRow) => `${row.metric}:${row.key}`;

interface CentreVersion {
  rows: AggregateRow[];
  /** figure key → centre n */
  centreN: Map<string, number>;
  /** figure key → team → n */
  teamN: Map<string, Map<string, number>>;
}

function byCentre(rows: readonly AggregateRow[]): Map<string, CentreVersion> {
  const out = new Map<string, CentreVersion>();
  for (const row of rows) {
    if (row.centre === null || row.level === "network") continue;
    let v = out.get(row.centre);
    if (!v) {
      v = { rows: [], centreN: new Map(), teamN: new Map() };
      out.set(row.centre, v);
    }
    v.rows.push(row);
    if (row.metric === "count") continue;
    const k = figureKey(row);
    if (row.level === "centre") v.centreN.set(k, row.n);
    else if (row.team !== null) {
      const teams = v.teamN.get(k) ?? new Map<string, number>();
      teams.set(row.team, row.n);
      v.teamN.set(k, teams);
    }
  }
  return out;
}

/**
 * Whether showing `fresh` after `shown` would let the answers of fewer than `minGroupSize` people
 * be worked out by difference. Per figure that was shown before (the centre reached `shownMin`),
 * every finest group of the centre (each team, and the people in no team) must have gained either
 * no answers or at least `minGroupSize`: then every figure that can be shown or worked out in
 * either version (the centre, a team, the centre minus some teams) differs by none or enough.
 */
function tooFewNew(
  shown: CentreVersion,
  fresh: CentreVersion | undefined,
  shownMin: number,
  minGroupSize: number,
) {
  const small = (delta: number) => delta !== 0 && Math.abs(delta) < minGroupSize;
  for (const [k, before] of shown.centreN) {
    if (!meetsMinimum(before, shownMin)) continue; // nothing of this figure was shown
    const after = fresh?.centreN.get(k) ?? 0;
    const teamsBefore = shown.teamN.get(k) ?? new Map<string, number>();
    const teamsAfter = fresh?.teamN.get(k) ?? new Map<string, number>();
    let restBefore = before;
    let restAfter = after;
    for (const team of new Set([...teamsBefore.keys(), ...teamsAfter.keys()])) {
      const b = teamsBefore.get(team) ?? 0;
      const a = teamsAfter.get(team) ?? 0;
      if (small(a - b)) return true;
      restBefore -= b;
      restAfter -= a;
    }
    if (small(restAfter - restBefore)) return true;
  }
  return false;
}

/**
 * One rule for every version of a group's figures: the figures a round shows after a reopen and
 * close, or a late import, are the fresh ones only for centres where no team (and not the people
 * in no team) gained between 1 and `minGroupSize − 1` answers for a figure shown before. Every
 * other centre keeps its earlier rows, teams and respondent count included, and is listed in
 * `held`; its next version compares with those earlier rows, so held answers count once enough
 * have come in. The network's raw rows (never shown) are always the fresh ones.
 *
 * @param shown the rows stored (and shown) so far, or null on a round's first close
 * @param shownMin the lowest minimum group size those rows (or the earlier ones they carry on)
 *   were ever shown with: the round's minimum at its first close
 * @param minGroupSize the minimum group size in effect now
 *
 * @example
 * const { rows, held } = nextVersion(await loadAggregates(db, id), freshRows, round.minGroupSize, min);
 */
export function nextVersion(
  shown: readonly AggregateRow[] | null,
  fresh: readonly AggregateRow[],
  shownMin: number,
  minGroupSize: number,
): NextVersion {
  if (!shown || shown.length === 0) return { rows: [...fresh], held: [] };
  const before = byCentre(shown);
  const after = byCentre(fresh);
  const held: string[] = [];
  const rows: AggregateRow[] = fresh.filter((r) => r.level === "network");
  for (const centre of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(centre);
    const a = after.get(centre);
    if (b && tooFewNew(b, a, shownMin, minGroupSize)) {
      held.push(centre);
      rows.push(...b.rows);
    } else if (a) rows.push(...a.rows);
  }
  return { rows, held };
}
