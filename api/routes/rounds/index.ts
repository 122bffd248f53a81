import { and, eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { type RoundStatus, roundTransitions } from "../../../shared/schemas/round.ts";
import { getDb } from "../../db/client.ts";
import { roundCentres, rounds } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import type { AppEnv } from "../../env.ts";
import { assertCoordinator, assertNetworkMember, requireUser } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId, nowIso } from "../../lib/ids.ts";
import { Problem } from "../../lib/problem.ts";
import { forgetRoundMeta } from "../../lib/round-meta.ts";
import { createRouter } from "../../lib/router.ts";
import {
  assertUsableInstrument,
  BUILTIN_INSTRUMENT_ID,
  ensureBuiltinStatement,
  loadInstrument,
} from "../instruments/instruments.service.ts";
import { deleteRoundDraftsStatement } from "../survey/survey-draft.service.ts";
import { computeAggregates, publishMinimumStatement, versionStatements } from "./aggregates.service.ts";
import * as routes from "./rounds.routes.ts";
import { assertRoundCentres, getRound, getRoundRow, listRounds } from "./rounds.service.ts";

export const roundRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertNetworkMember(p, networkId);
    return c.json(await listRounds(getDb(c.env.DB), p, networkId), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const input = c.req.valid("json");
    const db = getDb(c.env.DB);
    const instrumentId = input.instrumentId ?? BUILTIN_INSTRUMENT_ID;
    await Promise.all([
      assertUsableInstrument(db, networkId, instrumentId),
      assertRoundCentres(db, networkId, input.centreIds, input.opensOn),
    ]);
    const id = newId();
    await c.env.DB.batch([
      ensureBuiltinStatement(c.env.DB),
      statement(
        c.env.DB,
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
        statement(c.env.DB, db.insert(roundCentres).values({ roundId: id, centreId })),
      ),
      auditStatement(c.env.DB, p, { action: "round.create", networkId, targetType: "round", targetId: id }),
    ]);
    return c.json(await getRound(db, p, id), 201);
  })
  .openapi(routes.get, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getRoundRow(db, c.req.valid("param").roundId);
    assertNetworkMember(p, row.networkId, "Round");
    return c.json(await getRound(db, p, row.id), 200);
  })
  .openapi(routes.update, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getRoundRow(db, c.req.valid("param").roundId);
    assertNetworkMember(p, row.networkId, "Round");
    assertCoordinator(p, row.networkId, "Round");
    const input = c.req.valid("json");
    if (row.status === "closed" || row.status === "published")
      throw new Problem(409, "A closed round cannot change.");
    if (row.status === "open" && (input.opensOn || input.centreIds)) {
      throw new Problem(
        409,
        "An open round keeps its opening date and centres; close it or add a new round.",
      );
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
      writes.push(statement(c.env.DB, db.update(rounds).set(fields).where(eq(rounds.id, row.id))));
    if (centreIds) {
      writes.push(statement(c.env.DB, db.delete(roundCentres).where(eq(roundCentres.roundId, row.id))));
      for (const centreId of centreIds)
        writes.push(statement(c.env.DB, db.insert(roundCentres).values({ roundId: row.id, centreId })));
    }
    writes.push(
      auditStatement(c.env.DB, p, {
        action: "round.update",
        networkId: row.networkId,
        targetType: "round",
        targetId: row.id,
        detail: input,
      }),
    );
    await c.env.DB.batch(writes);
    return c.json(await getRound(db, p, row.id), 200);
  })
  .openapi(routes.open, (c) => transition(c, "open"))
  .openapi(routes.close, (c) => transition(c, "closed"))
  .openapi(routes.publish, (c) => transition(c, "published"))
  .openapi(routes.reopen, (c) => transition(c, "open"));

/**
 * Status changes. The update is conditional on the status we read, so two coordinators pressing
 * "close" at once cannot both succeed; closing stores the aggregates in the same batch.
 */
async function transition(c: Context<AppEnv>, to: RoundStatus) {
  const p = requireUser(c);
  const db = getDb(c.env.DB);
  const row = await getRoundRow(db, c.req.param("roundId") as string);
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
          c.env.DB,
          row.id,
          await computeAggregates(c.env.DB, row.id, await loadInstrument(c.env.DB, row.instrumentId)),
        )
      : to === "published"
        ? [publishMinimumStatement(c.env.DB, row.id)]
        : [];
  const stamp = to === "closed" ? { closedAt: now } : to === "published" ? { publishedAt: now } : {};
  const res = await c.env.DB.batch([
    statement(
      c.env.DB,
      db
        .update(rounds)
        .set({ status: to, ...stamp, dataVersion: sql`${rounds.dataVersion} + 1` })
        .where(and(eq(rounds.id, row.id), eq(rounds.status, row.status))),
    ),
    ...aggregates,
    // Drafts kept on the server live only while the round is open (after the update: it sees the new status).
    deleteRoundDraftsStatement(c.env.DB, row.id),
    auditStatement(c.env.DB, p, {
      action: `round.${{ closed: "close", published: "publish", open: row.status === "draft" ? "open" : "reopen", draft: "draft" }[to]}`,
      networkId: row.networkId,
      targetType: "round",
      targetId: row.id,
    }),
  ]);
  forgetRoundMeta(row.id);
  if (res[0].meta.changes !== 1) throw new Problem(409, "The round changed meanwhile; reload and try again.");
  return c.json(await getRound(db, p, row.id), 200);
}
