import type { PracticePlanDraft } from "../../../shared/schemas/practice.ts";
import { getDb } from "../../db/client.ts";
import { assertNetworkMember, isCoordinator, requireUser } from "../../lib/access.ts";
import { stringArray } from "../../lib/json-columns.ts";
import { Problem } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { assertKnownScales } from "../seminars/scale-keys.ts";
import { centreInNetwork } from "../seminars/seminars.service.ts";
import { assertWriter, writableCentreId } from "../seminars/visibility.ts";
import * as routes from "./practices.routes.ts";
import {
  assertSeminar,
  canEditPractice,
  createPractice,
  deletePractice,
  getPracticeRow,
  type PracticeRow,
  searchPractices,
  toPractice,
  updatePractice,
} from "./practices.service.ts";
import { bulletLines } from "./search-query.ts";

export const practicesRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertNetworkMember(p, networkId);
    return c.json(await searchPractices(c.env.DB, p, networkId, c.req.valid("query")), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertWriter(p, networkId, "Network");
    const input = c.req.valid("json");
    const db = getDb(c.env.DB);
    // The coordinator may add a practice of the whole network (no centre); a facilitator's is their centre's.
    const centreId =
      isCoordinator(p, networkId) && (input.centreId === undefined || input.centreId === null)
        ? null
        : await writableCentreId(p, networkId, input.centreId, (id) => centreInNetwork(db, networkId, id));
    await Promise.all([
      assertSeminar(c.env.DB, networkId, input.seminarId),
      assertKnownScales(c.env.DB, networkId, input.scaleKeys),
    ]);
    const id = await createPractice(c.env.DB, p, networkId, centreId, input);
    return c.json(toPractice(await getPracticeRow(c.env.DB, id), p), 201);
  })
  .openapi(routes.get, async (c) => {
    const p = requireUser(c);
    const row = await getPracticeRow(c.env.DB, c.req.valid("param").practiceId);
    assertNetworkMember(p, row.network_id, "Practice");
    return c.json(toPractice(row, p), 200);
  })
  .openapi(routes.update, async (c) => {
    const p = requireUser(c);
    const row = await editablePractice(p, c.env.DB, c.req.valid("param").practiceId);
    const input = c.req.valid("json");
    await Promise.all([
      assertSeminar(c.env.DB, row.network_id, input.seminarId),
      assertKnownScales(c.env.DB, row.network_id, input.scaleKeys),
    ]);
    await updatePractice(c.env.DB, p, row, input);
    return c.json(toPractice(await getPracticeRow(c.env.DB, row.id), p), 200);
  })
  .openapi(routes.remove, async (c) => {
    const p = requireUser(c);
    const row = await editablePractice(p, c.env.DB, c.req.valid("param").practiceId);
    await deletePractice(c.env.DB, p, row);
    return c.body(null, 204);
  })
  .openapi(routes.planDraft, async (c) => {
    const p = requireUser(c);
    const row = await getPracticeRow(c.env.DB, c.req.valid("param").practiceId);
    assertWriter(p, row.network_id, "Practice");
    const scaleKeys = stringArray(row.scale_keys);
    const draft: PracticePlanDraft = {
      practiceId: row.id,
      title: row.title,
      goal: null,
      themeKey: row.theme_key,
      scaleKey: scaleKeys[0] ?? null,
      actions: bulletLines(row.body),
      text: row.body,
    };
    return c.json(draft, 200);
  });

/** Visible to every member; changed only by its centre's facilitator or the coordinator (403 for others). */
async function editablePractice(
  p: ReturnType<typeof requireUser>,
  d1: D1Database,
  practiceId: string,
): Promise<PracticeRow> {
  const row = await getPracticeRow(d1, practiceId);
  assertWriter(p, row.network_id, "Practice");
  if (!canEditPractice(p, row))
    throw new Problem(403, "Only the practice's centre or the coordinator may change it.");
  return row;
}
