import { getDb } from "../../db/client.ts";
import { assertCoordinator, assertNetworkMember, requireUser } from "../../lib/access.ts";
import { Problem } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./instruments.routes.ts";
import { createInstrument, instrumentFor, listInstruments } from "./instruments.service.ts";
import { parseReferenceCsv } from "./reference-csv.ts";
import { activateReferenceSet, addReferenceSet, listReferenceSets } from "./reference-sets.service.ts";

export const instrumentRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertNetworkMember(p, networkId);
    return c.json(await listInstruments(c.env.DB, networkId), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const id = await createInstrument(c.env.DB, p, networkId, c.req.valid("json"));
    const list = await listInstruments(c.env.DB, networkId);
    return c.json(list.find((i) => i.id === id) as (typeof list)[number], 201);
  })
  .openapi(routes.get, async (c) => {
    const p = requireUser(c);
    return c.json(await instrumentFor(c.env.DB, p, c.req.valid("param").instrumentId), 200);
  })
  .openapi(routes.listReferenceSets, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertNetworkMember(p, networkId);
    return c.json(await listReferenceSets(getDb(c.env.DB), networkId), 200);
  })
  .openapi(routes.createReferenceSet, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    return c.json(await addReferenceSet(c.env.DB, p, networkId, c.req.valid("json")), 201);
  })
  .openapi(routes.importReferenceSet, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const q = c.req.valid("query");
    const parsed = parseReferenceCsv(await c.req.text());
    if (!parsed.ok) throw new Problem(422, "The CSV file is not a valid reference set.", parsed.errors);
    const set = await addReferenceSet(c.env.DB, p, networkId, {
      instrumentId: q.instrumentId,
      name: q.name,
      ...parsed.value,
      activate: q.activate === "true",
    });
    return c.json(set, 201);
  })
  .openapi(routes.activateReferenceSet, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const { referenceSetId } = c.req.valid("json");
    return c.json(await activateReferenceSet(c.env.DB, p, networkId, referenceSetId), 200);
  });
