/**
 * CSRF for cookie-authenticated writes. Hono's `csrf` covers the form content types a page can
 * send cross-site without a preflight; on top of that any unsafe request that carries our cookie
 * must come from our own origin when the browser says where it comes from. Bearer-token requests
 * carry no ambient credentials and are exempt.
 */
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import type { AppEnv } from "../env.ts";
import { Problem } from "../lib/problem.ts";
import { COOKIE_NAME } from "../lib/session-token.ts";

const honoCsrf = csrf();
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export const csrfGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE.has(c.req.method) || c.req.header("authorization") || !getCookie(c, COOKIE_NAME)) return next();
  const origin = c.req.header("origin");
  const site = c.req.header("sec-fetch-site");
  if (
    (origin && origin !== new URL(c.req.url).origin) ||
    (site && site !== "same-origin" && site !== "none")
  ) {
    throw new Problem(403, "Cross-site request refused.");
  }
  return honoCsrf(c, next);
};
