import type { AggregateRow } from "./aggregate-row.ts";

/** The floor below which no network may set its minimum group size. */
export const MIN_GROUP_SIZE_FLOOR = 3;

/** Throws unless `minGroupSize` is an integer of at least {@link MIN_GROUP_SIZE_FLOOR}. */
export function assertMinGroupSize(minGroupSize: number): void {
  if (!Number.isInteger(minGroupSize) || minGroupSize < MIN_GROUP_SIZE_FLOOR) {
    throw new RangeError(`minimum group size must be an integer of at least ${MIN_GROUP_SIZE_FLOOR}`);
  }
}

/** Whether a figure computed from `n` respondents may be shown on its own. */
export function meetsMinimum(n: number, minGroupSize: number): boolean {
  return n >= minGroupSize;
}

export interface TeamCount {
  team: string;
  n: number;
}

/**
 * Teams of one centre whose figure (for one key) must be hidden, given the centre's n and each
 * team's n for that key. Respondents in no team are the remainder `centreN − Σ team n`.
 *
 * Rules, applied in order:
 * 1. a centre under the minimum is hidden, and with it all its teams;
 * 2. a team under the minimum is hidden;
 * 3. whatever is not shown can be worked out as one group by subtracting the shown teams from the
 *    centre: its figure is exposed if it has between 1 and minGroupSize − 1 respondents. While that
 *    is so, the smallest team still shown is hidden too (complementary suppression). This covers a
 *    single hidden team, and respondents without a team who would otherwise be exposed alone.
 *
 * Ties are broken by team id so that every report on the same data hides the same teams.
 */
export function hiddenTeams(centreN: number, teams: readonly TeamCount[], minGroupSize: number): Set<string> {
  if (!meetsMinimum(centreN, minGroupSize)) return new Set(teams.map((t) => t.team));
  const hidden = new Set(teams.filter((t) => !meetsMinimum(t.n, minGroupSize)).map((t) => t.team));
  const shown = teams
    .filter((t) => !hidden.has(t.team))
    .sort((a, b) => a.n - b.n || (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
  let exposed = centreN - shown.reduce((sum, t) => sum + t.n, 0);
  while (exposed > 0 && exposed < minGroupSize && shown.length > 0) {
    const next = shown.shift() as TeamCount;
    hidden.add(next.team);
    exposed += next.n;
  }
  return hidden;
}

/** Key of one figure across levels: `metric:key`. */
const figureKey = (row: Pick<AggregateRow, "metric" | "key">) => `${row.metric}:${row.key}`;

/**
 * Decides, for a round's raw aggregate rows, which may be shown. Counts (`metric: "count"`) are
 * participation and always may; the raw network rows never may (the network figures shown are
 * derived from qualifying centres only, see `networkBenchmark`); a centre row when its n reaches
 * the minimum; a team row when {@link hiddenTeams} does not hide it for that key.
 *
 * @example
 * const visible = visibilityOf(rows, network.minGroupSize);
 * const exportable = rows.filter(visible);
 */
export function visibilityOf(
  rows: readonly AggregateRow[],
  minGroupSize: number,
): (row: AggregateRow) => boolean {
  assertMinGroupSize(minGroupSize);
  const centreN = new Map<string, number>();
  const teamsOf = new Map<string, TeamCount[]>();
  for (const row of rows) {
    if (row.metric === "count" || row.centre === null) continue;
    const k = `${row.centre}\u0000${figureKey(row)}`;
    if (row.level === "centre") centreN.set(k, row.n);
    else if (row.level === "team" && row.team !== null) {
      const list = teamsOf.get(k) ?? [];
      list.push({ team: row.team, n: row.n });
      teamsOf.set(k, list);
    }
  }
  const hidden = new Map<string, Set<string>>();
  for (const [k, teams] of teamsOf) hidden.set(k, hiddenTeams(centreN.get(k) ?? 0, teams, minGroupSize));
  return (row) => {
    if (row.metric === "count") return true;
    if (row.level === "network" || row.centre === null) return false;
    if (row.level === "centre") return meetsMinimum(row.n, minGroupSize);
    const set = hidden.get(`${row.centre}\u0000${figureKey(row)}`);
    return row.team !== null && set !== undefined && !set.has(row.team);
  };
}
