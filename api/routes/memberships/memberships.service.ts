import { and, asc, eq } from "drizzle-orm";
import type { Membership } from "../../../shared/schemas/membership.ts";
import type { Db } from "../../db/client.ts";
import { memberships, users } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { markUserChanged } from "../../lib/session-renewals.ts";

const columns = {
  id: memberships.id,
  userId: memberships.userId,
  email: users.email,
  name: users.name,
  role: memberships.role,
  centreId: memberships.centreId,
  createdAt: memberships.createdAt,
};

export async function listMemberships(db: Db, networkId: string): Promise<Membership[]> {
  return db
    .select(columns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.networkId, networkId))
    .orderBy(asc(memberships.role), asc(users.email));
}

export async function getMembership(db: Db, id: string) {
  const row = await db
    .select({ ...columns, networkId: memberships.networkId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.id, id))
    .get();
  if (!row) throw notFound("Membership");
  return row;
}

export async function removeMembership(
  d1: D1Database,
  db: Db,
  p: UserPrincipal,
  id: string,
  networkId: string,
) {
  const m = await getMembership(db, id);
  if (m.role === "coordinator") {
    const coordinators = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.networkId, networkId), eq(memberships.role, "coordinator")))
      .all();
    if (coordinators.length <= 1) throw new Problem(409, "A network needs at least one coordinator.");
  }
  await d1.batch([
    statement(d1, db.delete(memberships).where(eq(memberships.id, id))),
    auditStatement(d1, p, {
      action: "membership.delete",
      networkId,
      targetType: "membership",
      targetId: id,
      detail: { email: m.email, role: m.role, centreId: m.centreId },
    }),
  ]);
  // Elsewhere the removed person's reads stop when their token next renews (TOKEN_SECONDS).
  markUserChanged(m.userId, Math.floor(Date.now() / 1000));
}
