/**
 * What a 401 says about how to authenticate (RFC 9110 §11.6.1: a 401 carries WWW-Authenticate).
 * The session cookie has no registered scheme; the `Cookie` challenge follows the old
 * cookie-auth draft's form (where to sign in, which cookie), so a client learns both from the
 * answer. Routes that take research tokens offer `Bearer` first.
 */
import { COOKIE_NAME } from "./session-token.ts";

export const BEARER_CHALLENGE = 'Bearer realm="amica"';
export const COOKIE_CHALLENGE = `Cookie realm="amica", form-action="/api/auth/login", cookie-name="${COOKIE_NAME}"`;
/** For the export routes: a research token or a session. */
export const TOKEN_OR_COOKIE = `${BEARER_CHALLENGE}, ${COOKIE_CHALLENGE}`;
/** A bearer token was sent and refused (RFC 6750 §3.1). */
export const INVALID_TOKEN = `${BEARER_CHALLENGE}, error="invalid_token"`;

export const wwwAuthenticate = (value: string) => ({ "www-authenticate": value });

/** The challenge for a 401 that did not name its own: a refused bearer token, else the session. */
export function defaultChallenge(authorization: string | undefined): string {
  return authorization ? INVALID_TOKEN : COOKIE_CHALLENGE;
}
