import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import {
  type Round,
  type RoundStatus,
  type roundCreateSchema,
  roundTransitions,
  type roundUpdateSchema,
} from "../../../shared/schemas/round.ts";
import { type Db, getDb } from "../../db/client.ts";
import { centres, roundCentres, rounds } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { assertCoordinator, assertNetworkMember, grantsIn, type UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId, nowIso } from "../../lib/ids.ts";
import { type FieldError, notFound, Problem } from "../../lib/problem.ts";
import { forgetRoundMeta } from "../../lib/round-meta.ts";
import {
  assertUsableInstrument,
  BUILTIN_INSTRUMENT_ID,
  ensureBuiltinStatement,
  loadInstrument,
} from "../instruments/instruments.service.ts";
import { dropExportPagesStatement } from "../research/export-pages.ts";
import { deleteRoundDraftsStatement } from "../survey/survey-draft.service.ts";
import { computeAggregates, publishMinimumStatement, versionStatements } from "./aggregates.service.ts";

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

/** A draft round of the network, with its centres (422 for an instrument or centre it may not use). */
export async function createRound(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  input: z.infer<typeof roundCreateSchema>,
): Promise<string> {
  const db = getDb(d1);
  const instrumentId = input.instrumentId ?? BUILTIN_INSTRUMENT_ID;
  await Promise.all([
    assertUsableInstrument(db, networkId, instrumentId),
    assertRoundCentres(db, networkId, input.centreIds, input.opensOn),
  ]);
  const id = newId();
  await d1.batch([
    ensureBuiltinStatement(d1),
    statement(
      d1,
      db.insert(rounds).values({
        id,
        networkId,
        label: input.label,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        instrumentId,
      }),
    ),
    ...input.centreIds.map((centreId) =>
      statement(d1, db.insert(roundCentres).values({ roundId: id, centreId })),
    ),
    auditStatement(d1, p, { action: "round.create", networkId, targetType: "round", targetId: id }),
  ]);
  return id;
}

/** Label and dates of a draft or open round; an open one keeps its opening date and centres (409). */
export async function updateRound(
  d1: D1Database,
  p: UserPrincipal,
  row: RoundRow,
  input: z.infer<typeof roundUpdateSchema>,
): Promise<void> {
  const db = getDb(d1);
  if (row.status === "closed" || row.status === "published")
    throw new Problem(409, "A closed round cannot change.");
  if (row.status === "open" && (input.opensOn || input.centreIds)) {
    throw new Problem(409, "An open round keeps its opening date and centres; close it or add a new round.");
  }
  const opensOn = input.opensOn ?? row.opensOn;
  const closesOn = input.closesOn ?? row.closesOn;
  if (closesOn < opensOn) {
    throw new Problem(422, "The round cannot close before it opens.", [
      { code: "closes-before-opens", path: "closesOn", message: "Before the opening date." },
    ]);
  }
  if (input.centreIds) await assertRoundCentres(db, row.networkId, input.centreIds, opensOn);
  const { centreIds, ...fields } = input;
  const writes: D1PreparedStatement[] = [];
  if (Object.keys(fields).length)
    writes.push(statement(d1, db.update(rounds).set(fields).where(eq(rounds.id, row.id))));
  if (centreIds) {
    writes.push(statement(d1, db.delete(roundCentres).where(eq(roundCentres.roundId, row.id))));
    for (const centreId of centreIds)
      writes.push(statement(d1, db.insert(roundCentres).values({ roundId: row.id, centreId })));
  }
  writes.push(
    auditStatement(d1, p, {
      action: "round.update",
      networkId: row.networkId,
      targetType: "round",
      targetId: row.id,
      detail: input,
    }),
  );
  await d1.batch(writes);
}

/**
 * Status changes. The update is conditional on the status we read, so two coordinators pressing
 * "close" at once cannot both succeed; closing stores the aggregates in the same batch.
 */
export async function transitionRound(
  d1: D1Database,
  p: UserPrincipal,
  roundId: string,
  to: RoundStatus,
): Promise<void> {
  const db = getDb(d1);
  const row = await getRoundRow(db, roundId);
  assertNetworkMember(p, row.networkId, "Round");
  assertCoordinator(p, row.networkId, "Round");
  if (!roundTransitions[row.status].includes(to))
    throw new Problem(409, `A ${row.status} round cannot become ${to}.`);
  const now = nowIso();
  // Closing stores the next version of the figures; reopening keeps the stored ones (no route
  // serves an open round's figures), so that the next close can compare with what was shown.
  const aggregates: D1PreparedStatement[] =
    to === "closed"
      ? await versionStatements(
          d1,
          row.id,
          await computeAggregates(d1, row.id, await loadInstrument(d1, row.instrumentId)),
        )
      : to === "published"
        ? [publishMinimumStatement(d1, row.id)]
        : // A reopened round takes answers again: the export's stored rows of the last close go.
          row.status === "closed"
          ? [dropExportPagesStatement(d1, row.id)]
          : [];
  const stamp = to === "closed" ? { closedAt: now } : to === "published" ? { publishedAt: now } : {};
  const res = await d1.batch([
    statement(
      d1,
      db
        .update(rounds)
        .set({ status: to, ...stamp, dataVersion: sql`${rounds.dataVersion} + 1` })
        .where(and(eq(rounds.id, row.id), eq(rounds.status, row.status))),
    ),
    ...aggregates,
    // Drafts kept on the server live only while the round is open (after the update: it sees the new status).
    deleteRoundDraftsStatement(d1, row.id),
    auditStatement(d1, p, {
      action: `round.${{ closed: "close", published: "publish", open: row.status === "draft" ? "open" : "reopen", draft: "draft" }[to]}`,
      networkId: row.networkId,
      targetType: "round",
      targetId: row.id,
    }),
  ]);
  forgetRoundMeta(row.id);
  if (res[0].meta.changes !== 1) throw new Problem(409, "The round changed meanwhile; reload and try again.");
}
