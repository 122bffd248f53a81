/**
 * Which of a round's centres the caller may work with: every one for the coordinator, their own
 * for a facilitator. Shared by invitations, imports and participation, which all read or write
 * per centre of a round.
 */
import type { rounds } from "../db/schema.ts";
import { assertNetworkMember, isCoordinator, type UserPrincipal } from "./access.ts";
import { CodedProblem, notFound, Problem } from "./problem.ts";

export type RoundRow = typeof rounds.$inferSelect;

export interface RoundScope {
  round: RoundRow;
  /** Every centre taking part in the round. */
  roundCentreIds: string[];
  /** The part of them the caller may see and act for. */
  centreIds: string[];
  /** True for the coordinator. */
  all: boolean;
}

interface RoundRecord {
  id: string;
  network_id: string;
  label: string;
  opens_on: string;
  closes_on: string;
  instrument_id: string;
  status: RoundRow["status"];
  closed_at: string | null;
  published_at: string | null;
  data_version: number;
  min_group_size: number | null;
  first_min_group_size: number | null;
  created_at: string;
}

/**
 * 404 for an unknown round, a caller outside the network, or a facilitator whose centre is not in
 * the round (as `GET /rounds/:id` answers); 403 for a researcher.
 */
export async function roundScope(d1: D1Database, p: UserPrincipal, roundId: string): Promise<RoundScope> {
  const [roundRes, centresRes] = await d1.batch([
    d1.prepare("SELECT * FROM rounds WHERE id = ?").bind(roundId),
    d1.prepare("SELECT centre_id FROM round_centres WHERE round_id = ?").bind(roundId),
  ]);
  const r = roundRes.results[0] as RoundRecord | undefined;
  if (!r) throw notFound("Round");
  const round: RoundRow = {
    id: r.id,
    networkId: r.network_id,
    label: r.label,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    instrumentId: r.instrument_id,
    status: r.status,
    closedAt: r.closed_at,
    publishedAt: r.published_at,
    dataVersion: r.data_version,
    minGroupSize: r.min_group_size,
    firstMinGroupSize: r.first_min_group_size,
    createdAt: r.created_at,
  };
  const grants = assertNetworkMember(p, round.networkId, "Round");
  const roundCentreIds = (centresRes.results as { centre_id: string }[]).map((x) => x.centre_id);
  if (isCoordinator(p, round.networkId))
    return { round, roundCentreIds, centreIds: roundCentreIds, all: true };
  const own = new Set(grants.flatMap((g) => (g.role === "facilitator" && g.centreId ? [g.centreId] : [])));
  if (own.size === 0) throw new Problem(403, "Researchers read through exports.");
  const centreIds = roundCentreIds.filter((id) => own.has(id));
  if (centreIds.length === 0) throw notFound("Round");
  return { round, roundCentreIds, centreIds, all: false };
}

/**
 * Separation of duties: the people who read a centre's figures inside the centre (facilitators)
 * are not the ones who mint its codes or add its answers; only the coordinator does (403 with a
 * code, so the facilitator's page can point to asking for slips instead).
 */
export function assertFieldworkCoordinator(scope: RoundScope, what: string): void {
  if (!scope.all)
    throw new CodedProblem(
      403,
      "coordinator-only",
      `Only the network's coordinator ${what}; a facilitator sees the counts and may ask for slips.`,
    );
}
