import { and, eq, isNull, or, sql } from "drizzle-orm";
import {
  builtinInstrument,
  type InstrumentDefinition,
  instrumentDefinitionSchema,
} from "../../../shared/instrument/index.ts";
import { type Db, getDb } from "../../db/client.ts";
import { instruments, rounds } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { BUILTIN_INSTRUMENT_ID } from "./instrument-id.ts";

export { BUILTIN_INSTRUMENT_ID };

/**
 * The built-in instrument lives in shared/ (the SPA scores previews with it); its row is written on
 * first use so that rounds can reference it like any uploaded version.
 */
export function ensureBuiltinStatement(d1: D1Database): D1PreparedStatement {
  return d1
    .prepare(
      "INSERT OR IGNORE INTO instruments (id, key, version, definition, built_in) VALUES (?, ?, ?, ?, 1)",
    )
    .bind(
      BUILTIN_INSTRUMENT_ID,
      builtinInstrument.key,
      builtinInstrument.version,
      JSON.stringify(builtinInstrument),
    );
}

/** An instrument the network may use: built in, or uploaded by this network. */
export async function assertUsableInstrument(db: Db, networkId: string, instrumentId: string): Promise<void> {
  if (instrumentId === BUILTIN_INSTRUMENT_ID) return;
  const row = await db
    .select({ id: instruments.id })
    .from(instruments)
    .where(
      and(
        eq(instruments.id, instrumentId),
        or(isNull(instruments.networkId), eq(instruments.networkId, networkId)),
      ),
    )
    .get();
  if (!row)
    throw new Problem(422, "Unknown instrument.", [
      { code: "unknown", path: "instrumentId", message: "No such instrument for this network." },
    ]);
}

const definitions = new Map<string, InstrumentDefinition>();

/** Instrument definitions are immutable once used, so one parse per isolate is enough. */
export async function loadInstrument(d1: D1Database, instrumentId: string): Promise<InstrumentDefinition> {
  const cached = definitions.get(instrumentId);
  if (cached) return cached;
  const row = await d1
    .prepare("SELECT definition FROM instruments WHERE id = ?")
    .bind(instrumentId)
    .first<{ definition: string }>();
  if (!row) throw notFound("Instrument");
  const def = instrumentDefinitionSchema.parse(JSON.parse(row.definition));
  definitions.set(instrumentId, def);
  return def;
}

/** The built-in instrument and the network's own versions, each saying whether a round has used it. */
export async function listInstruments(d1: D1Database, networkId: string) {
  await ensureBuiltinStatement(d1).run();
  const rows = await getDb(d1)
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

/** A new version of an instrument (409 when that key and version exist: versions never change). */
export async function createInstrument(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  def: InstrumentDefinition,
): Promise<string> {
  const db = getDb(d1);
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
  await d1.batch([
    statement(
      d1,
      db.insert(instruments).values({ id, key: def.key, version: def.version, definition: def, networkId }),
    ),
    auditStatement(d1, p, { action: "instrument.create", networkId, targetType: "instrument", targetId: id }),
  ]);
  return id;
}

/** An instrument's definition, if built in or of one of the caller's networks (else 404). */
export async function instrumentFor(
  d1: D1Database,
  p: UserPrincipal,
  instrumentId: string,
): Promise<InstrumentDefinition> {
  if (instrumentId === BUILTIN_INSTRUMENT_ID) await ensureBuiltinStatement(d1).run();
  const row = await getDb(d1).select().from(instruments).where(eq(instruments.id, instrumentId)).get();
  if (!row || (row.networkId && !p.grants.some((g) => g.networkId === row.networkId)))
    throw notFound("Instrument");
  return row.definition as InstrumentDefinition;
}

/** The instrument row, if the network may use it (built in, or its own); else null. */
export async function usableInstrument(db: Db, networkId: string, instrumentId: string) {
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
