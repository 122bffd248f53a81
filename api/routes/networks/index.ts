import { eq } from "drizzle-orm";
import { getDb } from "../../db/client.ts";
import { networks } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { assertCoordinator, assertNetworkMember, requireUser } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { forgetRoundMeta } from "../../lib/round-meta.ts";
import { createRouter } from "../../lib/router.ts";
import { rememberRenewal } from "../../lib/session-renewals.ts";
import { cookieHeader, SESSION_HOURS, signSession } from "../../lib/session-token.ts";
import { renewSession } from "../../lib/sessions.ts";
import * as routes from "./networks.routes.ts";
import { createNetwork, getNetworkRow, listNetworks, toNetwork } from "./networks.service.ts";

export const networkRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    return c.json(await listNetworks(getDb(c.env.DB), p), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const id = await createNetwork(c.env.DB, p, c.req.valid("json"));
    const db = getDb(c.env.DB);
    // The creator's new role must be in the cookie at once, not at the next renewal.
    const claims = await renewSession(db, p.sessionId);
    rememberRenewal(p.sessionId, claims, Math.floor(Date.now() / 1000));
    if (claims) {
      c.set(
        "renewedCookie",
        cookieHeader(c.req.url, await signSession(claims, c.env.SESSION_SECRET), SESSION_HOURS * 3600),
      );
      p.grants = claims.grants;
    }
    return c.json(toNetwork(await getNetworkRow(db, id), p), 201);
  })
  .openapi(routes.get, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertNetworkMember(p, networkId);
    return c.json(toNetwork(await getNetworkRow(getDb(c.env.DB), networkId), p), 200);
  })
  .openapi(routes.update, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const input = c.req.valid("json");
    const db = getDb(c.env.DB);
    // Every setting but the name changes what the round outputs show: a new data version for every
    // round makes every cached report, overview and export key new, so none outlives the change.
    const { name: _name, ...settings } = input;
    const bump = Object.keys(settings).length > 0;
    await c.env.DB.batch([
      statement(c.env.DB, db.update(networks).set(input).where(eq(networks.id, networkId))),
      ...(bump
        ? [
            c.env.DB.prepare("UPDATE rounds SET data_version = data_version + 1 WHERE network_id = ?").bind(
              networkId,
            ),
          ]
        : []),
      auditStatement(c.env.DB, p, { action: "network.update", networkId, detail: input }),
    ]);
    if (bump) forgetRoundMeta();
    return c.json(toNetwork(await getNetworkRow(db, networkId), p), 200);
  });
