/**
 * Reference sets: published figures a network compares its rounds with, one active per instrument.
 * Activating one changes what every round of the network shows, so it bumps their data versions.
 */
import { and, eq, isNull, or } from "drizzle-orm";
import type { InstrumentDefinition } from "../../../shared/instrument/index.ts";
import { bilingual } from "../../../shared/schemas/bilingual.ts";
import type { ReferenceSet } from "../../../shared/schemas/instrument.ts";
import { type Db, getDb } from "../../db/client.ts";
import { networkReferenceSets, referenceSets } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { Problem } from "../../lib/problem.ts";
import { bumpNetworkRounds, forgetRoundMeta } from "../../lib/round-meta.ts";
import { BUILTIN_INSTRUMENT_ID, ensureBuiltinStatement, usableInstrument } from "./instruments.service.ts";

export async function listReferenceSets(db: Db, networkId: string): Promise<ReferenceSet[]> {
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

/** Adds a set (and activates it when asked): 422 for an unknown instrument or scale. */
export async function addReferenceSet(
  d1: D1Database,
  p: UserPrincipal,
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
  if (input.activate) await bumpNetworkRounds(d1, networkId).run();
  forgetRoundMeta();
  const all = await listReferenceSets(db, networkId);
  return all.find((r) => r.id === id) as ReferenceSet;
}

function activateStatement(d1: D1Database, networkId: string, instrumentId: string, referenceSetId: string) {
  return statement(
    d1,
    getDb(d1)
      .insert(networkReferenceSets)
      .values({ networkId, instrumentId, referenceSetId })
      .onConflictDoUpdate({
        target: [networkReferenceSets.networkId, networkReferenceSets.instrumentId],
        set: { referenceSetId },
      }),
  );
}

/** Makes a set of the network the one its reports compare with (422 for a set not of it). */
export async function activateReferenceSet(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  referenceSetId: string,
): Promise<ReferenceSet> {
  const set = (await listReferenceSets(getDb(d1), networkId)).find((r) => r.id === referenceSetId);
  if (!set)
    throw new Problem(422, "Unknown reference set.", [
      { code: "unknown", path: "referenceSetId", message: "No such set here." },
    ]);
  await d1.batch([
    activateStatement(d1, networkId, set.instrumentId, set.id),
    bumpNetworkRounds(d1, networkId),
    auditStatement(d1, p, {
      action: "reference-set.activate",
      networkId,
      targetType: "reference-set",
      targetId: set.id,
    }),
  ]);
  forgetRoundMeta();
  return { ...set, active: true };
}
