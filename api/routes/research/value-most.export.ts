/**
 * The `value-most` export: per round × centre × option of the multiple-choice question, the
 * number of the centre's respondents who answered it and the percentage who chose the option (the
 * stored aggregates the reports show). A centre whose n is under the minimum group size is left
 * out, all its options counted as suppressed.
 */
import type { InstrumentDefinition } from "../../../shared/instrument/index.ts";
import { VALUE_MOST_COLUMNS } from "../../../shared/schemas/research.ts";
import { meetsMinimum } from "../../../shared/scoring/anonymity.ts";
import type { Reader } from "./d1-session.ts";
import { chunks, type ExportScope, placeholders, type RoundCentre, roundCentres } from "./export-scope.ts";
import type { Cell, ExportTable } from "./export-stream.ts";

interface ChoiceRow {
  centre_id: string;
  key: string;
  n: number;
  mean: number | null;
}

async function* choiceChunks(reader: Reader, scope: ExportScope, roundId: string) {
  const centres = await roundCentres(reader, scope, roundId);
  for (const part of chunks(centres, 40)) {
    const { results } = await reader
      .prepare(
        `SELECT centre_id, key, n, mean FROM aggregates
         WHERE round_id = ? AND level = 'centre' AND metric = 'choice' AND centre_id IN (${placeholders(part.length)})`,
      )
      .bind(roundId, ...part.map((c) => c.id))
      .all<ChoiceRow>();
    yield [part, results] as [RoundCentre[], ChoiceRow[]];
  }
}

export async function valueMostSuppressed(reader: Reader, scope: ExportScope): Promise<number> {
  let hidden = 0;
  for (const round of scope.rounds) {
    for await (const [, rows] of choiceChunks(reader, scope, round.id)) {
      hidden += rows.filter((r) => !meetsMinimum(r.n, round.minGroupSize)).length;
    }
  }
  return hidden;
}

export function valueMostTable(
  reader: Reader,
  scope: ExportScope,
  instruments: ReadonlyMap<string, InstrumentDefinition>,
): ExportTable {
  async function* pages(): AsyncGenerator<Cell[][]> {
    for (const round of scope.rounds) {
      const def = instruments.get(round.instrumentId);
      const optionOrder = new Map(def?.multipleChoice.options.map((o, i) => [o.key, i]));
      for await (const [centres, rows] of choiceChunks(reader, scope, round.id)) {
        const centreOrder = new Map(centres.map((c, i) => [c.id, i]));
        yield rows
          .filter((r) => meetsMinimum(r.n, round.minGroupSize))
          .sort(
            (a, b) =>
              (centreOrder.get(a.centre_id) ?? 0) - (centreOrder.get(b.centre_id) ?? 0) ||
              (optionOrder.get(a.key) ?? 1e6) - (optionOrder.get(b.key) ?? 1e6),
          )
          .map((r) => [
            scope.networkId,
            round.id,
            round.date,
            round.wave,
            centres[centreOrder.get(r.centre_id) ?? 0]?.pseudonym ?? null,
            r.key,
            r.n,
            r.mean,
          ]);
      }
    }
  }
  return { columns: VALUE_MOST_COLUMNS, pages: pages() };
}
