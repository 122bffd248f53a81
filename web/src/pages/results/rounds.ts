import type { Round } from "../../../../shared/schemas/round.ts";

/**
 * Rounds with results a person can open for a centre: published ones, and for the coordinator
 * closed ones too (checked before publishing). Oldest first.
 */
export function reportableRounds(
  rounds: readonly Round[],
  centreId: string | null,
  coordinator: boolean,
): Round[] {
  return rounds
    .filter((r) => r.status === "published" || (coordinator && r.status === "closed"))
    .filter((r) => centreId === null || r.centreIds.includes(centreId))
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn));
}
