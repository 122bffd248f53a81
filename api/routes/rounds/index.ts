import type { Context } from "hono";
import type { RoundStatus } from "../../../shared/schemas/round.ts";
import { getDb } from "../../db/client.ts";
import type { AppEnv } from "../../env.ts";
import { assertCoordinator, assertNetworkMember, requireUser } from "../../lib/access.ts";
import { createRouter } from "../../lib/router.ts";
import { storeExportPages } from "../research/export-pages.ts";
import * as routes from "./rounds.routes.ts";
import {
  createRound,
  getRound,
  getRoundRow,
  listRounds,
  transitionRound,
  updateRound,
} from "./rounds.service.ts";

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
    const id = await createRound(c.env.DB, p, networkId, c.req.valid("json"));
    return c.json(await getRound(getDb(c.env.DB), p, id), 201);
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
    await updateRound(c.env.DB, p, row, c.req.valid("json"));
    return c.json(await getRound(db, p, row.id), 200);
  })
  .openapi(routes.open, (c) => transition(c, "open"))
  .openapi(routes.close, (c) => transition(c, "closed"))
  .openapi(routes.publish, (c) => transition(c, "published"))
  .openapi(routes.reopen, (c) => transition(c, "open"));

/** Opens, closes, publishes or reopens the round, then answers with it. */
async function transition(c: Context<AppEnv>, to: RoundStatus) {
  const p = requireUser(c);
  const roundId = c.req.param("roundId") as string;
  await transitionRound(c.env.DB, p, roundId, to);
  // The respondent export's rows are written once the close has answered; until then (or if this
  // fails) exports compute them, so the close does not wait for it.
  if (to === "closed")
    c.executionCtx.waitUntil(
      storeExportPages(c.env.DB, c.env.SESSION_SECRET, roundId).catch((err) =>
        console.error("export pages", roundId, err),
      ),
    );
  return c.json(await getRound(getDb(c.env.DB), p, roundId), 200);
}
