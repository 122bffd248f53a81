/**
 * Refuses to serve anywhere but on this machine while SESSION_SECRET is still the development
 * value committed in wrangler.toml: anyone could read it there and sign themselves a session.
 * Checked per request because a Worker learns its host name only from a request; the answer is a
 * 503 problem with a code, before any route runs, so a forgotten `wrangler secret put` shows at once.
 */
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";
import { Problem } from "../lib/problem.ts";

/** Must equal `SESSION_SECRET` under `[vars]` in wrangler.toml (a unit test compares them). */
export const DEVELOPMENT_SESSION_SECRET = "amica-local-development-secret-do-not-use-in-production";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
export const isLocalHost = (hostname: string) => LOCAL_HOSTS.has(hostname) || hostname.endsWith(".localhost");

export const secretGuard = createMiddleware<AppEnv>(async (c, next) => {
  const secret = c.env.SESSION_SECRET;
  if ((!secret || secret === DEVELOPMENT_SESSION_SECRET) && !isLocalHost(new URL(c.req.url).hostname)) {
    throw new Problem(
      503,
      "The server is not configured: SESSION_SECRET is missing or is the development value from wrangler.toml. Set a long random one with `wrangler secret put SESSION_SECRET`.",
      undefined,
      undefined,
      "session-secret-not-configured",
    );
  }
  await next();
});
