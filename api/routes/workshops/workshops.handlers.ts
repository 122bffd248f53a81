import { requireUser } from "../../lib/access.ts";
import { createRouter } from "../../lib/router.ts";
import { notifyRoom, phonesInRoom } from "../../rooms/live.ts";
import { addStatement, deleteStatement, updateStatement } from "./statements.service.ts";
import { deleteWorkshop } from "./workshop-delete.service.ts";
import * as routes from "./workshops.routes.ts";
import {
  centreFor,
  createWorkshop,
  getStatement,
  getWorkshop,
  getWorkshopDetail,
  listStatements,
  listWorkshops,
  statementFor,
  updateWorkshop,
  workshopFor,
} from "./workshops.service.ts";

export const workshopRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const { centreId } = await centreFor(c.env.DB, requireUser(c), c.req.valid("param").centreId);
    return c.json(await listWorkshops(c.env.DB, centreId), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { centreId, networkId } = await centreFor(c.env.DB, p, c.req.valid("param").centreId);
    const d1 = c.env.DB;
    const id = await createWorkshop(d1, p, { centreId, networkId }, c.req.valid("json"));
    return c.json(await getWorkshop(d1, id), 201);
  })
  .openapi(routes.get, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    return c.json(await getWorkshopDetail(c.env.DB, w.id), 200);
  })
  .openapi(routes.room, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    c.header("cache-control", "no-store");
    return c.json({ phones: await phonesInRoom(c, w.id) }, 200);
  })
  .openapi(routes.update, async (c) => {
    const p = requireUser(c);
    const w = await workshopFor(c.env.DB, p, c.req.valid("param").workshopId);
    const d1 = c.env.DB;
    if (await updateWorkshop(d1, p, w, c.req.valid("json"))) notifyRoom(c, w.id, "stage");
    return c.json(await getWorkshop(d1, w.id), 200);
  })
  .openapi(routes.remove, async (c) => {
    const p = requireUser(c);
    const w = await workshopFor(c.env.DB, p, c.req.valid("param").workshopId);
    await deleteWorkshop(c.env.DB, p, w);
    return c.body(null, 204);
  })
  .openapi(routes.listStatements, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    c.header("cache-control", "no-store");
    return c.json(await listStatements(c.env.DB, w.id), 200);
  })
  .openapi(routes.createStatement, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    const id = await addStatement(c.env.DB, w.id, c.req.valid("json"));
    notifyRoom(c, w.id, "statements");
    return c.json({ id }, 201);
  })
  .openapi(routes.updateStatement, async (c) => {
    const p = requireUser(c);
    const s = await statementFor(c.env.DB, p, c.req.valid("param").statementId);
    const d1 = c.env.DB;
    await updateStatement(d1, p, s, c.req.valid("json"));
    notifyRoom(c, s.workshopId, "statements");
    return c.json(await getStatement(d1, s.id), 200);
  })
  .openapi(routes.deleteStatement, async (c) => {
    const p = requireUser(c);
    const s = await statementFor(c.env.DB, p, c.req.valid("param").statementId);
    await deleteStatement(c.env.DB, p, s);
    notifyRoom(c, s.workshopId, "statements");
    return c.body(null, 204);
  });
