import { Problem } from "../../lib/problem.ts";

/** Replaces a seminar's list of taking-part centres (only when a list is given). */
export function participantStatements(
  d1: D1Database,
  seminarId: string,
  centreIds?: string[],
): D1PreparedStatement[] {
  if (!centreIds) return [];
  return [
    d1.prepare("DELETE FROM seminar_centres WHERE seminar_id = ?").bind(seminarId),
    ...centreIds.map((centreId) =>
      d1
        .prepare("INSERT INTO seminar_centres (seminar_id, centre_id) VALUES (?, ?)")
        .bind(seminarId, centreId),
    ),
  ];
}

export async function assertNetworkCentres(
  d1: D1Database,
  networkId: string,
  centreIds: string[],
): Promise<void> {
  if (centreIds.length === 0) return;
  const { results } = await d1
    .prepare(`SELECT id FROM centres WHERE network_id = ? AND id IN (${centreIds.map(() => "?").join(", ")})`)
    .bind(networkId, ...centreIds)
    .all<{ id: string }>();
  const known = new Set(results.map((r) => r.id));
  const errors = centreIds.flatMap((id, i) =>
    known.has(id)
      ? []
      : [{ code: "unknown" as const, path: `centreIds.${i}`, message: "Not a centre of this network." }],
  );
  if (errors.length) throw new Problem(422, "Some centres are not in this network.", errors);
}
