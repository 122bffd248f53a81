import { eq } from "drizzle-orm";
import type { Me } from "../../../shared/schemas/auth.ts";
import type { Db } from "../../db/client.ts";
import { centres, memberships, networks, users } from "../../db/schema.ts";
import { notFound } from "../../lib/problem.ts";

/** The account of an email address, if any (sign-in checks its password and whether it is disabled). */
export function userByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export async function describeUser(db: Db, userId: string): Promise<Me> {
  const [user, rows] = await Promise.all([
    db.select().from(users).where(eq(users.id, userId)).get(),
    db
      .select({
        networkId: memberships.networkId,
        networkName: networks.name,
        centreId: memberships.centreId,
        centreName: centres.name,
        role: memberships.role,
      })
      .from(memberships)
      .innerJoin(networks, eq(networks.id, memberships.networkId))
      .leftJoin(centres, eq(centres.id, memberships.centreId))
      .where(eq(memberships.userId, userId)),
  ]);
  if (!user) throw notFound("User");
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, memberships: rows };
}
