/**
 * Closing a round: score every response once with the shared scoring code and store the
 * aggregates, all in one D1 batch (delete old, insert new, mark the round), so a reader never
 * sees a half-computed round. A late import into a closed round runs the same code again.
 */
import { type InstrumentDefinition, instrumentDefinitionSchema } from "../../../shared/instrument/index.ts";
import { aggregateRound } from "../../../shared/scoring/aggregate-round.ts";
import type { AggregateRow } from "../../../shared/scoring/aggregate-row.ts";
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

const definitions = new Map<string, InstrumentDefinition>();

/** Instrument definitions are immutable once used, so one parse per isolate is enough. */
export async function loadInstrument(d1: D1Database, instrumentId: string): Promise<InstrumentDefinition> {
  const cached = definitions.get(instrumentId);
  if (cached) return cached;
  const row = await d1
    .prepare("SELECT definition FROM instruments WHERE id = ?")
    .bind(instrumentId)
    .first<{ definition: string }>();
  if (!row) throw notFound("Instrument");
  const def = instrumentDefinitionSchema.parse(JSON.parse(row.definition));
  definitions.set(instrumentId, def);
  return def;
}

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

export async function loadAggregates(d1: D1Database, roundId: string): Promise<AggregateRow[]> {
  const { results } = await d1
    .prepare(
      "SELECT level, centre_id, team_id, metric, key, n, mean, sd, ci_low, ci_high FROM aggregates WHERE round_id = ?",
    )
    .bind(roundId)
    .all<Record<string, string | number | null>>();
  return results.map((r) => ({
    level: r.level as AggregateRow["level"],
    centre: (r.centre_id as string) || null,
    team: (r.team_id as string) || null,
    metric: r.metric as AggregateRow["metric"],
    key: r.key as string,
    n: r.n as number,
    mean: r.mean as number | null,
    sd: r.sd as number | null,
    ciLow: r.ci_low as number | null,
    ciHigh: r.ci_high as number | null,
  }));
}
