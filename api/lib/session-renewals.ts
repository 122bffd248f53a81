/**
 * Per-isolate memory of recent session checks, so that a client that keeps sending an outdated
 * token (a script, a load test, a tab that missed a Set-Cookie) costs one D1 query per session per
 * TOKEN_SECONDS instead of one per request. Nothing here outlives TOKEN_SECONDS after its check:
 * claims keep the `iat` of the check they came from, so a renewal served from here is trusted no
 * longer than one made against the database at that moment. Filled only inside requests.
 */
import { isCurrent, type SessionClaims, TOKEN_SECONDS } from "./session-token.ts";

export interface Renewal {
  /** The session's claims as of the check, or null: revoked, expired or unknown. */
  claims: SessionClaims | null;
  checkedAt: number;
  /** The signed token for `claims`, once signed (signing per request would cost an HMAC). */
  token?: string;
}

const MAX_ENTRIES = 10_000;
const renewals = new Map<string, Renewal>();

/** A check of the session made less than TOKEN_SECONDS ago, if this isolate holds one. */
export function recentRenewal(sessionId: string, nowSec: number): Renewal | undefined {
  const r = renewals.get(sessionId);
  if (!r) return undefined;
  const fresh = r.claims ? isCurrent(r.claims, nowSec) : nowSec < r.checkedAt + TOKEN_SECONDS;
  if (fresh) return r;
  renewals.delete(sessionId);
  return undefined;
}

export function rememberRenewal(sessionId: string, claims: SessionClaims | null, nowSec: number): Renewal {
  if (renewals.size >= MAX_ENTRIES) {
    // Maps iterate in insertion order: drop the oldest tenth.
    let drop = MAX_ENTRIES / 10;
    for (const key of renewals.keys()) {
      if (drop-- <= 0) break;
      renewals.delete(key);
    }
  }
  const r: Renewal = { claims, checkedAt: nowSec };
  renewals.delete(sessionId);
  renewals.set(sessionId, r);
  return r;
}

/** Sign-out in this isolate takes effect at once (other isolates: within TOKEN_SECONDS). */
export function rememberSignOut(sessionId: string, nowSec: number): void {
  rememberRenewal(sessionId, null, nowSec);
}

/** People whose memberships changed here lately: uid -> when, seconds since the epoch. */
const changed = new Map<string, number>();

/**
 * A membership change of this person takes effect at once in this isolate: their tokens issued
 * before it go back to the session row (other isolates: within TOKEN_SECONDS).
 */
export function markUserChanged(userId: string, nowSec: number): void {
  for (const [sid, r] of renewals) if (r.claims?.uid === userId) renewals.delete(sid);
  if (changed.size >= MAX_ENTRIES) changed.clear();
  changed.set(userId, nowSec);
}

/** Whether this isolate saw a change of the person after the token's check (then: renew). */
export function changedSince(userId: string, issuedAt: number, nowSec: number): boolean {
  const at = changed.get(userId);
  if (at === undefined) return false;
  if (nowSec >= at + TOKEN_SECONDS) {
    changed.delete(userId);
    return false;
  }
  // Seconds are coarse: a token checked in the same second as the change may predate it.
  return issuedAt <= at;
}
