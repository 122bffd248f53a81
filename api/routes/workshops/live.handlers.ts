/**
 * The WebSocket addresses of the live rooms (api/rooms). Each opens only for whoever may read what
 * its screen shows: the workshop's presenter as GET /workshops/:id, a session's presenter as GET
 * /voting-sessions/:id; a participant's phone by its join code alone (the workshop's code or one of
 * its sessions' codes), as GET /join/:code, and it hears only the stage and the sessions (see
 * Listener in api/rooms/workshop-room.ts). They are plain routes, not in the OpenAPI document: an
 * upgrade is no JSON operation, and a request without one gets 426.
 */
import { requireUser } from "../../lib/access.ts";
import { clientAddress } from "../../lib/rate-limit.ts";
import { createRouter } from "../../lib/router.ts";
import { openRoom } from "../../rooms/live.ts";
import { lookupCode } from "./codes.ts";
import { workshopOfCode } from "./participant.service.ts";
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
  })
  .get("/join/:code/live", async (c) => {
    const d1 = c.env.DB;
    // An unknown code is a miss like any other (404, then 429 for the address), so the socket is no
    // side door for guessing codes.
    const { found } = await lookupCode(d1, clientAddress(c.req.raw.headers), c.req.param("code"), (k) =>
      workshopOfCode(d1, k),
    );
    return openRoom(c, found.workshopId, "phone");
  });
