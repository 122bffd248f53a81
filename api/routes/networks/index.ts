import { getDb } from "../../db/client.ts";
import { assertCoordinator, assertNetworkMember, requireUser } from "../../lib/access.ts";
import { createRouter } from "../../lib/router.ts";
import { rememberRenewal } from "../../lib/session-renewals.ts";
import { cookieHeader, SESSION_HOURS, signSession } from "../../lib/session-token.ts";
import { renewSession } from "../../lib/sessions.ts";
import * as routes from "./networks.routes.ts";
import { createNetwork, getNetworkRow, listNetworks, toNetwork, updateNetwork } from "./networks.service.ts";

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
    await updateNetwork(c.env.DB, p, networkId, input);
    return c.json(toNetwork(await getNetworkRow(getDb(c.env.DB), networkId), p), 200);
  });
