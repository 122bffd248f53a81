import { asc, eq } from "drizzle-orm";
import { getDb } from "../../db/client.ts";
import { centres, teams } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import {
  assertCentreAccess,
  assertCoordinator,
  assertNetworkMember,
  canSeeCentre,
  requireUser,
} from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./centres.routes.ts";
import {
  assertCentreNameFree,
  assertTeamNameFree,
  centreCount,
  getCentreRow,
  getTeamRow,
  listCentreRows,
  nextPseudonym,
  supportTextValues,
  teamCount,
  toCentre,
  toSupportText,
  toTeam,
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
    const input = c.req.valid("json");
    const db = getDb(c.env.DB);
    await assertCentreNameFree(db, networkId, input.name);
    const id = newId();
    const pseudonym = nextPseudonym("C", await centreCount(db, networkId));
    await c.env.DB.batch([
      statement(
        c.env.DB,
        db.insert(centres).values({ id, networkId, name: input.name, pseudonym, joinedOn: input.joinedOn }),
      ),
      auditStatement(c.env.DB, p, { action: "centre.create", networkId, targetType: "centre", targetId: id }),
    ]);
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
    const input = c.req.valid("json");
    if (input.name) await assertCentreNameFree(db, row.networkId, input.name, row.id);
    await c.env.DB.batch([
      statement(c.env.DB, db.update(centres).set(input).where(eq(centres.id, row.id))),
      auditStatement(c.env.DB, p, {
        action: input.leftOn ? "centre.leave" : "centre.update",
        networkId: row.networkId,
        targetType: "centre",
        targetId: row.id,
        detail: input,
      }),
    ]);
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
    await c.env.DB.batch([
      statement(c.env.DB, db.update(centres).set(values).where(eq(centres.id, row.id))),
      auditStatement(c.env.DB, p, {
        action: "centre.support-text",
        networkId: row.networkId,
        targetType: "centre",
        targetId: row.id,
      }),
    ]);
    return c.json(toSupportText({ ...row, ...values }), 200);
  })
  .openapi(routes.listTeams, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getCentreRow(db, c.req.valid("param").centreId);
    assertCentreAccess(p, row.networkId, row.id);
    const rows = await db.select().from(teams).where(eq(teams.centreId, row.id)).orderBy(asc(teams.name));
    return c.json(rows.map(toTeam), 200);
  })
  .openapi(routes.createTeam, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const centre = await getCentreRow(db, c.req.valid("param").centreId);
    assertCentreAccess(p, centre.networkId, centre.id);
    const { name } = c.req.valid("json");
    await assertTeamNameFree(db, centre.id, name);
    const id = newId();
    const pseudonym = nextPseudonym("T", await teamCount(db, centre.id));
    await c.env.DB.batch([
      statement(c.env.DB, db.insert(teams).values({ id, centreId: centre.id, name, pseudonym })),
      auditStatement(c.env.DB, p, {
        action: "team.create",
        networkId: centre.networkId,
        targetType: "team",
        targetId: id,
      }),
    ]);
    return c.json(toTeam(await getTeamRow(db, id)), 201);
  })
  .openapi(routes.updateTeam, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const team = await getTeamRow(db, c.req.valid("param").teamId);
    assertCentreAccess(p, team.networkId, team.centreId, "Team");
    const input = c.req.valid("json");
    if (input.name) await assertTeamNameFree(db, team.centreId, input.name, team.id);
    await c.env.DB.batch([
      statement(c.env.DB, db.update(teams).set(input).where(eq(teams.id, team.id))),
      auditStatement(c.env.DB, p, {
        action: "team.update",
        networkId: team.networkId,
        targetType: "team",
        targetId: team.id,
        detail: input,
      }),
    ]);
    return c.json(toTeam(await getTeamRow(db, team.id)), 200);
  });
