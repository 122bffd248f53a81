import { asc, eq, inArray } from "drizzle-orm";
import type { Round } from "../../../shared/schemas/round.ts";
import type { Db } from "../../db/client.ts";
import { centres, roundCentres, rounds } from "../../db/schema.ts";
import { grantsIn, type UserPrincipal } from "../../lib/access.ts";
import { type FieldError, notFound, Problem } from "../../lib/problem.ts";

type RoundRow = typeof rounds.$inferSelect;

/**
 * A facilitator sees only the rounds their centre takes part in, and only their own centre in
 * `centreIds`: the list of other centres is not theirs to see.
 */
export async function listRounds(db: Db, p: UserPrincipal, networkId: string): Promise<Round[]> {
  const rows = await db
    .select()
    .from(rounds)
    .where(eq(rounds.networkId, networkId))
    .orderBy(asc(rounds.opensOn));
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(roundCentres)
    .where(
      inArray(
        roundCentres.roundId,
        rows.map((r) => r.id),
      ),
    );
  return shape(rows, links, p, networkId);
}

function shape(
  rows: RoundRow[],
  links: { roundId: string; centreId: string }[],
  p: UserPrincipal,
  networkId: string,
): Round[] {
  const grants = grantsIn(p, networkId);
  const wide = grants.some((g) => g.role !== "facilitator");
  const own = new Set(grants.map((g) => g.centreId).filter(Boolean));
  const byRound = new Map<string, string[]>();
  for (const l of links) byRound.set(l.roundId, [...(byRound.get(l.roundId) ?? []), l.centreId]);
  return rows
    .map((r, i) => ({ r, wave: i + 1, ids: byRound.get(r.id) ?? [] }))
    .filter(({ ids }) => wide || ids.some((id) => own.has(id)))
    .map(({ r, wave, ids }) => ({
      id: r.id,
      networkId: r.networkId,
      label: r.label,
      opensOn: r.opensOn,
      closesOn: r.closesOn,
      instrumentId: r.instrumentId,
      status: r.status,
      wave,
      centreIds: wide ? ids : ids.filter((id) => own.has(id)),
      closedAt: r.closedAt,
      publishedAt: r.publishedAt,
    }));
}

export async function getRoundRow(db: Db, roundId: string): Promise<RoundRow> {
  const row = await db.select().from(rounds).where(eq(rounds.id, roundId)).get();
  if (!row) throw notFound("Round");
  return row;
}

/** One round as the caller may see it; 404 where a facilitator's centre is not in it. */
export async function getRound(db: Db, p: UserPrincipal, roundId: string): Promise<Round> {
  const row = await getRoundRow(db, roundId);
  const list = await listRounds(db, p, row.networkId);
  const round = list.find((r) => r.id === roundId);
  if (!round) throw notFound("Round");
  return round;
}

/** Every centre must belong to the network and not have left before the round opens. */
export async function assertRoundCentres(db: Db, networkId: string, centreIds: string[], opensOn: string) {
  const unique = [...new Set(centreIds)];
  const rows = await db.select().from(centres).where(inArray(centres.id, unique));
  const errors = centreIds.flatMap((id, i): FieldError[] => {
    const c = rows.find((r) => r.id === id);
    if (!c || c.networkId !== networkId)
      return [{ code: "unknown", path: `centreIds.${i}`, message: "Not a centre of this network." }];
    if (c.leftOn && c.leftOn <= opensOn)
      return [{ code: "centre-left", path: `centreIds.${i}`, message: "The centre left the network." }];
    if (centreIds.indexOf(id) !== i)
      return [{ code: "duplicate", path: `centreIds.${i}`, message: "Listed twice." }];
    return [];
  });
  if (errors.length) throw new Problem(422, "Some centres cannot take part in this round.", errors);
}
