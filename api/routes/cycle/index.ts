import { deriveCycle } from "../../../shared/cycle/derive-cycle.ts";
import { getDb } from "../../db/client.ts";
import { assertCentreAccess, assertCoordinator, requireUser } from "../../lib/access.ts";
import { notFound } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { getCentreRow } from "../centres/centres.service.ts";
import * as cycle from "./cycle.routes.ts";
import { defaultRound, getRoundRow, loadCycleFacts, roundHasCentre } from "./cycle.service.ts";
import * as meetings from "./results-meetings.routes.ts";
import {
  createMeeting,
  deleteMeeting,
  getMeetingRow,
  listMeetings,
  toMeeting,
  updateMeeting,
} from "./results-meetings.service.ts";

/** Results meetings (centre-scoped notes) and the cycle guide derived from the data. */
export const cycleRoutes = createRouter()
  .openapi(meetings.list, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const centre = await getCentreRow(db, c.req.valid("param").centreId);
    assertCentreAccess(p, centre.networkId, centre.id);
    return c.json(await listMeetings(db, centre.id, c.req.valid("query").roundId), 200);
  })
  .openapi(meetings.create, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const centre = await getCentreRow(db, c.req.valid("param").centreId);
    assertCentreAccess(p, centre.networkId, centre.id);
    const id = await createMeeting(c.env.DB, p, centre, c.req.valid("json"));
    return c.json(toMeeting(await getMeetingRow(db, id)), 201);
  })
  .openapi(meetings.get, async (c) => {
    const p = requireUser(c);
    const row = await getMeetingRow(getDb(c.env.DB), c.req.valid("param").meetingId);
    assertCentreAccess(p, row.networkId, row.centreId, "Results meeting");
    return c.json(toMeeting(row), 200);
  })
  .openapi(meetings.update, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getMeetingRow(db, c.req.valid("param").meetingId);
    assertCentreAccess(p, row.networkId, row.centreId, "Results meeting");
    await updateMeeting(c.env.DB, p, row, c.req.valid("json"));
    return c.json(toMeeting(await getMeetingRow(db, row.id)), 200);
  })
  .openapi(meetings.remove, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getMeetingRow(db, c.req.valid("param").meetingId);
    assertCentreAccess(p, row.networkId, row.centreId, "Results meeting");
    await deleteMeeting(c.env.DB, p, row);
    return c.body(null, 204);
  })
  .openapi(cycle.centreCycle, async (c) => {
    const p = requireUser(c);
    const centre = await getCentreRow(getDb(c.env.DB), c.req.valid("param").centreId);
    assertCentreAccess(p, centre.networkId, centre.id);
    const { roundId } = c.req.valid("query");
    const round = roundId
      ? await getRoundRow(c.env.DB, roundId)
      : await defaultRound(c.env.DB, centre.networkId, centre.id);
    if (round.network_id !== centre.networkId || !(await roundHasCentre(c.env.DB, round.id, centre.id)))
      throw notFound("Round");
    const [facts] = await loadCycleFacts(c.env.DB, p, round, centre.id);
    if (!facts) throw notFound("Round");
    return c.json(deriveCycle(facts), 200);
  })
  .openapi(cycle.networkCycle, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const { roundId } = c.req.valid("query");
    const round = roundId ? await getRoundRow(c.env.DB, roundId) : await defaultRound(c.env.DB, networkId);
    if (round.network_id !== networkId) throw notFound("Round");
    const all = (await loadCycleFacts(c.env.DB, p, round)).map(deriveCycle);
    const summary = all[0]?.round ?? {
      id: round.id,
      label: round.label,
      status: round.status,
      opensOn: round.opens_on,
      closesOn: round.closes_on,
    };
    return c.json({ round: summary, centres: all }, 200);
  });
