import { getDb } from "../../db/client.ts";
import {
  assertCentreAccess,
  assertCoordinator,
  assertNetworkMember,
  canSeeCentre,
  requireUser,
} from "../../lib/access.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./centres.routes.ts";
import {
  createCentre,
  createTeam,
  getCentreRow,
  getTeamRow,
  listCentreRows,
  listTeamRows,
  supportTextValues,
  toCentre,
  toSupportText,
  toTeam,
  updateCentre,
  updateSupportText,
  updateTeam,
} from "./centres.service.ts";

export const centreRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    const grants = assertNetworkMember(p, networkId);
    const rows = await listCentreRows(getDb(c.env.DB), networkId);
    // Facilitators never learn the other centres, not even their pseudonyms next to their own name.
    const onlyFacilitator = grants.every((g) => g.role === "facilitator");
    const visible = onlyFacilitator ? rows.filter((r) => canSeeCentre(p, networkId, r.id)) : rows;
    return c.json(
      visible.map((r) => toCentre(r, p)),
      200,
    );
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const id = await createCentre(c.env.DB, p, networkId, c.req.valid("json"));
    const db = getDb(c.env.DB);
    return c.json(toCentre(await getCentreRow(db, id), p), 201);
  })
  .openapi(routes.get, async (c) => {
    const p = requireUser(c);
    const row = await getCentreRow(getDb(c.env.DB), c.req.valid("param").centreId);
    assertCentreAccess(p, row.networkId, row.id);
    return c.json(toCentre(row, p), 200);
  })
  .openapi(routes.update, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getCentreRow(db, c.req.valid("param").centreId);
    assertCentreAccess(p, row.networkId, row.id);
    assertCoordinator(p, row.networkId);
    await updateCentre(c.env.DB, p, row, c.req.valid("json"));
    return c.json(toCentre(await getCentreRow(db, row.id), p), 200);
  })
  .openapi(routes.getSupportText, async (c) => {
    const p = requireUser(c);
    const row = await getCentreRow(getDb(c.env.DB), c.req.valid("param").centreId);
    assertCentreAccess(p, row.networkId, row.id);
    return c.json(toSupportText(row), 200);
  })
  .openapi(routes.putSupportText, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getCentreRow(db, c.req.valid("param").centreId);
    assertCentreAccess(p, row.networkId, row.id);
    const values = supportTextValues(c.req.valid("json"));
    await updateSupportText(c.env.DB, p, row, values);
    return c.json(toSupportText({ ...row, ...values }), 200);
  })
  .openapi(routes.listTeams, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getCentreRow(db, c.req.valid("param").centreId);
    assertCentreAccess(p, row.networkId, row.id);
    const rows = await listTeamRows(db, row.id);
    return c.json(rows.map(toTeam), 200);
  })
  .openapi(routes.createTeam, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const centre = await getCentreRow(db, c.req.valid("param").centreId);
    assertCentreAccess(p, centre.networkId, centre.id);
    const id = await createTeam(c.env.DB, p, centre, c.req.valid("json").name);
    return c.json(toTeam(await getTeamRow(db, id)), 201);
  })
  .openapi(routes.updateTeam, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const team = await getTeamRow(db, c.req.valid("param").teamId);
    assertCentreAccess(p, team.networkId, team.centreId, "Team");
    await updateTeam(c.env.DB, p, team, c.req.valid("json"));
    return c.json(toTeam(await getTeamRow(db, team.id)), 200);
  });
