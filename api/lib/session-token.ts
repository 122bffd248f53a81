/**
 * The session cookie is a signed, short-lived token carrying the user's grants, so that a read
 * needs no D1 query to authenticate (reports are read far more often than anything else and must stay cheap). When it expires it is
 * renewed against the `sessions` row, which is where logout, removal from a network and disabling
 * an account take effect: within TOKEN_SECONDS, whatever the token's claims say (the server caps
 * the lifetime when it signs a token and again when it reads one).
 */
import type { Grant } from "./principal.ts";

export const COOKIE_NAME = "amica_session";
/**
 * Longest a signed token is trusted after the session row was last checked; the session row itself
 * lives longer (SESSION_HOURS). Sign-out and removal from a network reach reads within this time.
 */
export const TOKEN_SECONDS = 60;
/** Clocks of isolates may differ a little; an issue time this far ahead still counts as now. */
const CLOCK_SKEW_SECONDS = 5;
export const SESSION_HOURS = 12;

export interface SessionClaims {
  sid: string;
  uid: string;
  grants: Grant[];
  /** When the session row was checked (sign-in or renewal), seconds since the epoch. */
  iat: number;
  /** Expiry, seconds since the epoch; never more than TOKEN_SECONDS after `iat`. */
  exp: number;
}

/**
 * Whether the claims may be used as they are at `nowSec`: issued (checked against the session row)
 * at most TOKEN_SECONDS ago, not in the future, and not claiming a longer life than the server
 * grants. Anything else, a replayed old token or a forged one with a far-off expiry alike, goes
 * back to the session row.
 */
export function isCurrent(claims: SessionClaims, nowSec: number): boolean {
  return (
    Number.isFinite(claims.iat) &&
    Number.isFinite(claims.exp) &&
    claims.iat <= nowSec + CLOCK_SKEW_SECONDS &&
    claims.exp - claims.iat <= TOKEN_SECONDS &&
    nowSec < claims.exp &&
    nowSec < claims.iat + TOKEN_SECONDS
  );
}

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, key);
  }
  return key;
}

const toB64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
const fromB64url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (ch) => ch.charCodeAt(0));

export async function signSession(claims: SessionClaims, secret: string): Promise<string> {
  // The cap at issue: no token leaves the server promising more than TOKEN_SECONDS.
  const capped = { ...claims, exp: Math.min(claims.exp, claims.iat + TOKEN_SECONDS) };
  const payload = toB64url(encoder.encode(JSON.stringify(capped)));
  const sig = new Uint8Array(
    await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(payload)),
  );
  return `${payload}.${toB64url(sig)}`;
}

/** The claims if the signature holds (current or not: the caller decides about renewal, see isCurrent). */
export async function verifySession(token: string, secret: string): Promise<SessionClaims | null> {
  const [payload, sig, extra] = token.split(".");
  if (!payload || !sig || extra !== undefined) return null;
  try {
    const ok = await crypto.subtle.verify(
      "HMAC",
      await hmacKey(secret),
      fromB64url(sig),
      encoder.encode(payload),
    );
    if (!ok) return null;
    const claims = JSON.parse(new TextDecoder().decode(fromB64url(payload))) as SessionClaims;
    return typeof claims.sid === "string" && typeof claims.exp === "number" ? claims : null;
  } catch {
    return null;
  }
}

/** `Secure` everywhere except plain-HTTP localhost, where scripts and tests talk HTTP. */
export function cookieHeader(url: string, value: string, maxAgeSeconds: number): string {
  const { protocol, hostname } = new URL(url);
  const local = protocol === "http:" && (hostname === "localhost" || hostname === "127.0.0.1");
  const parts = [`${COOKIE_NAME}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`];
  if (!local) parts.push("Secure");
  return parts.join("; ");
}
