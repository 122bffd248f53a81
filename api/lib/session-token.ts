/**
 * The session cookie is a signed, short-lived token carrying the user's grants, so that a read
 * needs no D1 query to authenticate (DESIGN: reports must stay cheap). When it expires it is
 * renewed against the `sessions` row, which is where logout and revocation take effect.
 */
import type { Grant } from "./principal.ts";

export const COOKIE_NAME = "amica_session";
/** Lifetime of one signed token; the session row itself lives longer (SESSION_HOURS). */
export const TOKEN_SECONDS = 5 * 60;
export const SESSION_HOURS = 12;

export interface SessionClaims {
  sid: string;
  uid: string;
  grants: Grant[];
  /** Expiry, seconds since the epoch. */
  exp: number;
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
  const payload = toB64url(encoder.encode(JSON.stringify(claims)));
  const sig = new Uint8Array(
    await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(payload)),
  );
  return `${payload}.${toB64url(sig)}`;
}

/** The claims if the signature holds (expired or not: the caller decides about renewal). */
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
