import { getCookie } from "hono/cookie";
import { getDb } from "../../db/client.ts";
import { requireUser } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { DECOY_PASSWORD_RECORD, verifyPassword } from "../../lib/password.ts";
import { Problem } from "../../lib/problem.ts";
import { assertNotThrottled, clientAddress, countHit, type Limit } from "../../lib/rate-limit.ts";
import { createRouter } from "../../lib/router.ts";
import {
  COOKIE_NAME,
  cookieHeader,
  SESSION_HOURS,
  signSession,
  verifySession,
} from "../../lib/session-token.ts";
import { endSession, startSession } from "../../lib/sessions.ts";
import * as routes from "./auth.routes.ts";
import { describeUser, userByEmail } from "./auth.service.ts";

const loginLimits = (email: string, ip: string): Limit[] => [
  { key: `login:account:${email}`, max: 10, windowSeconds: 900 },
  { key: `login:client:${ip}`, max: 100, windowSeconds: 900 },
];

export const authRoutes = createRouter()
  .openapi(routes.login, async (c) => {
    const { email, password } = c.req.valid("json");
    const limits = loginLimits(email, clientAddress(c.req.raw.headers));
    await assertNotThrottled(c.env.DB, limits);
    const db = getDb(c.env.DB);
    const user = await userByEmail(db, email);
    const record = user
      ? { hash: user.passwordHash, salt: user.passwordSalt, iterations: user.passwordIterations }
      : DECOY_PASSWORD_RECORD;
    // Unknown email, wrong password and disabled account: one derivation, one 401, one throttle hit.
    const valid = (await verifyPassword(password, record)) && user && !user.disabledAt;
    if (!valid) {
      await c.env.DB.batch([
        ...countHit(c.env.DB, limits),
        auditStatement(c.env.DB, null, { action: "login.failed", detail: { email } }),
      ]);
      throw new Problem(401, "Email or password is wrong.");
    }
    // Rotation: signing in ends whatever session the browser held before.
    const previous = getCookie(c, COOKIE_NAME);
    const old = previous ? await verifySession(previous, c.env.SESSION_SECRET) : null;
    if (old) await endSession(db, old.sid);
    const claims = await startSession(db, user.id, c.req.header("user-agent"));
    await auditStatement(
      c.env.DB,
      { kind: "user", userId: user.id, sessionId: claims.sid, grants: [] },
      {
        action: "login",
        targetType: "user",
        targetId: user.id,
      },
    ).run();
    c.header(
      "set-cookie",
      cookieHeader(c.req.url, await signSession(claims, c.env.SESSION_SECRET), SESSION_HOURS * 3600),
    );
    c.header("cache-control", "no-store");
    return c.json(await describeUser(db, user.id), 200);
  })
  .openapi(routes.logout, async (c) => {
    const p = c.get("principal");
    if (p?.kind === "user") await endSession(getDb(c.env.DB), p.sessionId);
    c.set("renewedCookie", undefined);
    c.header("set-cookie", cookieHeader(c.req.url, "", 0));
    return c.body(null, 204);
  })
  .openapi(routes.me, async (c) => {
    const p = requireUser(c);
    c.header("cache-control", "no-store");
    return c.json(await describeUser(getDb(c.env.DB), p.userId), 200);
  });
