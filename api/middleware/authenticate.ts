/**
 * Sets `principal` from the session cookie or a bearer token. Reads with a current token (checked
 * against the session row less than TOKEN_SECONDS ago) cost no query; writes, and tokens that are
 * older or claim a longer life than the server grants, are checked against the session row
 * (sign-out, removal, disabled accounts), at most once per session per TOKEN_SECONDS for reads.
 */
import { eq } from "drizzle-orm";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { todayIso } from "../../shared/dates.ts";
import { getDb } from "../db/client.ts";
import { apiTokens } from "../db/schema.ts";
import type { AppEnv } from "../env.ts";
import { nowIso, sha256Hex } from "../lib/ids.ts";
import { Problem } from "../lib/problem.ts";
import { changedSince, recentRenewal, rememberRenewal } from "../lib/session-renewals.ts";
import {
  COOKIE_NAME,
  cookieHeader,
  isCurrent,
  SESSION_HOURS,
  signSession,
  verifySession,
} from "../lib/session-token.ts";
import { renewSession } from "../lib/sessions.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  c.set("principal", null);
  const authz = c.req.header("authorization");
  if (authz) {
    // A bearer header is what the caller chose to authenticate with, even beside a valid cookie:
    // it is refused by name (the code says which credential failed), never silently ignored.
    const beside = getCookie(c, COOKIE_NAME) ? " The session cookie was not used." : "";
    const match = /^Bearer\s+(\S+)$/i.exec(authz);
    if (!match) {
      throw new Problem(
        401,
        `The Authorization header must be \`Bearer <token>\`.${beside}`,
        undefined,
        undefined,
        "authorization-header-malformed",
      );
    }
    const db = getDb(c.env.DB);
    const row = await db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, await sha256Hex(match[1])))
      .get();
    const today = todayIso();
    if (!row || row.revokedAt || (row.expiresOn && row.expiresOn < today)) {
      throw new Problem(
        401,
        `The bearer token is unknown, revoked or expired.${beside}`,
        undefined,
        undefined,
        "bearer-token-invalid",
      );
    }
    c.set("principal", { kind: "token", tokenId: row.id, networkId: row.networkId });
    c.executionCtx.waitUntil(
      c.env.DB.prepare("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").bind(nowIso(), row.id).run(),
    );
    return next();
  }

  const cookie = getCookie(c, COOKIE_NAME);
  if (cookie) {
    let claims = await verifySession(cookie, c.env.SESSION_SECRET);
    const nowSec = Math.floor(Date.now() / 1000);
    // Stale: too old or too long-lived by the server's cap, or signed out / changed in this isolate.
    const stale =
      claims !== null &&
      (!isCurrent(claims, nowSec) ||
        recentRenewal(claims.sid, nowSec)?.claims === null ||
        changedSince(claims.uid, claims.iat, nowSec));
    if (claims && (stale || !SAFE.has(c.req.method))) {
      const sid = claims.sid;
      // Writes check the row at once; reads may use this isolate's check of the last TOKEN_SECONDS.
      const renewal =
        (SAFE.has(c.req.method) ? recentRenewal(sid, nowSec) : undefined) ??
        rememberRenewal(sid, await renewSession(getDb(c.env.DB), sid), nowSec);
      claims = renewal.claims;
      if (claims && stale) {
        renewal.token ??= await signSession(claims, c.env.SESSION_SECRET);
        c.set("renewedCookie", cookieHeader(c.req.url, renewal.token, SESSION_HOURS * 3600));
      }
    }
    if (claims)
      c.set("principal", { kind: "user", userId: claims.uid, sessionId: claims.sid, grants: claims.grants });
  }
  await next();
  const renewed = c.get("renewedCookie");
  if (renewed) c.res.headers.append("set-cookie", renewed);
});
