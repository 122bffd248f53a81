import type { Context } from "hono";
import { getDb } from "../../db/client.ts";
import type { AppEnv } from "../../env.ts";
import { assertCoordinator, requireUser } from "../../lib/access.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { assertNotThrottled, clientAddress, countHit, type Limit } from "../../lib/rate-limit.ts";
import { createRouter } from "../../lib/router.ts";
import { getMembership } from "../memberships/memberships.service.ts";
import * as routes from "./member-invitations.routes.ts";
import {
  acceptInvitation,
  getInvitationRow,
  inviteMember,
  issuePasswordReset,
  listPendingInvitations,
  lookupInvitation,
  revokeInvitation,
} from "./member-invitations.service.ts";

/** Tokens are 192 random bits, so guessing is hopeless; the limit only keeps scanners cheap to answer. */
const linkLimits = (c: Context<AppEnv>): Limit[] => [
  { key: `account-link:client:${clientAddress(c.req.raw.headers)}`, max: 60, windowSeconds: 900 },
];

/** Counts a miss (404) against the client, then lets the problem through. */
async function countingMisses<T>(c: Context<AppEnv>, work: () => Promise<T>): Promise<T> {
  const limits = linkLimits(c);
  await assertNotThrottled(c.env.DB, limits);
  try {
    return await work();
  } catch (err) {
    if (err instanceof Problem && err.status === 404) await c.env.DB.batch(countHit(c.env.DB, limits));
    throw err;
  }
}

export const memberInvitationRoutes = createRouter()
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const issued = await inviteMember(c.env.DB, getDb(c.env.DB), p, networkId, c.req.valid("json"));
    c.header("cache-control", "no-store");
    return c.json(issued, 201);
  })
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    return c.json(await listPendingInvitations(getDb(c.env.DB), networkId), 200);
  })
  .openapi(routes.revoke, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const { invitationId } = c.req.valid("param");
    const row = await getInvitationRow(db, invitationId).catch(() => null);
    if (!row || !p.grants.some((g) => g.networkId === row.networkId)) throw notFound("Invitation");
    assertCoordinator(p, row.networkId);
    await revokeInvitation(c.env.DB, db, p, invitationId);
    return c.body(null, 204);
  })
  .openapi(routes.reset, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const { membershipId } = c.req.valid("param");
    const m = await getMembership(db, membershipId).catch(() => null);
    if (!m || !p.grants.some((g) => g.networkId === m.networkId)) throw notFound("Membership");
    assertCoordinator(p, m.networkId);
    const issued = await issuePasswordReset(c.env.DB, db, p, m);
    c.header("cache-control", "no-store");
    return c.json(issued, 201);
  })
  .openapi(routes.lookup, async (c) => {
    const { token } = c.req.valid("param");
    const found = await countingMisses(c, () => lookupInvitation(getDb(c.env.DB), token));
    c.header("cache-control", "no-store");
    return c.json(found, 200);
  })
  .openapi(routes.accept, async (c) => {
    const { token } = c.req.valid("param");
    const p = c.get("principal");
    if (p?.kind === "token") throw new Problem(403, "Research tokens reach only the export endpoints.");
    const done = await countingMisses(c, () =>
      acceptInvitation(c.env.DB, getDb(c.env.DB), p ?? null, token, c.req.valid("json")),
    );
    c.header("cache-control", "no-store");
    return c.json(done, 200);
  });
