/**
 * Assembles the inputs of the shared report builders from D1. Runs only on a cache miss: a
 * published report is built once per data version and then served from the cache.
 */
import type { InstrumentDefinition, LocalizedText } from "../../../shared/instrument/index.ts";
import { bilingual } from "../../../shared/schemas/bilingual.ts";
import {
  buildCentreReport,
  buildOverview,
  type CentreReport,
  effectiveMinGroupSize,
  type LearnFromBestItem,
  learnFromBest,
  type Overview,
  pairedChanges,
  type ReferenceValue,
  type RoundInfo,
} from "../../../shared/scoring/index.ts";
import { themesForScale } from "../../../shared/themes/index.ts";
import { stringArray } from "../../lib/json-columns.ts";
import { notFound } from "../../lib/problem.ts";
import type { RoundMeta } from "../../lib/round-meta.ts";
import { loadInstrument } from "../instruments/instruments.service.ts";
import { loadAggregates, loadHolds } from "../rounds/aggregates.service.ts";

interface NetworkSettings {
  minGroupSize: number;
  meaningfulDifference: number;
  lightComparison: "network" | "reference";
  minCentres: number;
}

/** The network's settings as they apply to one round: its minimum group size never below the round's. */
async function networkSettings(d1: D1Database, round: RoundMeta): Promise<NetworkSettings> {
  const row = await d1
    .prepare(
      `SELECT min_group_size AS minGroupSize, meaningful_difference AS meaningfulDifference,
              light_comparison AS lightComparison, min_centres_for_benchmark AS minCentres
       FROM networks WHERE id = ?`,
    )
    .bind(round.networkId)
    .first<NetworkSettings>();
  if (!row) throw notFound("Network");
  return { ...row, minGroupSize: effectiveMinGroupSize(row.minGroupSize, round.minGroupSize) };
}

async function referenceFor(d1: D1Database, networkId: string, instrumentId: string) {
  const row = await d1
    .prepare(
      `SELECT r.source, r.source_en, r."values" AS vals FROM network_reference_sets n JOIN reference_sets r ON r.id = n.reference_set_id
       WHERE n.network_id = ? AND n.instrument_id = ?`,
    )
    .bind(networkId, instrumentId)
    .first<{ source: string; source_en: string | null; vals: string }>();
  if (!row) return null;
  const source = bilingual(row.source, row.source_en);
  const values = JSON.parse(row.vals) as Record<string, { mean: number; sd?: number | null }>;
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      { mean: v.mean, sd: v.sd ?? null, source } satisfies ReferenceValue,
    ]),
  );
}

/** The centre's latest earlier published round on the same instrument, if any. */
async function previousRound(d1: D1Database, round: RoundMeta, centreId: string) {
  return d1
    .prepare(
      `SELECT r.id, r.min_group_size AS minGroupSize FROM rounds r JOIN round_centres rc ON rc.round_id = r.id AND rc.centre_id = ?
       WHERE r.network_id = ? AND r.opens_on < ? AND r.status = 'published' AND r.instrument_id = ?
       ORDER BY r.opens_on DESC LIMIT 1`,
    )
    .bind(centreId, round.networkId, round.opensOn, round.instrumentId)
    .first<{ id: string; minGroupSize: number | null }>();
}

async function panelRows(
  d1: D1Database,
  roundId: string,
  centreId: string,
  teamId: string | null,
  width: number,
) {
  const { results } = await d1
    .prepare(
      `SELECT panel_code, answers FROM responses WHERE round_id = ? AND centre_id = ? AND panel_code IS NOT NULL
       ${teamId ? "AND team_id = ?" : ""}`,
    )
    .bind(...[roundId, centreId, ...(teamId ? [teamId] : [])])
    .all<{ panel_code: string; answers: ArrayBuffer }>();
  const packed = new Uint8Array(results.length * width);
  results.forEach((r, i) => {
    packed.set(new Uint8Array(r.answers).subarray(0, width), i * width);
  });
  return { packed, panel: results.map((r) => r.panel_code) };
}

/**
 * The report and the instrument's words its page shows beside it (domain names, the "value most"
 * question), so that the page needs no second request for them.
 */
export interface CentreReportBody extends CentreReport {
  domains: { key: string; label: LocalizedText }[];
  valueMostQuestion: LocalizedText;
}

export async function centreReport(
  d1: D1Database,
  round: RoundMeta,
  centreId: string,
  teamId: string | null,
): Promise<CentreReportBody> {
  const centre = await d1
    .prepare(
      `SELECT c.id, c.name, (SELECT 1 FROM round_centres rc WHERE rc.round_id = ? AND rc.centre_id = c.id) AS took_part
       FROM centres c WHERE c.id = ? AND c.network_id = ?`,
    )
    .bind(round.id, centreId, round.networkId)
    .first<{ id: string; name: string; took_part: number | null }>();
  if (!centre?.took_part) throw notFound("Centre in this round");
  if (teamId) {
    const team = await d1
      .prepare("SELECT id FROM teams WHERE id = ? AND centre_id = ?")
      .bind(teamId, centreId)
      .first();
    if (!team) throw notFound("Team");
  }
  const [def, settings, rows, reference, prev, holds] = await Promise.all([
    loadInstrument(d1, round.instrumentId),
    networkSettings(d1, round),
    loadAggregates(d1, round.id),
    referenceFor(d1, round.networkId, round.instrumentId),
    previousRound(d1, round, centreId),
    loadHolds(d1, round.id),
  ]);
  let previous = null;
  if (prev) {
    const width = def.items.length + def.multipleChoice.options.length;
    const [prevRows, before, after] = await Promise.all([
      loadAggregates(d1, prev.id),
      panelRows(d1, prev.id, centreId, teamId, width),
      panelRows(d1, round.id, centreId, teamId, width),
    ]);
    // Each round keeps the minimum it was shown with; the comparison uses the stricter of the two.
    const min = Math.max(settings.minGroupSize, prev.minGroupSize ?? 0);
    previous = {
      roundId: prev.id,
      rows: prevRows,
      paired: pairedChanges(def, before, after, min),
      minGroupSize: min,
    };
  }
  const report = buildCentreReport({
    def,
    round: { id: round.id, label: round.label, date: round.opensOn },
    centre: { id: centre.id, name: centre.name },
    team: teamId ?? undefined,
    minGroupSize: settings.minGroupSize,
    minCentres: settings.minCentres,
    held: holds.get(centre.id) ?? null,
    threshold: settings.meaningfulDifference,
    comparison: settings.lightComparison,
    rows,
    reference,
    previous,
  });
  return {
    ...report,
    domains: def.domains.map((d) => ({ key: d.key, label: d.label })),
    valueMostQuestion: def.multipleChoice.text,
  };
}

export interface ReportRound extends RoundInfo {
  instrumentId: string;
}

/**
 * The rounds of a centre (or, with null, of the whole network) whose report the caller may open:
 * published ones, and closed ones for the coordinator (who checks them before publishing). Oldest first.
 */
export async function reportRounds(
  d1: D1Database,
  networkId: string,
  centreId: string | null,
  coordinator: boolean,
): Promise<ReportRound[]> {
  const { results } = await d1
    .prepare(
      `SELECT r.id, r.label, r.opens_on AS date, r.instrument_id AS instrumentId FROM rounds r
       WHERE r.network_id = ? AND (r.status = 'published' OR (? = 1 AND r.status = 'closed'))
         AND (? IS NULL OR EXISTS (SELECT 1 FROM round_centres rc WHERE rc.round_id = r.id AND rc.centre_id = ?))
       ORDER BY r.opens_on, r.id`,
    )
    .bind(networkId, coordinator ? 1 : 0, centreId, centreId)
    .all<ReportRound>();
  return results;
}

/**
 * Learn from the best (issue 14) for a centre's attention points. Read fresh on every request, never
 * cached: a centre that withdraws its consent in the practice library is anonymous at once.
 */
export async function learnFromBestFor(
  d1: D1Database,
  round: RoundMeta,
  centreId: string,
  attention: readonly string[],
): Promise<LearnFromBestItem[]> {
  if (attention.length === 0) return [];
  const [def, settings, rows, prev, centres, practices] = await Promise.all([
    loadInstrument(d1, round.instrumentId),
    networkSettings(d1, round),
    loadAggregates(d1, round.id),
    // The network's latest earlier published round on the same instrument.
    d1
      .prepare(
        `SELECT id, min_group_size AS minGroupSize FROM rounds
         WHERE network_id = ? AND instrument_id = ? AND status = 'published' AND opens_on < ?
         ORDER BY opens_on DESC LIMIT 1`,
      )
      .bind(round.networkId, round.instrumentId, round.opensOn)
      .first<{ id: string; minGroupSize: number | null }>(),
    d1
      .prepare("SELECT id, name FROM centres WHERE network_id = ?")
      .bind(round.networkId)
      .all<{ id: string; name: string }>(),
    d1
      .prepare(
        `SELECT centre_id, title, body, theme_key, scale_keys, share_centre_name FROM practices
         WHERE network_id = ? AND centre_id IS NOT NULL ORDER BY created_at, id`,
      )
      .bind(round.networkId)
      .all<{
        centre_id: string;
        title: string;
        body: string;
        theme_key: string | null;
        scale_keys: string | null;
        share_centre_name: number;
      }>(),
  ]);
  const previous = prev
    ? {
        rows: await loadAggregates(d1, prev.id),
        minGroupSize: Math.max(settings.minGroupSize, prev.minGroupSize ?? 0),
      }
    : null;
  return learnFromBest({
    ownCentreId: centreId,
    attention,
    scales: def.scales.map((s) => ({
      key: s.key,
      polarity: s.polarity,
      themes: themesForScale(s.key).map((t) => t.key),
    })),
    minGroupSize: settings.minGroupSize,
    minCentres: settings.minCentres,
    rows,
    previous,
    centres: centres.results,
    practices: practices.results.map((p) => ({
      centreId: p.centre_id,
      title: p.title,
      body: p.body,
      themeKey: p.theme_key,
      scaleKeys: stringArray(p.scale_keys),
      shareCentreName: p.share_centre_name === 1,
    })),
  });
}

/**
 * The overview and the instrument's and network's words its page shows beside it (domain names,
 * the lights' threshold), so that the page needs no second request for them.
 */
export interface OverviewBody extends Overview {
  networkId: string;
  threshold: number;
  domains: { key: string; label: LocalizedText }[];
}

export async function roundOverview(
  d1: D1Database,
  round: RoundMeta,
  withTeams: boolean,
): Promise<OverviewBody> {
  const [def, settings, rows, holds, centres, teams] = await Promise.all([
    loadInstrument(d1, round.instrumentId) as Promise<InstrumentDefinition>,
    networkSettings(d1, round),
    loadAggregates(d1, round.id),
    loadHolds(d1, round.id),
    d1
      .prepare(
        `SELECT c.id, c.name FROM centres c JOIN round_centres rc ON rc.centre_id = c.id AND rc.round_id = ? ORDER BY c.name`,
      )
      .bind(round.id)
      .all<{ id: string; name: string }>(),
    withTeams
      ? d1
          .prepare(
            `SELECT t.id, t.name, t.centre_id AS centre FROM teams t JOIN round_centres rc ON rc.centre_id = t.centre_id AND rc.round_id = ? ORDER BY t.name`,
          )
          .bind(round.id)
          .all<{ id: string; name: string; centre: string }>()
      : Promise.resolve({ results: [] as { id: string; name: string; centre: string }[] }),
  ]);
  const overview = buildOverview({
    def,
    round: { id: round.id, label: round.label, date: round.opensOn },
    centres: centres.results,
    teams: withTeams ? teams.results : undefined,
    minGroupSize: settings.minGroupSize,
    minCentres: settings.minCentres,
    held: holds,
    rows,
  });
  return {
    ...overview,
    networkId: round.networkId,
    // A changed setting bumps the round's data version, so the cached body never keeps an old one.
    threshold: settings.meaningfulDifference,
    domains: def.domains.map((d) => ({ key: d.key, label: d.label })),
  };
}
