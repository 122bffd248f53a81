import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { memberships, sessions, users } from "../db/schema.ts";
import { newId, nowIso } from "./ids.ts";
import type { Grant } from "./principal.ts";
import { rememberSignOut } from "./session-renewals.ts";
import { SESSION_HOURS, type SessionClaims, TOKEN_SECONDS } from "./session-token.ts";

export async function loadGrants(db: Db, userId: string): Promise<Grant[]> {
  return db
    .select({ networkId: memberships.networkId, centreId: memberships.centreId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
}

/** Claims as of now, the moment the session row was checked (iat), trusted for TOKEN_SECONDS. */
export function freshClaims(sessionId: string, userId: string, grants: Grant[]): SessionClaims {
  const iat = Math.floor(Date.now() / 1000);
  return { sid: sessionId, uid: userId, grants, iat, exp: iat + TOKEN_SECONDS };
}

export async function startSession(
  db: Db,
  userId: string,
  userAgent: string | undefined,
): Promise<SessionClaims> {
  const id = newId();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString();
  const [, grants] = await Promise.all([
    db.insert(sessions).values({ id, userId, expiresAt, userAgent: userAgent?.slice(0, 200) }),
    loadGrants(db, userId),
  ]);
  return freshClaims(id, userId, grants);
}

/**
 * The revocation check: the session row must be live and the user enabled. The person and their
 * grants come from the database, never from the token being renewed, so that membership changes
 * reach the cookie at the next renewal and claims in a forged token count for nothing.
 */
export async function renewSession(db: Db, sessionId: string): Promise<SessionClaims | null> {
  const row = await db
    .select({ userId: sessions.userId, expiresAt: sessions.expiresAt, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .get();
  if (!row || row.disabledAt || row.expiresAt < nowIso()) return null;
  return freshClaims(sessionId, row.userId, await loadGrants(db, row.userId));
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: nowIso() }).where(eq(sessions.id, sessionId));
  rememberSignOut(sessionId, Math.floor(Date.now() / 1000));
}
