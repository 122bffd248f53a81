import { getDb } from "../../db/client.ts";
import { assertCoordinator, requireUser } from "../../lib/access.ts";
import { notFound } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./memberships.routes.ts";
import { getMembership, listMemberships, removeMembership } from "./memberships.service.ts";

export const membershipRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    return c.json(await listMemberships(getDb(c.env.DB), networkId), 200);
  })
  .openapi(routes.remove, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const { membershipId } = c.req.valid("param");
    const m = await getMembership(db, membershipId).catch(() => null);
    // Outside the caller's networks a membership does not exist for them.
    if (!m || !p.grants.some((g) => g.networkId === m.networkId)) throw notFound("Membership");
    assertCoordinator(p, m.networkId);
    await removeMembership(c.env.DB, db, p, membershipId, m.networkId);
    return c.body(null, 204);
  });
