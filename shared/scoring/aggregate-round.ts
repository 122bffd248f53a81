import type { InstrumentDefinition } from "../instrument/schema.ts";
import { type AggregateLevel, type AggregateRow, RESPONDENTS_KEY } from "./aggregate-row.ts";
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

// Scores are accumulated around the middle of the scale (see summaryFromMoments).
const SHIFT = 50;

interface Cells {
  /** Per row: the finest group (centre × team, or centre without team) it belongs to. */
  rowCell: Int32Array;
  cellCentre: number[];
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
    if (t < -1 || t >= teams) throw new RangeError(`row ${r}: team index ${t} out of range`);
    const lookup = t === -1 ? cellOfCentre : cellOfTeam;
    const key = t === -1 ? c : t;
    let cell = lookup[key] as number;
    if (cell === -1) {
      cell = cellCentre.length;
      lookup[key] = cell;
      cellCentre.push(c);
      cellTeam.push(t);
    } else if (cellCentre[cell] !== c) {
      throw new RangeError(`row ${r}: team ${input.teamIds?.[t]} appears in two centres`);
    }
    rowCell[r] = cell;
  }
  return { rowCell, cellCentre, cellTeam };
}

/**
 * Aggregates a closed round for the network, every centre and every team: per scale n, mean,
 * sample SD and 95% CI of the persons' scale scores; per multiple-choice option the percentage of
 * those who answered the question; and the respondents per group. One pass over the packed
 * answers into per-cell moments, then cells are summed up to centres and the network.
 *
 * @example
 * const rows = aggregateRound(builtinInstrument, { packed, centre, team, centreIds, teamIds });
 */
export function aggregateRound(def: InstrumentDefinition, input: RoundInput): AggregateRow[] {
  const plan = scoringPlan(def);
  const { width, scaleStart, scaleItems, tableBase, minAnswered, score, answered } = plan;
  const n = input.count ?? input.packed.length / width;
  if (!Number.isInteger(n) || n * width > input.packed.length) {
    throw new RangeError(`packed buffer of ${input.packed.length} bytes does not hold ${n} rows of ${width}`);
  }
  if (input.centre.length < n || input.team.length < n) throw new RangeError("centre/team arrays shorter than rows");
  const { rowCell, cellCentre, cellTeam } = assignCells(input, n);
  const S = plan.scaleKeys.length;
  const Q = plan.choiceCount;
  const K = S + Q;
  const cells = cellCentre.length;
  // Per cell and key: [count, shifted sum, shifted sum of squares].
  const acc = new Float64Array(cells * K * 3);
  const respondents = new Float64Array(cells);
  const packed = input.packed;
  const choiceOffset = plan.choiceOffset;

  for (let r = 0; r < n; r++) {
    const row = r * width;
    const cell = rowCell[r] as number;
    const base = cell * K * 3;
    respondents[cell] = (respondents[cell] as number) + 1;
    for (let s = 0; s < S; s++) {
      let sum = 0;
      let count = 0;
      const end = scaleStart[s + 1] as number;
      for (let j = scaleStart[s] as number; j < end; j++) {
        const idx = (tableBase[j] as number) + (packed[row + (scaleItems[j] as number)] as number);
        sum += score[idx] as number;
        count += answered[idx] as number;
      }
      if (count >= (minAnswered[s] as number)) {
        const v = sum / count - SHIFT;
        const b = base + s * 3;
        acc[b] = (acc[b] as number) + 1;
        acc[b + 1] = (acc[b + 1] as number) + v;
        acc[b + 2] = (acc[b + 2] as number) + v * v;
      }
    }
    let chose = 0;
    for (let q = 0; q < Q; q++) chose |= packed[row + choiceOffset + q] as number;
    if (chose !== 0) {
      // A 0/1 indicator: its sum of squares equals its sum, so both slots get the same count.
      for (let q = 0; q < Q; q++) {
        const b = base + (S + q) * 3;
        const x = packed[row + choiceOffset + q] === 1 ? 1 : 0;
        acc[b] = (acc[b] as number) + 1;
        acc[b + 1] = (acc[b + 1] as number) + x;
        acc[b + 2] = (acc[b + 2] as number) + x;
      }
    }
  }
  return emitRows(plan.scaleKeys, def.multipleChoice.options.map((o) => o.key), input, {
    acc,
    respondents,
    cellCentre,
    cellTeam,
  });
}

interface Accumulated {
  acc: Float64Array;
  respondents: Float64Array;
  cellCentre: number[];
  cellTeam: number[];
}

function emitRows(
  scaleKeys: readonly string[],
  choiceKeys: readonly string[],
  input: RoundInput,
  { acc, respondents, cellCentre, cellTeam }: Accumulated,
): AggregateRow[] {
  const K = scaleKeys.length + choiceKeys.length;
  const width = K * 3;
  const rows: AggregateRow[] = [];
  const emit = (level: AggregateLevel, centre: string | null, team: string | null, a: Float64Array, people: number) => {
    rows.push({ level, centre, team, metric: "count", key: RESPONDENTS_KEY, n: people, ...NO_STATS });
    scaleKeys.forEach((key, s) => {
      const b = s * 3;
      const stats = summaryFromMoments(a[b] as number, a[b + 1] as number, a[b + 2] as number, SHIFT);
      rows.push({ level, centre, team, metric: "scale", key, ...stats });
    });
    choiceKeys.forEach((key, q) => {
      const b = (scaleKeys.length + q) * 3;
      // Indicator moments scaled to percentages: the sum scales by 100, the sum of squares by 100².
      const stats = summaryFromMoments(a[b] as number, (a[b + 1] as number) * 100, (a[b + 2] as number) * 10_000);
      rows.push({ level, centre, team, metric: "choice", key, ...stats });
    });
  };

  const network = new Float64Array(width);
  const centres = input.centreIds.map(() => new Float64Array(width));
  const centrePeople = new Float64Array(input.centreIds.length);
  for (let cell = 0; cell < cellCentre.length; cell++) {
    const c = cellCentre[cell] as number;
    const target = centres[c] as Float64Array;
    for (let i = 0; i < width; i++) target[i] = (target[i] as number) + (acc[cell * width + i] as number);
    centrePeople[c] = (centrePeople[c] as number) + (respondents[cell] as number);
  }
  for (const sums of centres) for (let i = 0; i < width; i++) network[i] = (network[i] as number) + (sums[i] as number);

  emit("network", null, null, network, centrePeople.reduce((x, y) => x + y, 0));
  input.centreIds.forEach((id, c) => {
    if ((centrePeople[c] as number) > 0) emit("centre", id, null, centres[c] as Float64Array, centrePeople[c] as number);
  });
  for (let cell = 0; cell < cellCentre.length; cell++) {
    const t = cellTeam[cell] as number;
    if (t === -1) continue;
    const teamId = input.teamIds?.[t] ?? String(t);
    const centreId = input.centreIds[cellCentre[cell] as number] as string;
    emit("team", centreId, teamId, acc.subarray(cell * width, (cell + 1) * width), respondents[cell] as number);
  }
  return rows;
}

const NO_STATS = { mean: null, sd: null, ciLow: null, ciHigh: null } as const;
