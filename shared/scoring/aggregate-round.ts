import type { InstrumentDefinition } from "../instrument/schema.ts";
import { type AggregateLevel, type AggregateRow, RESPONDENTS_KEY } from "./aggregate-row.ts";
import { accumulateCells, type CellMoments, MOMENT_SHIFT } from "./cell-moments.ts";
import { checkedRowCount } from "./score-matrix.ts";
import { scoringPlan } from "./scoring-plan.ts";
import { summaryFromMoments } from "./stats/summary.ts";

export interface RoundInput {
  /** `count` packed rows of the instrument's width, concatenated. */
  packed: Uint8Array;
  /** Number of rows; defaults to `packed.length / width`. */
  count?: number;
  /** Per row: index into `centreIds`. */
  centre: Int32Array;
  /** Per row: index into `teamIds`, or −1 for a respondent in no team. */
  team: Int32Array;
  centreIds: readonly string[];
  teamIds?: readonly string[];
}

interface Cells {
  /** Per row: its finest group, a team or a centre's respondents without a team. */
  rowCell: Int32Array;
  cellCentre: number[];
  /** Team index of the cell, −1 for a centre's respondents without a team. */
  cellTeam: number[];
}

function assignCells(input: RoundInput, n: number): Cells {
  const teams = input.teamIds?.length ?? 0;
  const centres = input.centreIds.length;
  const cellOfTeam = new Int32Array(teams).fill(-1);
  const cellOfCentre = new Int32Array(centres).fill(-1);
  const rowCell = new Int32Array(n);
  const cellCentre: number[] = [];
  const cellTeam: number[] = [];
  for (let r = 0; r < n; r++) {
    const c = input.centre[r] as number;
    const t = input.team[r] as number;
    if (!(c >= 0 && c < centres)) throw new RangeError(`row ${r}: centre index ${c} out of range`);
    if (!(t >= -1 && t < teams)) throw new RangeError(`row ${r}: team index ${t} out of range`);
    const lookup = t === -1 ? cellOfCentre : cellOfTeam;
    const key = t === -1 ? c : t;
    let cell = lookup[key] as number;
    if (cell === -1) {
      cell = cellCentre.length;
      lookup[key] = cell;
      cellCentre.push(c);
      cellTeam.push(t);
    } else if (cellCentre[cell] !== c) {
      throw new RangeError(`row ${r}: team "${input.teamIds?.[t]}" appears in two centres`);
    }
    rowCell[r] = cell;
  }
  return { rowCell, cellCentre, cellTeam };
}

/** Moments of one group: a slice of a cell array, or a sum of cells. */
interface GroupMoments {
  count: Float64Array;
  sum: Float64Array;
  sumSq: Float64Array;
  respondents: number;
}

function cellGroup(m: CellMoments, cell: number): GroupMoments {
  const from = cell * m.keys;
  const to = from + m.keys;
  return {
    count: m.count.subarray(from, to),
    sum: m.sum.subarray(from, to),
    sumSq: m.sumSq.subarray(from, to),
    respondents: m.respondents[cell] as number,
  };
}

function addInto(target: GroupMoments, source: GroupMoments) {
  for (let k = 0; k < target.count.length; k++) {
    target.count[k] = (target.count[k] as number) + (source.count[k] as number);
    target.sum[k] = (target.sum[k] as number) + (source.sum[k] as number);
    target.sumSq[k] = (target.sumSq[k] as number) + (source.sumSq[k] as number);
  }
  target.respondents += source.respondents;
}

const emptyGroup = (keys: number): GroupMoments => ({
  count: new Float64Array(keys),
  sum: new Float64Array(keys),
  sumSq: new Float64Array(keys),
  respondents: 0,
});

const NO_STATS = { mean: null, sd: null, ciLow: null, ciHigh: null } as const;

/**
 * Aggregates a closed round for the network, every centre and every team: the respondents per
 * group; per scale n, mean, sample SD and 95% CI of the persons' scale scores; per
 * multiple-choice option the percentage of those who answered the question. The answers are read
 * once into moments per finest group (team, or centre without team), which are then summed up.
 * Rows are raw (see {@link AggregateRow}): apply the anonymity rules before showing them.
 * Packed rows are trusted: they must come from `validateAnswers`, or pass `findInvalidPackedRow`.
 *
 * @example
 * const rows = aggregateRound(builtinInstrument, { packed, centre, team, centreIds, teamIds });
 */
export function aggregateRound(def: InstrumentDefinition, input: RoundInput): AggregateRow[] {
  const plan = scoringPlan(def);
  const n = checkedRowCount(input.packed, plan.width, input.count);
  if (input.centre.length < n || input.team.length < n)
    throw new RangeError("centre/team arrays shorter than rows");
  const { rowCell, cellCentre, cellTeam } = assignCells(input, n);
  const moments = accumulateCells(plan, input.packed, n, rowCell, cellCentre.length);

  const scaleKeys = plan.scaleKeys;
  const choiceKeys = def.multipleChoice.options.map((o) => o.key);
  const rows: AggregateRow[] = [];
  const S = scaleKeys.length;
  const emit = (level: AggregateLevel, centre: string | null, team: string | null, g: GroupMoments) => {
    rows.push({ level, centre, team, metric: "count", key: RESPONDENTS_KEY, n: g.respondents, ...NO_STATS });
    for (let s = 0; s < S; s++) {
      const f = summaryFromMoments(
        g.count[s] as number,
        g.sum[s] as number,
        g.sumSq[s] as number,
        MOMENT_SHIFT,
      );
      const key = scaleKeys[s] as string;
      // Written out rather than spread: this runs for every group × key, a visible share of the total.
      rows.push({
        level,
        centre,
        team,
        metric: "scale",
        key,
        n: f.n,
        mean: f.mean,
        sd: f.sd,
        ciLow: f.ciLow,
        ciHigh: f.ciHigh,
      });
    }
    for (let q = 0; q < choiceKeys.length; q++) {
      const k = S + q;
      // 0/1 indicators as percentages: the sum scales by 100, the sum of squares by 100².
      const f = summaryFromMoments(
        g.count[k] as number,
        (g.sum[k] as number) * 100,
        (g.sumSq[k] as number) * 1e4,
      );
      const key = choiceKeys[q] as string;
      rows.push({
        level,
        centre,
        team,
        metric: "choice",
        key,
        n: f.n,
        mean: f.mean,
        sd: f.sd,
        ciLow: f.ciLow,
        ciHigh: f.ciHigh,
      });
    }
  };

  const network = emptyGroup(moments.keys);
  const centres = input.centreIds.map(() => emptyGroup(moments.keys));
  cellCentre.forEach((c, cell) => {
    addInto(centres[c] as GroupMoments, cellGroup(moments, cell));
  });
  for (const centre of centres) addInto(network, centre);

  emit("network", null, null, network);
  input.centreIds.forEach((id, c) => {
    const group = centres[c] as GroupMoments;
    if (group.respondents > 0) emit("centre", id, null, group);
  });
  cellTeam.forEach((t, cell) => {
    if (t === -1) return;
    const centreId = input.centreIds[cellCentre[cell] as number] as string;
    emit("team", centreId, input.teamIds?.[t] ?? String(t), cellGroup(moments, cell));
  });
  return rows;
}
