/**
 * What a report request needs to know about its round before anything else: network, status and
 * data version. Kept in isolate memory for a few seconds so that a warm report read does no D1
 * query at all (reports are read far more often than written). A late change bumps
 * `data_version`; other isolates see it within META_TTL_MS.
 */
import { eq, sql } from "drizzle-orm";
import { getDb } from "../db/client.ts";
import { rounds } from "../db/schema.ts";
import { statement } from "../db/statement.ts";

export interface RoundMeta {
  id: string;
  networkId: string;
  label: string;
  opensOn: string;
  instrumentId: string;
  status: "draft" | "open" | "closed" | "published";
  dataVersion: number;
  /** The minimum group size the round's figures were shown with (null before its first close). */
  minGroupSize: number | null;
}

export const META_TTL_MS = 10_000;
const metas = new Map<string, { meta: RoundMeta | null; at: number }>();

export async function roundMeta(d1: D1Database, roundId: string): Promise<RoundMeta | null> {
  const hit = metas.get(roundId);
  if (hit && Date.now() - hit.at < META_TTL_MS) return hit.meta;
  const meta = await d1
    .prepare(
      `SELECT id, network_id AS networkId, label, opens_on AS opensOn, instrument_id AS instrumentId, status,
              data_version AS dataVersion, min_group_size AS minGroupSize FROM rounds WHERE id = ?`,
    )
    .bind(roundId)
    .first<RoundMeta>();
  if (metas.size > 5000) metas.clear();
  metas.set(roundId, { meta, at: Date.now() });
  return meta;
}

/** After a write in this isolate, forget what we knew, so this isolate at least is never stale. */
export function forgetRoundMeta(roundId?: string) {
  if (roundId) metas.delete(roundId);
  else metas.clear();
}

/**
 * A new data version for every round of the network, for a change that alters what their outputs
 * show (a setting, the reference set): every cached report, overview and export key is new then.
 * Call {@link forgetRoundMeta} once the batch holding it has run.
 */
export function bumpNetworkRounds(d1: D1Database, networkId: string): D1PreparedStatement {
  return statement(
    d1,
    getDb(d1)
      .update(rounds)
      .set({ dataVersion: sql`${rounds.dataVersion} + 1` })
      .where(eq(rounds.networkId, networkId)),
  );
}
