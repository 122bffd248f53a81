import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { InstrumentDefinition } from "../../../shared/instrument/index.ts";
import { bilingual } from "../../../shared/schemas/bilingual.ts";
import type { ReferenceSet } from "../../../shared/schemas/instrument.ts";
import type { Db } from "../../db/client.ts";
import { getDb } from "../../db/client.ts";
import { instruments, networkReferenceSets, referenceSets, rounds } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { assertCoordinator, assertNetworkMember, requireUser } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { forgetRoundMeta } from "../../lib/round-meta.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./instruments.routes.ts";
import { BUILTIN_INSTRUMENT_ID, ensureBuiltinStatement } from "./instruments.service.ts";
import { parseReferenceCsv } from "./reference-csv.ts";

async function listInstruments(db: Db, d1: D1Database, networkId: string) {
  await ensureBuiltinStatement(d1).run();
  const rows = await db
    .select({
      id: instruments.id,
      key: instruments.key,
      version: instruments.version,
      definition: instruments.definition,
      builtIn: instruments.builtIn,
      inUse: sql<number>`exists (select 1 from ${rounds} where ${rounds.instrumentId} = ${instruments.id} and ${rounds.status} != 'draft')`,
    })
    .from(instruments)
    .where(or(isNull(instruments.networkId), eq(instruments.networkId, networkId)))
    .orderBy(instruments.key, instruments.version);
  return rows.map((r) => {
    const def = r.definition as InstrumentDefinition;
    return {
      id: r.id,
      key: r.key,
      version: r.version,
      name: def.name,
      builtIn: r.builtIn,
      scales: def.scales.length,
      items: def.items.length,
      inUse: Boolean(r.inUse),
    };
  });
}

async function usableInstrument(db: Db, networkId: string, instrumentId: string) {
  const row = await db
    .select()
    .from(instruments)
    .where(
      and(
        eq(instruments.id, instrumentId),
        or(isNull(instruments.networkId), eq(instruments.networkId, networkId)),
      ),
    )
    .get();
  return row ?? null;
}

async function listReferenceSets(db: Db, networkId: string): Promise<ReferenceSet[]> {
  const rows = await db
    .select({ set: referenceSets, activeFor: networkReferenceSets.networkId })
    .from(referenceSets)
    .leftJoin(
      networkReferenceSets,
      and(
        eq(networkReferenceSets.referenceSetId, referenceSets.id),
        eq(networkReferenceSets.networkId, networkId),
      ),
    )
    .where(or(isNull(referenceSets.networkId), eq(referenceSets.networkId, networkId)));
  return rows.map(({ set, activeFor }) => ({
    id: set.id,
    instrumentId: set.instrumentId,
    name: bilingual(set.name, set.nameEn),
    source: bilingual(set.source, set.sourceEn),
    synthetic: set.synthetic,
    values: set.values as ReferenceSet["values"],
    active: activeFor !== null,
  }));
}

async function addReferenceSet(
  c: { env: { DB: D1Database } },
  p: ReturnType<typeof requireUser>,
  networkId: string,
  input: {
    instrumentId: string;
    name: string;
    nameEn?: string;
    source: string;
    sourceEn?: string;
    synthetic?: boolean;
    values: ReferenceSet["values"];
    activate?: boolean;
  },
): Promise<ReferenceSet> {
  const d1 = c.env.DB;
  const db = getDb(d1);
  if (input.instrumentId === BUILTIN_INSTRUMENT_ID) await ensureBuiltinStatement(d1).run();
  const instrument = await usableInstrument(db, networkId, input.instrumentId);
  if (!instrument)
    throw new Problem(422, "Unknown instrument.", [
      { code: "unknown", path: "instrumentId", message: "No such instrument here." },
    ]);
  const scaleKeys = new Set((instrument.definition as InstrumentDefinition).scales.map((s) => s.key));
  const unknown = Object.keys(input.values).filter((k) => !scaleKeys.has(k));
  if (unknown.length) {
    throw new Problem(
      422,
      "Some scales are not in the instrument.",
      unknown.map((k) => ({ code: "unknown", path: `values.${k}`, message: "Unknown scale." })),
    );
  }
  const id = newId();
  const writes = [
    statement(
      d1,
      db.insert(referenceSets).values({
        id,
        instrumentId: input.instrumentId,
        name: input.name,
        nameEn: input.nameEn ?? null,
        source: input.source,
        sourceEn: input.sourceEn ?? null,
        synthetic: input.synthetic ?? false,
        values: input.values,
        networkId,
      }),
    ),
    auditStatement(d1, p, {
      action: "reference-set.create",
      networkId,
      targetType: "reference-set",
      targetId: id,
    }),
  ];
  if (input.activate) writes.push(activateStatement(d1, networkId, input.instrumentId, id));
  await d1.batch(writes);
  const all = await listReferenceSets(db, networkId);
  return all.find((r) => r.id === id) as ReferenceSet;
}

function activateStatement(d1: D1Database, networkId: string, instrumentId: string, referenceSetId: string) {
  return d1
    .prepare(
      `INSERT INTO network_reference_sets (network_id, instrument_id, reference_set_id) VALUES (?, ?, ?)
       ON CONFLICT(network_id, instrument_id) DO UPDATE SET reference_set_id = excluded.reference_set_id`,
    )
    .bind(networkId, instrumentId, referenceSetId);
}

/** Reports of this network compare with the new set from now on: bump every round's data version. */
const bumpRounds = (d1: D1Database, networkId: string) =>
  d1.prepare("UPDATE rounds SET data_version = data_version + 1 WHERE network_id = ?").bind(networkId);

export const instrumentRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertNetworkMember(p, networkId);
    return c.json(await listInstruments(getDb(c.env.DB), c.env.DB, networkId), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const def = c.req.valid("json");
    const db = getDb(c.env.DB);
    const clash = await db
      .select({ id: instruments.id })
      .from(instruments)
      .where(and(eq(instruments.key, def.key), eq(instruments.version, def.version)))
      .get();
    if (clash || `builtin-${def.key}-${def.version}` === BUILTIN_INSTRUMENT_ID) {
      throw new Problem(
        409,
        `Version ${def.version} of "${def.key}" exists already; versions never change, add a new one.`,
        [{ code: "taken", path: "version", message: "Already taken." }],
      );
    }
    const id = newId();
    await c.env.DB.batch([
      statement(
        c.env.DB,
        db.insert(instruments).values({ id, key: def.key, version: def.version, definition: def, networkId }),
      ),
      auditStatement(c.env.DB, p, {
        action: "instrument.create",
        networkId,
        targetType: "instrument",
        targetId: id,
      }),
    ]);
    const list = await listInstruments(db, c.env.DB, networkId);
    return c.json(list.find((i) => i.id === id) as (typeof list)[number], 201);
  })
  .openapi(routes.get, async (c) => {
    const p = requireUser(c);
    const { instrumentId } = c.req.valid("param");
    const db = getDb(c.env.DB);
    if (instrumentId === BUILTIN_INSTRUMENT_ID) await ensureBuiltinStatement(c.env.DB).run();
    const row = await db.select().from(instruments).where(eq(instruments.id, instrumentId)).get();
    if (!row || (row.networkId && !p.grants.some((g) => g.networkId === row.networkId)))
      throw notFound("Instrument");
    return c.json(row.definition as InstrumentDefinition, 200);
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
    const input = c.req.valid("json");
    const set = await addReferenceSet(c, p, networkId, input);
    if (input.activate) await bumpRounds(c.env.DB, networkId).run();
    forgetRoundMeta();
    return c.json(set, 201);
  })
  .openapi(routes.importReferenceSet, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const q = c.req.valid("query");
    const parsed = parseReferenceCsv(await c.req.text());
    if (!parsed.ok) throw new Problem(422, "The CSV file is not a valid reference set.", parsed.errors);
    const set = await addReferenceSet(c, p, networkId, {
      instrumentId: q.instrumentId,
      name: q.name,
      ...parsed.value,
      activate: q.activate === "true",
    });
    if (q.activate === "true") await bumpRounds(c.env.DB, networkId).run();
    forgetRoundMeta();
    return c.json(set, 201);
  })
  .openapi(routes.activateReferenceSet, async (c) => {
    const p = requireUser(c);
    const { networkId } = c.req.valid("param");
    assertCoordinator(p, networkId);
    const { referenceSetId } = c.req.valid("json");
    const db = getDb(c.env.DB);
    const set = (await listReferenceSets(db, networkId)).find((r) => r.id === referenceSetId);
    if (!set)
      throw new Problem(422, "Unknown reference set.", [
        { code: "unknown", path: "referenceSetId", message: "No such set here." },
      ]);
    await c.env.DB.batch([
      activateStatement(c.env.DB, networkId, set.instrumentId, set.id),
      bumpRounds(c.env.DB, networkId),
      auditStatement(c.env.DB, p, {
        action: "reference-set.activate",
        networkId,
        targetType: "reference-set",
        targetId: set.id,
      }),
    ]);
    forgetRoundMeta();
    return c.json({ ...set, active: true }, 200);
  });
