/**
 * The `scales` export: one row per round × centre × team (null for the centre as a whole) × scale,
 * from the aggregates stored when the round closed: the same figures the reports show. A row is
 * written only where the anonymity rules of `shared/scoring` let it be shown (the centre reaches
 * the minimum group size; a team reaches it and is not hidden to protect a sibling); the others
 * are counted as suppressed. Rows are read a few centres at a time: every team of a centre must
 * be in hand to decide complementary suppression, and nothing more is.
 */
import type { InstrumentDefinition } from "../../../shared/instrument/index.ts";
import { SCALE_COLUMNS } from "../../../shared/schemas/research.ts";
import type { AggregateRow } from "../../../shared/scoring/aggregate-row.ts";
import { visibilityOf } from "../../../shared/scoring/anonymity.ts";
import type { Reader } from "./d1-session.ts";
import {
  chunks,
  type ExportScope,
  placeholders,
  type RoundCentre,
  roundCentres,
  roundMinimum,
} from "./export-scope.ts";
import type { Cell, ExportTable } from "./export-stream.ts";

type Loaded = AggregateRow & { teamPseudonym: string | null };

async function loadScaleRows(reader: Reader, roundId: string, centres: RoundCentre[]): Promise<Loaded[]> {
  const { results } = await reader
    .prepare(
      `SELECT a.level, a.centre_id, a.team_id, a.key, a.n, a.mean, a.sd, a.ci_low, a.ci_high, t.pseudonym AS team_pseudonym
       FROM aggregates a LEFT JOIN teams t ON t.id = a.team_id
       WHERE a.round_id = ? AND a.metric = 'scale' AND a.level IN ('centre', 'team')
         AND a.centre_id IN (${placeholders(centres.length)})`,
    )
    .bind(roundId, ...centres.map((c) => c.id))
    .all<Record<string, string | number | null>>();
  return results.map((r) => ({
    level: r.level as AggregateRow["level"],
    centre: r.centre_id as string,
    team: (r.team_id as string) || null,
    metric: "scale",
    key: r.key as string,
    n: r.n as number,
    mean: r.mean as number | null,
    sd: r.sd as number | null,
    ciLow: r.ci_low as number | null,
    ciHigh: r.ci_high as number | null,
    teamPseudonym: (r.team_pseudonym as string | null) ?? null,
  }));
}

interface Chunk {
  rows: Loaded[];
  visible: (row: AggregateRow) => boolean;
}

async function* roundChunks(
  reader: Reader,
  scope: ExportScope,
  roundId: string,
): AsyncGenerator<[RoundCentre[], Chunk]> {
  const centres = await roundCentres(reader, scope, roundId);
  for (const part of chunks(centres, 40)) {
    const rows = await loadScaleRows(reader, roundId, part);
    yield [part, { rows, visible: visibilityOf(rows, roundMinimum(scope, roundId)) }];
  }
}

/** Rows the anonymity rules leave out, counted before the export starts (it goes in a header). */
export async function scalesSuppressed(reader: Reader, scope: ExportScope): Promise<number> {
  let hidden = 0;
  for (const round of scope.rounds) {
    for await (const [, chunk] of roundChunks(reader, scope, round.id)) {
      for (const row of chunk.rows) if (!chunk.visible(row)) hidden++;
    }
  }
  return hidden;
}

export function scalesTable(
  reader: Reader,
  scope: ExportScope,
  instruments: ReadonlyMap<string, InstrumentDefinition>,
): ExportTable {
  async function* pages(): AsyncGenerator<Cell[][]> {
    for (const round of scope.rounds) {
      const def = instruments.get(round.instrumentId);
      const scaleOrder = new Map(def?.scales.map((s, i) => [s.key, i]));
      for await (const [centres, chunk] of roundChunks(reader, scope, round.id)) {
        const centreOrder = new Map(centres.map((c, i) => [c.id, i]));
        const rows = chunk.rows
          .filter((r) => chunk.visible(r))
          .sort(
            (a, b) =>
              (centreOrder.get(a.centre as string) ?? 0) - (centreOrder.get(b.centre as string) ?? 0) ||
              (a.team === null ? 0 : 1) - (b.team === null ? 0 : 1) ||
              (a.teamPseudonym ?? "").localeCompare(b.teamPseudonym ?? "") ||
              (scaleOrder.get(a.key) ?? 1e6) - (scaleOrder.get(b.key) ?? 1e6),
          );
        yield rows.map((r) => [
          scope.networkId,
          round.id,
          round.date,
          round.wave,
          centres[centreOrder.get(r.centre as string) ?? 0]?.pseudonym ?? null,
          r.team === null ? null : r.teamPseudonym,
          r.key,
          r.n,
          r.mean,
          r.sd,
          r.ciLow,
          r.ciHigh,
        ]);
      }
    }
  }
  return { columns: SCALE_COLUMNS, pages: pages() };
}
