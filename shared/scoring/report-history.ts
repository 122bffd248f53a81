import type { CentreReport, RoundInfo } from "./report.ts";

/** An earlier round as its own report shows it, reduced to what the trend over rounds draws. */
export interface ReportHistoryPoint {
  round: RoundInfo;
  scales: { key: string; centre: { mean: number } | null; network: { mean: number | null } }[];
}

/**
 * The point of the trend for one round, taken from that round's own report: every figure in it is
 * one that report shows, so nothing hidden there can appear beside a later round.
 */
export function historyPoint(report: Pick<CentreReport, "round" | "scales">): ReportHistoryPoint {
  return {
    round: { id: report.round.id, label: report.round.label, date: report.round.date },
    scales: report.scales.map((s) => ({
      key: s.key,
      centre: s.centre ? { mean: s.centre.mean } : null,
      network: { mean: s.network.mean },
    })),
  };
}
