import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { memberships, sessions, users } from "../../db/schema.ts";
import { newId, nowIso } from "../../lib/ids.ts";
import type { Grant } from "../../lib/principal.ts";
import { SESSION_HOURS, type SessionClaims, TOKEN_SECONDS } from "../../lib/session-token.ts";

export async function loadGrants(db: Db, userId: string): Promise<Grant[]> {
  return db
    .select({ networkId: memberships.networkId, centreId: memberships.centreId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
}

export function freshClaims(sessionId: string, userId: string, grants: Grant[]): SessionClaims {
  return { sid: sessionId, uid: userId, grants, exp: Math.floor(Date.now() / 1000) + TOKEN_SECONDS };
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
 * The revocation check: the session row must be live and the user enabled. Grants are re-read so
 * that membership changes reach the cookie at the next renewal.
 */
export async function renewSession(db: Db, claims: SessionClaims): Promise<SessionClaims | null> {
  const row = await db
    .select({ expiresAt: sessions.expiresAt, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, claims.sid), isNull(sessions.revokedAt)))
    .get();
  if (!row || row.disabledAt || row.expiresAt < nowIso()) return null;
  return freshClaims(claims.sid, claims.uid, await loadGrants(db, claims.uid));
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: nowIso() }).where(eq(sessions.id, sessionId));
}
