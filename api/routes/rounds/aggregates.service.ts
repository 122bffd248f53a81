/**
 * Closing a round: score every response once with the shared scoring code and store the
 * aggregates, all in one D1 batch (delete old, insert new, mark the round), so a reader never
 * sees a half-computed round. A late import into a closed round runs the same code again.
 * After the first close, what is stored is the next *version* of the figures (see
 * `nextVersion`): a centre whose figures would differ from the stored ones by too few answers
 * keeps the stored ones. Reopening keeps the stored figures (no route serves an open round's
 * figures) so that the next close has them to compare with.
 */
import { and, eq, type SQL } from "drizzle-orm";
import type { InstrumentDefinition } from "../../../shared/instrument/index.ts";
import { aggregateRound } from "../../../shared/scoring/aggregate-round.ts";
import type { AggregateRow } from "../../../shared/scoring/aggregate-row.ts";
import { effectiveMinGroupSize, nextVersion } from "../../../shared/scoring/figure-versions.ts";
import { getDb } from "../../db/client.ts";
import { aggregates } from "../../db/schema.ts";
import { notFound } from "../../lib/problem.ts";

const COLUMNS = [
  "round_id",
  "level",
  "centre_id",
  "team_id",
  "metric",
  "key",
  "n",
  "mean",
  "sd",
  "ci_low",
  "ci_high",
];
// D1 binds at most 100 parameters per statement.
const ROWS_PER_INSERT = Math.floor(100 / COLUMNS.length);

/** A response not yet in D1: a late import scored together with the stored ones, in the batch that stores it. */
export interface PendingResponse {
  centreId: string;
  teamId: string | null;
  packed: Uint8Array;
}

export async function computeAggregates(
  d1: D1Database,
  roundId: string,
  def: InstrumentDefinition,
  pending: readonly PendingResponse[] = [],
): Promise<AggregateRow[]> {
  const results = await d1
    .prepare("SELECT centre_id, team_id, answers FROM responses WHERE round_id = ?")
    .bind(roundId)
    .raw<[string, string | null, ArrayBuffer]>();
  const count = results.length + pending.length;
  const width = def.items.length + def.multipleChoice.options.length;
  const packed = new Uint8Array(count * width);
  const centre = new Int32Array(count);
  const team = new Int32Array(count);
  const centreIds: string[] = [];
  const teamIds: string[] = [];
  const centreIndex = new Map<string, number>();
  const teamIndex = new Map<string, number>();
  const add = (centreId: string, teamId: string | null, bytes: Uint8Array, i: number) => {
    packed.set(bytes.subarray(0, width), i * width);
    if (!centreIndex.has(centreId)) centreIndex.set(centreId, centreIds.push(centreId) - 1);
    centre[i] = centreIndex.get(centreId) as number;
    if (teamId && !teamIndex.has(teamId)) teamIndex.set(teamId, teamIds.push(teamId) - 1);
    team[i] = teamId ? (teamIndex.get(teamId) as number) : -1;
  };
  results.forEach(([centreId, teamId, answers], i) => {
    add(centreId, teamId, new Uint8Array(answers), i);
  });
  pending.forEach((r, k) => {
    add(r.centreId, r.teamId, r.packed, results.length + k);
  });
  return aggregateRound(def, { packed, count, centre, team, centreIds, teamIds });
}

export function aggregateStatements(
  d1: D1Database,
  roundId: string,
  rows: AggregateRow[],
): D1PreparedStatement[] {
  const out = [d1.prepare("DELETE FROM aggregates WHERE round_id = ?").bind(roundId)];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    const placeholders = chunk.map(() => `(${COLUMNS.map(() => "?").join(", ")})`).join(", ");
    const values = chunk.flatMap((r) => [
      roundId,
      r.level,
      r.centre ?? "",
      r.team ?? "",
      r.metric,
      r.key,
      r.n,
      r.mean,
      r.sd,
      r.ciLow,
      r.ciHigh,
    ]);
    out.push(
      d1.prepare(`INSERT INTO aggregates (${COLUMNS.join(", ")}) VALUES ${placeholders}`).bind(...values),
    );
  }
  return out;
}

/** The round's stored figures (those `narrower` picks, if given) as the shared scoring code reads them. */
export async function loadAggregates(
  d1: D1Database,
  roundId: string,
  narrower?: SQL,
): Promise<AggregateRow[]> {
  const results = await getDb(d1)
    .select({
      level: aggregates.level,
      centreId: aggregates.centreId,
      teamId: aggregates.teamId,
      metric: aggregates.metric,
      key: aggregates.key,
      n: aggregates.n,
      mean: aggregates.mean,
      sd: aggregates.sd,
      ciLow: aggregates.ciLow,
      ciHigh: aggregates.ciHigh,
    })
    .from(aggregates)
    .where(and(eq(aggregates.roundId, roundId), narrower))
    .all();
  // '' is the stored "none" (a primary key cannot hold null).
  return results.map((r) => ({
    level: r.level,
    centre: r.centreId || null,
    team: r.teamId || null,
    metric: r.metric,
    key: r.key,
    n: r.n,
    mean: r.mean,
    sd: r.sd,
    ciLow: r.ciLow,
    ciHigh: r.ciHigh,
  }));
}

/**
 * The statements that store the next version of a round's figures from freshly computed rows:
 * the rows (held centres keep their stored ones), the list of held centres, and the minimum group
 * size the stored figures are shown with from now on (never lower than before).
 */
export async function versionStatements(
  d1: D1Database,
  roundId: string,
  fresh: AggregateRow[],
): Promise<D1PreparedStatement[]> {
  const [settings, shown] = await Promise.all([
    d1
      .prepare(
        `SELECT n.min_group_size AS networkMin, r.min_group_size AS roundMin, r.first_min_group_size AS firstMin
         FROM rounds r JOIN networks n ON n.id = r.network_id WHERE r.id = ?`,
      )
      .bind(roundId)
      .first<{ networkMin: number; roundMin: number | null; firstMin: number | null }>(),
    loadAggregates(d1, roundId),
  ]);
  if (!settings) throw notFound("Round");
  const min = effectiveMinGroupSize(settings.networkMin, settings.roundMin);
  // The stored rows may have been shown since the first close, under its (lowest) minimum.
  const { rows, held } = nextVersion(shown, fresh, settings.firstMin ?? min, min);
  return [
    ...aggregateStatements(d1, roundId, rows),
    d1.prepare("DELETE FROM aggregate_holds WHERE round_id = ?").bind(roundId),
    ...held.map((centreId) =>
      d1
        .prepare(
          "INSERT INTO aggregate_holds (round_id, centre_id, reason) VALUES (?, ?, 'too-few-new-responses')",
        )
        .bind(roundId, centreId),
    ),
    d1
      .prepare(
        "UPDATE rounds SET min_group_size = ?1, first_min_group_size = COALESCE(first_min_group_size, ?1) WHERE id = ?2",
      )
      .bind(min, roundId),
  ];
}

/** Publishing fixes the minimum group size the round is shown with: the larger of the round's and the network's. */
export function publishMinimumStatement(d1: D1Database, roundId: string): D1PreparedStatement {
  return d1
    .prepare(
      `UPDATE rounds SET min_group_size = MAX(COALESCE(min_group_size, 0),
         (SELECT n.min_group_size FROM networks n WHERE n.id = rounds.network_id), 3) WHERE id = ?`,
    )
    .bind(roundId);
}

/** Centres of a round whose figures stay at an earlier version, with the reason. */
export async function loadHolds(
  d1: D1Database,
  roundId: string,
): Promise<Map<string, "too-few-new-responses">> {
  const { results } = await d1
    .prepare("SELECT centre_id, reason FROM aggregate_holds WHERE round_id = ?")
    .bind(roundId)
    .all<{ centre_id: string; reason: "too-few-new-responses" }>();
  return new Map(results.map((r) => [r.centre_id, r.reason]));
}
