import { and, eq, isNull, or } from "drizzle-orm";
import {
  builtinInstrument,
  type InstrumentDefinition,
  instrumentDefinitionSchema,
} from "../../../shared/instrument/index.ts";
import type { Db } from "../../db/client.ts";
import { instruments } from "../../db/schema.ts";
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
