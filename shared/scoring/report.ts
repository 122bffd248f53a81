import type { InstrumentDefinition, LocalizedText, Polarity } from "../instrument/schema.ts";
import type { AggregateRow } from "./aggregate-row.ts";
import { visibilityOf } from "./anonymity.ts";
import {
  adjustedDistance,
  attentionAndStrengths,
  type Change,
  changeBetweenRounds,
  type Light,
  light,
  MIN_CENTRES_FLOOR,
  networkBenchmark,
  type PairedComparison,
  qualifyingCentres,
} from "./benchmark.ts";
import type { HoldReason } from "./figure-versions.ts";
import { type FigureCell, figureCell, RowIndex } from "./row-index.ts";

export interface RoundInfo {
  id: string;
  label: string;
  date: string;
}

export interface ReferenceValue {
  mean: number;
  sd: number | null;
  source: LocalizedText;
}

export interface CentreReportInput {
  def: InstrumentDefinition;
  round: RoundInfo;
  centre: { id: string; name: string };
  /** Report on this team of the centre instead of the whole centre. */
  team?: string;
  minGroupSize: number;
  /** Network figures need at least this many centres reaching the minimum (never below 3). */
  minCentres?: number;
  /** Why the centre's figures are an earlier version than its answers, if they are. */
  held?: HoldReason | null;
  /** Smallest difference treated as meaningful, in scale points (5 by default: about a third of a typical standard deviation). */
  threshold: number;
  comparison: "network" | "reference";
  /** The round's stored aggregate rows, every centre and team. */
  rows: readonly AggregateRow[];
  reference: Readonly<Record<string, ReferenceValue>> | null;
  previous: {
    roundId: string;
    rows: readonly AggregateRow[];
    /** Paired comparisons of this centre (or team) by scale, from `pairedChanges`. */
    paired?: Readonly<Record<string, PairedComparison | null>>;
    /** The minimum group size in effect for the previous round, if higher than this round's. */
    minGroupSize?: number;
  } | null;
}

export interface NetworkFigures {
  mean: number | null;
  highest: number | null;
  lowest: number | null;
  /** Centres that reach the minimum group size (used for the figures where they are shown). */
  centres: number;
  /** Why mean, highest and lowest are null: too few centres reach the minimum group size. */
  missing: "too-few-centres" | null;
}

export interface ScaleReport {
  key: string;
  domain: string;
  label: LocalizedText;
  polarity: Polarity;
  centre: FigureCell | null;
  network: NetworkFigures;
  reference: ReferenceValue | null;
  /** Polarity-adjusted distance to the comparison (positive is better), null where not comparable. */
  distance: number | null;
  light: Light | null;
  change: ({ previousRoundId: string } & Change) | null;
}

export interface ValueMostReport {
  key: string;
  label: LocalizedText;
  centre: number | null;
  network: NetworkFigures;
}

export interface CentreReport {
  round: RoundInfo;
  centre: { id: string; name: string };
  team: { id: string; respondents: number } | null;
  minGroupSize: number;
  /** Set where the figures shown are an earlier version: fewer than the minimum group size of answers came in since. */
  held: HoldReason | null;
  threshold: number;
  comparison: "network" | "reference";
  /** Responses from the centre (or team): a count of participation, shown whatever its size. */
  respondents: number;
  scales: ScaleReport[];
  valueMost: ValueMostReport[];
  attention: string[];
  strengths: string[];
}

/** The network's figures for one key, from the centres that reach the minimum group size. */
export function networkFigures(
  index: RowIndex,
  metric: "scale" | "choice",
  key: string,
  minGroupSize: number,
  minCentres: number = MIN_CENTRES_FLOOR,
): NetworkFigures {
  const rows = index.centreRows(metric, key);
  const figures = networkBenchmark(rows, minGroupSize, minCentres);
  if (figures) return { ...figures, missing: null };
  return {
    mean: null,
    highest: null,
    lowest: null,
    centres: qualifyingCentres(rows, minGroupSize),
    missing: "too-few-centres",
  };
}

/**
 * A centre's (or one of its teams') benchmark report for a round: per scale its figure, the
 * network's average, highest and lowest, the reference value, the light, the change since the
 * previous round; the "value most" percentages; attention points and strengths. Every figure has
 * passed the anonymity rules: a group under the minimum group size, or hidden to protect a
 * sibling, shows null.
 *
 * @example
 * const report = buildCentreReport({
 *   def, round: { id, label, date }, centre: { id: centreId, name }, minGroupSize: 5, threshold: 5,
 *   comparison: "network", rows: await loadAggregates(db, roundId), reference: null,
 *   previous: { roundId: previousId, rows: await loadAggregates(db, previousId) },
 * });
 */
export function buildCentreReport(input: CentreReportInput): CentreReport {
  const { def, minGroupSize, threshold } = input;
  const index = new RowIndex(input.rows);
  const visible = visibilityOf(input.rows, minGroupSize);
  const previousIndex = input.previous ? new RowIndex(input.previous.rows) : null;
  const previousVisible = input.previous
    ? visibilityOf(input.previous.rows, Math.max(minGroupSize, input.previous.minGroupSize ?? 0))
    : null;
  const minCentres = input.minCentres ?? MIN_CENTRES_FLOOR;
  const centreId = input.centre.id;
  const team = input.team ?? null;

  const scales = def.scales.map((scale): ScaleReport => {
    const own = figureCell(index.get(centreId, team, "scale", scale.key), visible);
    const network = networkFigures(index, "scale", scale.key, minGroupSize, minCentres);
    const reference = input.reference?.[scale.key] ?? null;
    const comparison = input.comparison === "network" ? network.mean : (reference?.mean ?? null);
    const distance =
      own && comparison !== null ? adjustedDistance(own.mean, comparison, scale.polarity) : null;
    let change: ScaleReport["change"] = null;
    if (own && input.previous && previousIndex && previousVisible) {
      const before = figureCell(previousIndex.get(centreId, team, "scale", scale.key), previousVisible);
      const result = before
        ? changeBetweenRounds(own, before, minGroupSize, input.previous.paired?.[scale.key] ?? null)
        : null;
      change = result ? { previousRoundId: input.previous.roundId, ...result } : null;
    }
    return {
      key: scale.key,
      domain: scale.domain,
      label: scale.label,
      polarity: scale.polarity,
      centre: own,
      network,
      reference,
      distance,
      light: own && comparison !== null ? light(own.mean, comparison, scale.polarity, threshold) : null,
      change,
    };
  });

  const valueMost = def.multipleChoice.options.map(
    (option): ValueMostReport => ({
      key: option.key,
      label: option.label,
      centre: figureCell(index.get(centreId, team, "choice", option.key), visible)?.mean ?? null,
      network: networkFigures(index, "choice", option.key, minGroupSize, minCentres),
    }),
  );

  const { attention, strengths } = attentionAndStrengths(scales);
  return {
    round: input.round,
    centre: input.centre,
    team: team === null ? null : { id: team, respondents: index.respondents(centreId, team) },
    minGroupSize,
    held: input.held ?? null,
    threshold,
    comparison: input.comparison,
    respondents: index.respondents(centreId, team),
    scales,
    valueMost,
    attention,
    strengths,
  };
}
