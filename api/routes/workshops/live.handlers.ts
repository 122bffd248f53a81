/**
 * The WebSocket addresses of the live rooms (api/rooms). Each opens only for whoever may read what
 * its screen shows: the workshop's presenter as GET /workshops/:id, a session's presenter as GET
 * /voting-sessions/:id. They are plain routes, not in the OpenAPI document: an upgrade is no
 * JSON operation, and a request without one gets 426.
 */
import { requireUser } from "../../lib/access.ts";
import { createRouter } from "../../lib/router.ts";
import { openRoom } from "../../rooms/live.ts";
import { sessionFor } from "./voting.service.ts";
import { workshopFor } from "./workshops.service.ts";

export const liveRoutes = createRouter()
  .get("/workshops/:workshopId/live", async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.param("workshopId"));
    return openRoom(c, w.id);
  })
  .get("/voting-sessions/:sessionId/live", async (c) => {
    const s = await sessionFor(c.env.DB, requireUser(c), c.req.param("sessionId"));
    return openRoom(c, s.workshopId);
  });
