import type { Context } from "hono";
import type { AppEnv } from "../../env.ts";
import { requireUser } from "../../lib/access.ts";
import { Problem } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { notifyRoom } from "../../rooms/live.ts";
import { results, sessionScope, workshopScope } from "./results.service.ts";
import * as routes from "./voting.routes.ts";
import { createSession, getSession, sessionFor, setSessionStatus } from "./voting.service.ts";
import { listSessions, workshopFor } from "./workshops.service.ts";

const MAX_POOLED = 50;

export const votingRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    return c.json(await listSessions(c.env.DB, w.id), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const w = await workshopFor(c.env.DB, p, c.req.valid("param").workshopId);
    const d1 = c.env.DB;
    const id = await createSession(d1, p, w, c.req.valid("json"));
    notifyRoom(c, w.id, "sessions");
    return c.json(await getSession(d1, id), 201);
  })
  .openapi(routes.get, async (c) => {
    const {
      centreId: _c,
      networkId: _n,
      ...session
    } = await sessionFor(c.env.DB, requireUser(c), c.req.valid("param").sessionId);
    return c.json(session, 200);
  })
  .openapi(routes.close, async (c) => c.json(await setStatus(c, "closed"), 200))
  .openapi(routes.reopen, async (c) => c.json(await setStatus(c, "open"), 200))
  .openapi(routes.sessionResults, async (c) => {
    const scope = await sessionScope(c.env.DB, requireUser(c), c.req.valid("param").sessionId);
    c.header("cache-control", "no-store");
    return c.json(await results(c.env.DB, scope), 200);
  })
  .openapi(routes.workshopResults, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    const raw = c.req.valid("query").sessions;
    const only = raw
      ? [
          ...new Set(
            raw
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ]
      : [];
    if (only.length > MAX_POOLED)
      throw new Problem(400, "Too many sessions.", [
        { code: "too-many", path: "query.sessions", message: `At most ${MAX_POOLED} sessions.` },
      ]);
    const scope = await workshopScope(c.env.DB, w, only.length ? only : null);
    c.header("cache-control", "no-store");
    return c.json(await results(c.env.DB, scope), 200);
  });

/** Open ↔ closed, then answers with the session. */
async function setStatus(c: Context<AppEnv>, to: "open" | "closed") {
  const p = requireUser(c);
  const s = await sessionFor(c.env.DB, p, c.req.param("sessionId") as string);
  await setSessionStatus(c.env.DB, p, s, to);
  notifyRoom(c, s.workshopId, "sessions");
  return getSession(c.env.DB, s.id);
}
