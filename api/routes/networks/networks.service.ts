import { eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Network, networkCreateSchema, networkUpdateSchema } from "../../../shared/schemas/network.ts";
import { type Db, getDb } from "../../db/client.ts";
import { memberships, networks } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { bestRole, grantsIn, type UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { notFound } from "../../lib/problem.ts";
import { bumpNetworkRounds, forgetRoundMeta } from "../../lib/round-meta.ts";
import { newResearchKey } from "../research/response-pseudonym.ts";

type NetworkRow = typeof networks.$inferSelect;

export const toNetwork = (row: NetworkRow, p: UserPrincipal): Network => ({
  id: row.id,
  name: row.name,
  minGroupSize: row.minGroupSize,
  freeTextMinGroupSize: row.freeTextMinGroupSize,
  meaningfulDifference: row.meaningfulDifference,
  lightComparison: row.lightComparison,
  minCentresForBenchmark: row.minCentresForBenchmark,
  role: bestRole(grantsIn(p, row.id)),
  createdAt: row.createdAt,
});

export async function listNetworks(db: Db, p: UserPrincipal): Promise<Network[]> {
  const ids = [...new Set(p.grants.map((g) => g.networkId))];
  if (ids.length === 0) return [];
  const rows = await db.select().from(networks).where(inArray(networks.id, ids)).orderBy(networks.name);
  return rows.map((r) => toNetwork(r, p));
}

export async function getNetworkRow(db: Db, networkId: string): Promise<NetworkRow> {
  const row = await db.select().from(networks).where(eq(networks.id, networkId)).get();
  if (!row) throw notFound("Network");
  return row;
}

export async function createNetwork(
  d1: D1Database,
  p: UserPrincipal,
  input: z.infer<typeof networkCreateSchema>,
): Promise<string> {
  const id = newId();
  const db = getDb(d1);
  await d1.batch([
    statement(
      d1,
      db.insert(networks).values({
        id,
        name: input.name,
        minGroupSize: input.minGroupSize ?? 5,
        freeTextMinGroupSize: input.freeTextMinGroupSize ?? 10,
        meaningfulDifference: input.meaningfulDifference ?? 5,
        lightComparison: input.lightComparison ?? "network",
        minCentresForBenchmark: input.minCentresForBenchmark ?? 3,
        researchKey: newResearchKey(),
      }),
    ),
    statement(
      d1,
      db.insert(memberships).values({ id: newId(), userId: p.userId, networkId: id, role: "coordinator" }),
    ),
    auditStatement(d1, p, { action: "network.create", networkId: id, targetType: "network", targetId: id }),
  ]);
  return id;
}

/**
 * Every setting but the name changes what the round outputs show: a new data version for every
 * round makes every cached report, overview and export key new, so none outlives the change.
 */
export async function updateNetwork(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  input: z.infer<typeof networkUpdateSchema>,
): Promise<void> {
  const db = getDb(d1);
  const { name: _name, ...settings } = input;
  const bump = Object.keys(settings).length > 0;
  await d1.batch([
    statement(d1, db.update(networks).set(input).where(eq(networks.id, networkId))),
    ...(bump ? [bumpNetworkRounds(d1, networkId)] : []),
    auditStatement(d1, p, { action: "network.update", networkId, detail: input }),
  ]);
  if (bump) forgetRoundMeta();
}
