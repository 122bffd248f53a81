/**
 * Follow-up of a plan: its scale at the baseline round (the published round the plan started
 * after) and at the next published round the centre took part in, for the plan's team, or for
 * the centre where the team's figure may not be shown. Figures come from the stored aggregates
 * and pass the same anonymity rules as the reports (minimum group size, and no team figure that
 * would let a hidden sibling be worked out). The scale's polarity is the baseline round's own
 * instrument's: a network's custom scale where higher is worse is followed up that way round.
 */
import { and, eq, inArray } from "drizzle-orm";
import { builtinInstrument } from "../../../shared/instrument/index.ts";
import type { FollowUp, FollowUpNoteCode } from "../../../shared/schemas/action-plan.ts";
import type { AggregateRow } from "../../../shared/scoring/aggregate-row.ts";
import { visibilityOf } from "../../../shared/scoring/anonymity.ts";
import { changeBetweenRounds, readChange } from "../../../shared/scoring/benchmark.ts";
import { effectiveMinGroupSize } from "../../../shared/scoring/figure-versions.ts";
import { getDb } from "../../db/client.ts";
import { aggregates, networks, rounds } from "../../db/schema.ts";
import { loadInstrument } from "../instruments/instruments.service.ts";
import { loadAggregates } from "../rounds/aggregates.service.ts";

interface RoundRef {
  id: string;
  label: string;
  opensOn: string;
  status: string;
}

interface Figure {
  n: number;
  mean: number;
  sd: number | null;
}

/** The scale's centre and team figures in one round, each only where it may be shown. */
async function visibleFigures(
  d1: D1Database,
  roundId: string,
  centreId: string,
  teamId: string | null,
  scaleKey: string,
  minGroupSize: number,
): Promise<{ centre: Figure | null; team: Figure | null }> {
  const rows = await loadAggregates(
    d1,
    roundId,
    and(
      eq(aggregates.centreId, centreId),
      eq(aggregates.metric, "scale"),
      eq(aggregates.key, scaleKey),
      inArray(aggregates.level, ["centre", "team"]),
    ),
  );
  const visible = visibilityOf(rows, minGroupSize);
  const figure = (row: AggregateRow | undefined): Figure | null =>
    row && row.mean !== null && visible(row) ? { n: row.n, mean: row.mean, sd: row.sd } : null;
  return {
    centre: figure(rows.find((r) => r.level === "centre")),
    team: teamId ? figure(rows.find((r) => r.level === "team" && r.team === teamId)) : null,
  };
}

const NOTES: Record<FollowUpNoteCode, string> = {
  "no-baseline": "No baseline round: no round had been published for the centre.",
  "baseline-unpublished": "The baseline round is not published yet.",
  "too-few": "Too few respondents to show this scale for the team or the centre.",
  "no-next": "No later round has been published yet.",
  "centre-instead": "The team is too small to show; these are the centre's figures.",
};
const noted = (code: FollowUpNoteCode) => ({ note: NOTES[code], noteCode: code });

export async function followUp(
  d1: D1Database,
  plan: {
    networkId: string;
    centreId: string;
    teamId: string | null;
    scaleKey: string | null;
    baselineRoundId: string | null;
  },
): Promise<FollowUp | null> {
  if (!plan.scaleKey) return null;
  // Before a baseline round is known, the built-in instrument names the scale's polarity.
  const builtinScale = builtinInstrument.scales.find((s) => s.key === plan.scaleKey);
  let empty: FollowUp = {
    scaleKey: plan.scaleKey,
    polarity: builtinScale?.polarity ?? "higher-better",
    level: null,
    baseline: null,
    next: null,
    change: null,
    p: null,
    mdd: null,
    meaningful: null,
    direction: null,
    note: null,
    noteCode: null,
  };
  if (!plan.baselineRoundId) return { ...empty, ...noted("no-baseline") };
  const db = getDb(d1);
  const [settings, baseline] = await db.batch([
    db
      .select({ minGroupSize: networks.minGroupSize, meaningfulDifference: networks.meaningfulDifference })
      .from(networks)
      .where(eq(networks.id, plan.networkId)),
    db
      .select({
        id: rounds.id,
        label: rounds.label,
        opensOn: rounds.opensOn,
        status: rounds.status,
        minGroupSize: rounds.minGroupSize,
        instrumentId: rounds.instrumentId,
      })
      .from(rounds)
      .where(eq(rounds.id, plan.baselineRoundId)),
  ]);
  const net = settings[0];
  const base = baseline[0];
  // The plan was found through its centre's network: a missing one is a broken database.
  if (!net) throw new Error(`Network ${plan.networkId} of a plan is missing`);
  if (base?.status !== "published") return { ...empty, ...noted("baseline-unpublished") };
  const definition = await loadInstrument(d1, base.instrumentId);
  const scale = definition.scales.find((s) => s.key === plan.scaleKey);
  empty = { ...empty, polarity: scale?.polarity ?? empty.polarity };
  const baseRound: RoundRef = {
    id: base.id,
    label: base.label,
    opensOn: base.opensOn,
    status: base.status,
  };
  const nextRow = await d1
    .prepare(
      `SELECT r.id, r.label, r.opens_on, r.status, r.min_group_size FROM rounds r JOIN round_centres rc ON rc.round_id = r.id
       WHERE r.network_id = ? AND rc.centre_id = ? AND r.status = 'published' AND r.opens_on > ?
       ORDER BY r.opens_on LIMIT 1`,
    )
    .bind(plan.networkId, plan.centreId, baseRound.opensOn)
    .first<{ id: string; label: string; opens_on: string; status: string; min_group_size: number | null }>();

  // Each round keeps the minimum it was shown with; the comparison uses the stricter of the two.
  const min = Math.max(
    effectiveMinGroupSize(net.minGroupSize, base.minGroupSize),
    effectiveMinGroupSize(net.minGroupSize, nextRow?.min_group_size),
  );
  const [before, after] = await Promise.all([
    visibleFigures(d1, baseRound.id, plan.centreId, plan.teamId, plan.scaleKey, min),
    nextRow ? visibleFigures(d1, nextRow.id, plan.centreId, plan.teamId, plan.scaleKey, min) : null,
  ]);
  // One level for both rounds, so that the change compares like with like.
  const level =
    before.team && (!after || after.team)
      ? "team"
      : before.centre && (!after || after.centre)
        ? "centre"
        : null;
  if (!level) return { ...empty, ...noted("too-few") };
  const b = before[level] as Figure;
  const a = after ? (after[level] as Figure) : null;
  const shown = {
    ...empty,
    level,
    baseline: { roundId: baseRound.id, label: baseRound.label, n: b.n, mean: b.mean },
  } satisfies FollowUp;
  if (!a || !nextRow) return { ...shown, ...noted("no-next") };
  const change = changeBetweenRounds(a, b, min);
  const diff = a.mean - b.mean;
  // The report's reading of a change: meaningful only where threshold and test agree.
  const reading = readChange(
    { previousMean: b.mean, p: change?.p ?? null },
    a.mean,
    shown.polarity,
    net.meaningfulDifference,
  );
  return {
    ...shown,
    next: { roundId: nextRow.id, label: nextRow.label, n: a.n, mean: a.mean },
    change: diff,
    p: change?.p ?? null,
    // From the two figures shown here (both cleared above), never from a hidden group's.
    mdd: change?.mdd ?? null,
    meaningful: reading.meaningful,
    direction: reading.meaningful && reading.verdict !== "same" ? reading.verdict : "unchanged",
    ...(level === "centre" && plan.teamId ? noted("centre-instead") : { note: null, noteCode: null }),
  };
}
