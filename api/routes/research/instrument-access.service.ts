/** Who may read an instrument's codebook: the built-in one anyone signed in; others their network. */
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client.ts";
import { instruments, rounds } from "../../db/schema.ts";
import type { Principal } from "../../lib/principal.ts";
import { notFound } from "../../lib/problem.ts";
import { BUILTIN_INSTRUMENT_ID, ensureBuiltinStatement } from "../instruments/instruments.service.ts";

/** Passes when the caller may read the instrument; 404 otherwise (its existence stays hidden). */
export async function assertInstrumentVisible(d1: D1Database, p: Principal, instrumentId: string) {
  if (instrumentId === BUILTIN_INSTRUMENT_ID) await ensureBuiltinStatement(d1).run();
  const db = getDb(d1);
  const row = await db
    .select({ id: instruments.id, networkId: instruments.networkId })
    .from(instruments)
    .where(eq(instruments.id, instrumentId))
    .get();
  if (!row) throw notFound("Instrument");
  if (!row.networkId) return;
  const networkId = p.kind === "token" ? p.networkId : null;
  if (p.kind === "user" && p.grants.some((g) => g.networkId === row.networkId)) return;
  if (networkId === row.networkId) return;
  // A token may also read an instrument its network's rounds use.
  if (networkId) {
    const used = await db
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.instrumentId, instrumentId), eq(rounds.networkId, networkId)))
      .get();
    if (used) return;
  }
  throw notFound("Instrument");
}
