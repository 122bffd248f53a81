import { eq } from "drizzle-orm";
import { getDb } from "../../db/client.ts";
import { practices, seminarContributions, seminars } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import {
  assertCoordinator,
  assertNetworkMember,
  isCoordinator,
  requireUser,
  type UserPrincipal,
} from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { assertNetworkCentres, participantStatements } from "./participants.ts";
import { assertKnownScales } from "./scale-keys.ts";
import * as routes from "./seminars.routes.ts";
import {
  centreInNetwork,
  getContributionRow,
  getSeminarDetail,
  getSeminarRow,
  listSeminars,
  toContribution,
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
    const { centreIds, ...input } = c.req.valid("json");
    const db = getDb(c.env.DB);
    const id = newId();
    if (centreIds) await assertNetworkCentres(c.env.DB, networkId, centreIds);
    await c.env.DB.batch([
      statement(c.env.DB, db.insert(seminars).values({ id, networkId, ...input })),
      ...participantStatements(c.env.DB, id, centreIds),
      auditStatement(c.env.DB, p, {
        action: "seminar.create",
        networkId,
        targetType: "seminar",
        targetId: id,
      }),
    ]);
    return c.json(await getSeminarDetail(c.env.DB, db, p, id), 201);
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
    const { centreIds, ...input } = c.req.valid("json");
    const startsOn = input.startsOn ?? row.startsOn;
    const endsOn = input.endsOn === undefined ? row.endsOn : input.endsOn;
    if (endsOn && endsOn < startsOn) {
      throw new Problem(422, "The seminar cannot end before it starts.", [
        { code: "ends-before-starts", path: "endsOn", message: "Before the start date." },
      ]);
    }
    if (centreIds) await assertNetworkCentres(c.env.DB, row.networkId, centreIds);
    await c.env.DB.batch([
      ...(Object.keys(input).length
        ? [statement(c.env.DB, db.update(seminars).set(input).where(eq(seminars.id, row.id)))]
        : []),
      ...participantStatements(c.env.DB, row.id, centreIds),
      auditStatement(c.env.DB, p, {
        action: "seminar.update",
        networkId: row.networkId,
        targetType: "seminar",
        targetId: row.id,
        detail: { ...input, centreIds },
      }),
    ]);
    return c.json(await getSeminarDetail(c.env.DB, db, p, row.id), 200);
  })
  .openapi(routes.remove, async (c) => {
    const p = requireUser(c);
    const db = getDb(c.env.DB);
    const row = await getSeminarRow(db, c.req.valid("param").seminarId);
    assertCoordinator(p, row.networkId, "Seminar");
    await c.env.DB.batch([
      statement(c.env.DB, db.delete(seminarContributions).where(eq(seminarContributions.seminarId, row.id))),
      c.env.DB.prepare("DELETE FROM seminar_centres WHERE seminar_id = ?").bind(row.id),
      statement(
        c.env.DB,
        db.update(practices).set({ seminarId: null }).where(eq(practices.seminarId, row.id)),
      ),
      statement(c.env.DB, db.delete(seminars).where(eq(seminars.id, row.id))),
      auditStatement(c.env.DB, p, {
        action: "seminar.delete",
        networkId: row.networkId,
        targetType: "seminar",
        targetId: row.id,
        detail: { title: row.title, startsOn: row.startsOn },
      }),
    ]);
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
    const id = newId();
    await c.env.DB.batch([
      statement(
        c.env.DB,
        db.insert(seminarContributions).values({
          id,
          seminarId: seminar.id,
          centreId,
          kind: input.kind,
          text: input.text,
          themeKey: input.themeKey ?? null,
          scaleKeys: input.scaleKeys ?? [],
        }),
      ),
      auditStatement(c.env.DB, p, {
        action: "seminar.contribution.create",
        networkId: seminar.networkId,
        targetType: "seminar_contribution",
        targetId: id,
      }),
    ]);
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
    await c.env.DB.batch([
      statement(
        c.env.DB,
        db.update(seminarContributions).set(input).where(eq(seminarContributions.id, row.id)),
      ),
      auditStatement(c.env.DB, p, {
        action: "seminar.contribution.update",
        networkId: seminar.networkId,
        targetType: "seminar_contribution",
        targetId: row.id,
        detail: input,
      }),
    ]);
    const updated = await getContributionRow(c.env.DB, seminar.id, row.id);
    return c.json(toContribution(updated, p, seminar.networkId), 200);
  })
  .openapi(routes.deleteContribution, async (c) => {
    const p = requireUser(c);
    const { seminarId, contributionId } = c.req.valid("param");
    const db = getDb(c.env.DB);
    const seminar = await getSeminarRow(db, seminarId);
    const row = await editableContribution(p, seminar.networkId, c.env.DB, seminarId, contributionId);
    await c.env.DB.batch([
      statement(c.env.DB, db.delete(seminarContributions).where(eq(seminarContributions.id, row.id))),
      auditStatement(c.env.DB, p, {
        action: "seminar.contribution.delete",
        networkId: seminar.networkId,
        targetType: "seminar_contribution",
        targetId: row.id,
        detail: { kind: row.kind, centreId: row.centre_id },
      }),
    ]);
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
