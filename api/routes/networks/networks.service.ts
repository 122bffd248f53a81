import { eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Network, networkCreateSchema } from "../../../shared/schemas/network.ts";
import type { Db } from "../../db/client.ts";
import { networks } from "../../db/schema.ts";
import { bestRole, grantsIn, type UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { notFound } from "../../lib/problem.ts";
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
  await d1.batch([
    d1
      .prepare(
        `INSERT INTO networks (id, name, min_group_size, free_text_min_group_size, meaningful_difference, light_comparison,
           min_centres_for_benchmark, research_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        id,
        input.name,
        input.minGroupSize ?? 5,
        input.freeTextMinGroupSize ?? 10,
        input.meaningfulDifference ?? 5,
        input.lightComparison ?? "network",
        input.minCentresForBenchmark ?? 3,
        newResearchKey(),
      ),
    d1
      .prepare("INSERT INTO memberships (id, user_id, network_id, role) VALUES (?, ?, ?, 'coordinator')")
      .bind(newId(), p.userId, id),
    auditStatement(d1, p, { action: "network.create", networkId: id, targetType: "network", targetId: id }),
  ]);
  return id;
}
