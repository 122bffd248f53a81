import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Membership, membershipCreateSchema } from "../../../shared/schemas/membership.ts";
import type { Db } from "../../db/client.ts";
import { memberships, users } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { hashPassword } from "../../lib/password.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { markUserChanged } from "../../lib/session-renewals.ts";
import { getCentreRow } from "../centres/centres.service.ts";

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

export async function addMembership(
  d1: D1Database,
  db: Db,
  p: UserPrincipal,
  networkId: string,
  input: z.infer<typeof membershipCreateSchema>,
): Promise<string> {
  if (input.centreId) {
    const centre = await getCentreRow(db, input.centreId).catch(() => null);
    if (!centre || centre.networkId !== networkId) {
      throw new Problem(422, "The centre is not in this network.", [
        { path: "centreId", message: "Unknown centre." },
      ]);
    }
  }
  const existing = await db.select().from(users).where(eq(users.email, input.email)).get();
  const writes: D1PreparedStatement[] = [];
  let userId = existing?.id;
  if (!userId) {
    const missing = [
      !input.password && { path: "password", message: "A new account needs a password." },
      !input.name && { path: "name", message: "A new account needs a name." },
    ].filter((e): e is { path: string; message: string } => !!e);
    if (missing.length) throw new Problem(422, "There is no account with that email yet.", missing);
    userId = newId();
    const pw = await hashPassword(input.password as string);
    writes.push(
      statement(
        d1,
        db.insert(users).values({
          id: userId,
          email: input.email,
          name: input.name as string,
          passwordHash: pw.hash,
          passwordSalt: pw.salt,
          passwordIterations: pw.iterations,
        }),
      ),
    );
  } else {
    const same = await db
      .select({ id: memberships.id, centreId: memberships.centreId })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, userId),
          eq(memberships.networkId, networkId),
          eq(memberships.role, input.role),
        ),
      )
      .all();
    if (same.some((m) => (m.centreId ?? null) === (input.centreId ?? null))) {
      throw new Problem(409, "That person already has this role here.");
    }
  }
  const id = newId();
  writes.push(
    statement(
      d1,
      db
        .insert(memberships)
        .values({ id, userId, networkId, role: input.role, centreId: input.centreId ?? null }),
    ),
    auditStatement(d1, p, {
      action: "membership.create",
      networkId,
      targetType: "membership",
      targetId: id,
      detail: { email: input.email, role: input.role, centreId: input.centreId ?? null },
    }),
  );
  await d1.batch(writes);
  return id;
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
