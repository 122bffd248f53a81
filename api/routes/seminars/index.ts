import { getDb } from "../../db/client.ts";
import {
  assertCoordinator,
  assertNetworkMember,
  isCoordinator,
  requireUser,
  type UserPrincipal,
} from "../../lib/access.ts";
import { notFound } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { assertKnownScales } from "./scale-keys.ts";
import * as routes from "./seminars.routes.ts";
import {
  centreInNetwork,
  createContribution,
  createSeminar,
  deleteContribution,
  deleteSeminar,
  getContributionRow,
  getSeminarDetail,
  getSeminarRow,
  listSeminars,
  toContribution,
  updateContribution,
  updateSeminar,
} from "./seminars.service.ts";
import { assertWriter, isOwnCentre, writableCentreId } from "./visibility.ts";

/** Seminars and their contributions. */
export const seminarsRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertNetworkMember(p, networkId);
    return c.json(await listSeminars(c.env.DB, getDb(c.env.DB), p, networkId), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const id = await createSeminar(c.env.DB, p, networkId, c.req.valid("json"));
    return c.json(await getSeminarDetail(c.env.DB, getDb(c.env.DB), p, id), 201);
  })
  .openapi(routes.get, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getSeminarRow(db, c.req.valid("param").seminarId);
    assertNetworkMember(p, row.networkId, "Seminar");
    return c.json(await getSeminarDetail(c.env.DB, db, p, row.id), 200);
  })
  .openapi(routes.update, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getSeminarRow(db, c.req.valid("param").seminarId);
    assertCoordinator(p, row.networkId, "Seminar");
    await updateSeminar(c.env.DB, p, row, c.req.valid("json"));
    return c.json(await getSeminarDetail(c.env.DB, db, p, row.id), 200);
  })
  .openapi(routes.remove, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getSeminarRow(db, c.req.valid("param").seminarId);
    assertCoordinator(p, row.networkId, "Seminar");
    await deleteSeminar(c.env.DB, p, row);
    return c.body(null, 204);
  })
  .openapi(routes.createContribution, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const seminar = await getSeminarRow(db, c.req.valid("param").seminarId);
    assertWriter(p, seminar.networkId, "Seminar");
    const input = c.req.valid("json");
    const centreId = await writableCentreId(p, seminar.networkId, input.centreId, (id) =>
      centreInNetwork(db, seminar.networkId, id),
    );
    await assertKnownScales(c.env.DB, seminar.networkId, input.scaleKeys);
    const id = await createContribution(c.env.DB, p, seminar, centreId, input);
    const row = await getContributionRow(c.env.DB, seminar.id, id);
    return c.json(toContribution(row, p, seminar.networkId), 201);
  })
  .openapi(routes.updateContribution, async (c) => {
    const p = requireUser(c);
    const { seminarId, contributionId } = c.req.valid("param");
    const db = getDb(c.env.DB);
    const seminar = await getSeminarRow(db, seminarId);
    const row = await editableContribution(p, seminar.networkId, c.env.DB, seminarId, contributionId);
    const input = c.req.valid("json");
    await assertKnownScales(c.env.DB, seminar.networkId, input.scaleKeys);
    await updateContribution(c.env.DB, p, seminar.networkId, row.id, input);
    const updated = await getContributionRow(c.env.DB, seminar.id, row.id);
    return c.json(toContribution(updated, p, seminar.networkId), 200);
  })
  .openapi(routes.deleteContribution, async (c) => {
    const p = requireUser(c);
    const { seminarId, contributionId } = c.req.valid("param");
    const db = getDb(c.env.DB);
    const seminar = await getSeminarRow(db, seminarId);
    const row = await editableContribution(p, seminar.networkId, c.env.DB, seminarId, contributionId);
    await deleteContribution(c.env.DB, p, seminar.networkId, row);
    return c.body(null, 204);
  });

/** Another centre's contribution is not a facilitator's to change: 404, as for any centre-scoped thing. */
async function editableContribution(
  p: UserPrincipal,
  networkId: string,
  d1: D1Database,
  seminarId: string,
  contributionId: string,
) {
  assertWriter(p, networkId, "Seminar");
  const row = await getContributionRow(d1, seminarId, contributionId);
  if (!isCoordinator(p, networkId) && !isOwnCentre(p, networkId, row.centre_id))
    throw notFound("Contribution");
  return row;
}
