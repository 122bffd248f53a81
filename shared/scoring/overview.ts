import type { InstrumentDefinition, LocalizedText, Polarity } from "../instrument/schema.ts";
import type { AggregateRow } from "./aggregate-row.ts";
import { visibilityOf } from "./anonymity.ts";
import { MIN_CENTRES_FLOOR } from "./benchmark.ts";
import type { HoldReason } from "./figure-versions.ts";
import { type NetworkFigures, networkFigures, type RoundInfo } from "./report.ts";
import { type FigureCell, figureCell, RowIndex } from "./row-index.ts";

export interface OverviewInput {
  def: InstrumentDefinition;
  round: RoundInfo;
  /** Centres to list, in display order, with the names a coordinator sees. */
  centres: readonly { id: string; name: string }[];
  /** Teams to list under their centres; omit for a centres-only overview. */
  teams?: readonly { id: string; name: string; centre: string }[];
  minGroupSize: number;
  /** Network figures need at least this many centres reaching the minimum (never below 3). */
  minCentres?: number;
  /** Centres whose figures are an earlier version than their answers, with the reason. */
  held?: ReadonlyMap<string, HoldReason>;
  rows: readonly AggregateRow[];
}

export interface OverviewGroup {
  id: string;
  name: string;
  respondents: number;
  /** Scale key → figure, null where suppressed. */
  scales: Record<string, FigureCell | null>;
  /** Option key → percentage, null where suppressed. */
  valueMost: Record<string, number | null>;
}

export interface Overview {
  round: RoundInfo;
  minGroupSize: number;
  scales: {
    key: string;
    domain: string;
    label: LocalizedText;
    polarity: Polarity;
    network: NetworkFigures;
  }[];
  valueMost: { key: string; label: LocalizedText; network: NetworkFigures }[];
  centres: (OverviewGroup & { held: HoldReason | null; teams: OverviewGroup[] })[];
}

/**
 * The coordinator's table of a round: every centre (and, if asked, team) by name × every scale
 * and "value most" option, with the network figures. Cells that the anonymity rules hide are null;
 * respondent counts are participation and always shown.
 *
 * @example
 * const overview = buildOverview({ def, round, centres, teams, minGroupSize: 5, rows });
 */
export function buildOverview(input: OverviewInput): Overview {
  const { def, minGroupSize } = input;
  const minCentres = input.minCentres ?? MIN_CENTRES_FLOOR;
  const index = new RowIndex(input.rows);
  const visible = visibilityOf(input.rows, minGroupSize);
  const group = (centre: string, team: string | null, id: string, name: string): OverviewGroup => ({
    id,
    name,
    respondents: index.respondents(centre, team),
    scales: Object.fromEntries(
      def.scales.map((s) => [s.key, figureCell(index.get(centre, team, "scale", s.key), visible)]),
    ),
    valueMost: Object.fromEntries(
      def.multipleChoice.options.map((o) => [
        o.key,
        figureCell(index.get(centre, team, "choice", o.key), visible)?.mean ?? null,
      ]),
    ),
  });
  return {
    round: input.round,
    minGroupSize,
    scales: def.scales.map((s) => ({
      key: s.key,
      domain: s.domain,
      label: s.label,
      polarity: s.polarity,
      network: networkFigures(index, "scale", s.key, minGroupSize, minCentres),
    })),
    valueMost: def.multipleChoice.options.map((o) => ({
      key: o.key,
      label: o.label,
      network: networkFigures(index, "choice", o.key, minGroupSize, minCentres),
    })),
    centres: input.centres.map((c) => ({
      ...group(c.id, null, c.id, c.name),
      held: input.held?.get(c.id) ?? null,
      teams: (input.teams ?? []).filter((t) => t.centre === c.id).map((t) => group(c.id, t.id, t.id, t.name)),
    })),
  };
}
