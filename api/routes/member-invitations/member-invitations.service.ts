/**
 * One-time links that bring people into a network (`join`) or let a member set a new password
 * (`reset`). The coordinator gets the link once and passes it on; only its hash is stored. Nobody
 * but the person themself ever chooses their password, and the coordinator's answer is the same
 * whether or not an account exists for the email.
 */
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { z } from "zod";
import type {
  InvitationLookup,
  invitationAcceptSchema,
  MemberInvitation,
  MemberInvitationIssued,
  memberInvitationCreateSchema,
} from "../../../shared/schemas/membership.ts";
import type { Db } from "../../db/client.ts";
import { centres, memberInvitations, memberships, networks, sessions, users } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { bytesToHex, newId, nowIso, sha256Hex } from "../../lib/ids.ts";
import { hashPassword } from "../../lib/password.ts";
import { type FieldError, notFound, Problem } from "../../lib/problem.ts";
import { markUserChanged } from "../../lib/session-renewals.ts";
import { getCentreRow } from "../centres/centres.service.ts";

/** Long enough to reach someone on holiday; a reset is for now. */
const JOIN_DAYS = 14;
const RESET_HOURS = 48;

const publicColumns = {
  id: memberInvitations.id,
  kind: memberInvitations.kind,
  email: memberInvitations.email,
  role: memberInvitations.role,
  centreId: memberInvitations.centreId,
  expiresAt: memberInvitations.expiresAt,
  createdAt: memberInvitations.createdAt,
};

/** Unused, not revoked, not expired. */
const live = () =>
  and(
    isNull(memberInvitations.usedAt),
    isNull(memberInvitations.revokedAt),
    gt(memberInvitations.expiresAt, nowIso()),
  );

/** 192 random bits as hex: unguessable, and safe in a URL path. */
const newToken = () => bytesToHex(crypto.getRandomValues(new Uint8Array(24)));

export async function listPendingInvitations(db: Db, networkId: string): Promise<MemberInvitation[]> {
  return db
    .select(publicColumns)
    .from(memberInvitations)
    .where(and(eq(memberInvitations.networkId, networkId), live()))
    .orderBy(memberInvitations.createdAt)
    .all();
}

export async function getInvitationRow(db: Db, id: string) {
  const row = await db.select().from(memberInvitations).where(eq(memberInvitations.id, id)).get();
  if (!row) throw notFound("Invitation");
  return row;
}

interface NewLink {
  networkId: string;
  kind: "join" | "reset";
  email: string;
  role: MemberInvitation["role"];
  centreId: string | null;
  userId: string | null;
  hours: number;
}

/** Writes a new link in one batch with its audit entry; an earlier live link for the same purpose ends. */
async function issue(
  d1: D1Database,
  db: Db,
  p: UserPrincipal,
  link: NewLink,
): Promise<MemberInvitationIssued> {
  const token = newToken();
  const id = newId();
  const createdAt = nowIso();
  const expiresAt = new Date(Date.now() + link.hours * 3600_000).toISOString();
  const samePurpose = and(
    eq(memberInvitations.networkId, link.networkId),
    eq(memberInvitations.kind, link.kind),
    eq(memberInvitations.email, link.email),
    live(),
  );
  await d1.batch([
    statement(d1, db.update(memberInvitations).set({ revokedAt: createdAt }).where(samePurpose)),
    statement(
      d1,
      db.insert(memberInvitations).values({
        id,
        networkId: link.networkId,
        kind: link.kind,
        email: link.email,
        role: link.role,
        centreId: link.centreId,
        userId: link.userId,
        tokenHash: await sha256Hex(token),
        createdBy: p.userId,
        expiresAt,
        createdAt,
      }),
    ),
    auditStatement(d1, p, {
      action: link.kind === "join" ? "member-invitation.create" : "password-reset.create",
      networkId: link.networkId,
      targetType: "member-invitation",
      targetId: id,
      detail: { email: link.email, role: link.role, centreId: link.centreId },
    }),
  ]);
  return {
    id,
    kind: link.kind,
    email: link.email,
    role: link.role,
    centreId: link.centreId,
    expiresAt,
    createdAt,
    token,
    path: `/account/${token}`,
  };
}

export async function inviteMember(
  d1: D1Database,
  db: Db,
  p: UserPrincipal,
  networkId: string,
  input: z.infer<typeof memberInvitationCreateSchema>,
): Promise<MemberInvitationIssued> {
  if (input.centreId) {
    const centre = await getCentreRow(db, input.centreId).catch(() => null);
    if (!centre || centre.networkId !== networkId) {
      throw new Problem(422, "The centre is not in this network.", [
        { code: "unknown", path: "centreId", message: "Unknown centre." },
      ]);
    }
  }
  // Only a role the person already holds here is refused: that is on the people list anyway, so
  // the answer tells the coordinator nothing about accounts elsewhere.
  const same = await db
    .select({ centreId: memberships.centreId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(users.email, input.email),
        eq(memberships.networkId, networkId),
        eq(memberships.role, input.role),
      ),
    )
    .all();
  if (same.some((m) => (m.centreId ?? null) === (input.centreId ?? null))) {
    throw new Problem(409, "That person already has this role here.");
  }
  return issue(d1, db, p, {
    networkId,
    kind: "join",
    email: input.email,
    role: input.role,
    centreId: input.centreId ?? null,
    userId: null,
    hours: JOIN_DAYS * 24,
  });
}

/**
 * A reset link for a member. Refused for a person who also belongs to a network the caller does
 * not coordinate: a coordinator must not be able to take over an account that reaches further
 * than their own network.
 */
export async function issuePasswordReset(
  d1: D1Database,
  db: Db,
  p: UserPrincipal,
  membership: { userId: string; email: string; networkId: string },
): Promise<MemberInvitationIssued> {
  const elsewhere = await db
    .select({ networkId: memberships.networkId })
    .from(memberships)
    .where(and(eq(memberships.userId, membership.userId), ne(memberships.networkId, membership.networkId)))
    .all();
  const coordinated = new Set(p.grants.filter((g) => g.role === "coordinator").map((g) => g.networkId));
  if (elsewhere.some((m) => !coordinated.has(m.networkId))) {
    throw new Problem(409, "This person also belongs to networks you do not coordinate.", [
      { code: "other-networks", path: "membershipId", message: "other-networks" },
    ]);
  }
  return issue(d1, db, p, {
    networkId: membership.networkId,
    kind: "reset",
    email: membership.email,
    role: null,
    centreId: null,
    userId: membership.userId,
    hours: RESET_HOURS,
  });
}

export async function revokeInvitation(d1: D1Database, db: Db, p: UserPrincipal, id: string): Promise<void> {
  const row = await getInvitationRow(db, id);
  await d1.batch([
    statement(
      d1,
      db
        .update(memberInvitations)
        .set({ revokedAt: nowIso() })
        .where(and(eq(memberInvitations.id, id), isNull(memberInvitations.revokedAt))),
    ),
    auditStatement(d1, p, {
      action: "member-invitation.revoke",
      networkId: row.networkId,
      targetType: "member-invitation",
      targetId: id,
    }),
  ]);
}

/** The live link behind a token, or 404: unknown, used, revoked and expired look the same. */
async function liveByToken(db: Db, token: string) {
  const row = await db
    .select()
    .from(memberInvitations)
    .where(and(eq(memberInvitations.tokenHash, await sha256Hex(token)), live()))
    .get();
  if (!row) throw new Problem(404, "This link is not valid (any more).");
  return row;
}

export async function lookupInvitation(db: Db, token: string): Promise<InvitationLookup> {
  const row = await liveByToken(db, token);
  const [network, centre] = await Promise.all([
    db.select({ name: networks.name }).from(networks).where(eq(networks.id, row.networkId)).get(),
    row.centreId
      ? db.select({ name: centres.name }).from(centres).where(eq(centres.id, row.centreId)).get()
      : undefined,
  ]);
  return {
    kind: row.kind,
    email: row.email,
    networkName: network?.name ?? "",
    role: row.role,
    centreName: centre?.name ?? null,
    expiresAt: row.expiresAt,
  };
}

export interface Accepted {
  kind: "join" | "reset";
  email: string;
  networkId: string;
}

/**
 * Uses a link. `join`: signed in as the invited email, the role is added; not signed in, a new
 * account is made with the name and password given (an existing account must sign in first).
 * `reset`: the password given replaces the old one and every session of the person ends.
 * The link is marked used in the same batch as the change; two uses racing each other cannot make a
 * second account (emails are unique) and at worst add the same role twice.
 */
export async function acceptInvitation(
  d1: D1Database,
  db: Db,
  caller: UserPrincipal | null,
  token: string,
  input: z.infer<typeof invitationAcceptSchema>,
): Promise<Accepted> {
  const row = await liveByToken(db, token);
  const now = nowIso();
  const markUsed = statement(
    d1,
    db
      .update(memberInvitations)
      .set({ usedAt: now })
      .where(and(eq(memberInvitations.id, row.id), isNull(memberInvitations.usedAt))),
  );
  const audit = (action: string, userId: string) =>
    auditStatement(
      d1,
      { kind: "user", userId, sessionId: "", grants: [] },
      { action, networkId: row.networkId, targetType: "member-invitation", targetId: row.id },
    );
  const done: Accepted = { kind: row.kind, email: row.email, networkId: row.networkId };

  if (row.kind === "reset") {
    if (!input.password) {
      throw new Problem(422, "Choose a new password.", [
        { code: "required", path: "password", message: "Required" },
      ]);
    }
    const userId = row.userId as string;
    const pw = await hashPassword(input.password);
    await d1.batch([
      markUsed,
      statement(
        d1,
        db
          .update(users)
          .set({ passwordHash: pw.hash, passwordSalt: pw.salt, passwordIterations: pw.iterations })
          .where(eq(users.id, userId)),
      ),
      statement(
        d1,
        db
          .update(sessions)
          .set({ revokedAt: now })
          .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt))),
      ),
      audit("password-reset.use", userId),
    ]);
    // Every old session ends: at once in this isolate, elsewhere at the next check of the row.
    markUserChanged(userId, Math.floor(Date.now() / 1000));
    return done;
  }

  const membership = (userId: string) =>
    statement(
      d1,
      db.insert(memberships).values({
        id: newId(),
        userId,
        networkId: row.networkId,
        role: row.role ?? "researcher",
        centreId: row.centreId,
      }),
    );

  if (caller) {
    const me = await db.select({ email: users.email }).from(users).where(eq(users.id, caller.userId)).get();
    if (me?.email !== row.email) {
      throw new Problem(403, "This link was made for another email address.", [
        { code: "other-account", path: "email", message: "other-account" },
      ]);
    }
    const has = await db
      .select({ id: memberships.id, centreId: memberships.centreId })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, caller.userId),
          eq(memberships.networkId, row.networkId),
          eq(memberships.role, row.role ?? "researcher"),
        ),
      )
      .all();
    const already = has.some((m) => (m.centreId ?? null) === (row.centreId ?? null));
    await d1.batch([
      markUsed,
      ...(already ? [] : [membership(caller.userId)]),
      audit("member-invitation.accept", caller.userId),
    ]);
    // The new role reaches the caller's session at its next request, not a minute later.
    markUserChanged(caller.userId, Math.floor(Date.now() / 1000));
    return done;
  }

  const missing = [
    !input.name && { code: "required", path: "name", message: "Required" },
    !input.password && { code: "required", path: "password", message: "Required" },
  ].filter((e): e is FieldError => !!e);
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, row.email)).get();
  if (existing) {
    // Only the holder of the link learns this, and they are the person it was made for.
    throw new Problem(409, "There is already an account for this email: sign in, then open the link again.", [
      { code: "sign-in-first", path: "email", message: "sign-in-first" },
    ]);
  }
  if (missing.length) throw new Problem(422, "Give your name and choose a password.", missing);
  const userId = newId();
  const pw = await hashPassword(input.password as string);
  await d1.batch([
    markUsed,
    statement(
      d1,
      db.insert(users).values({
        id: userId,
        email: row.email,
        name: input.name as string,
        passwordHash: pw.hash,
        passwordSalt: pw.salt,
        passwordIterations: pw.iterations,
      }),
    ),
    membership(userId),
    audit("member-invitation.accept", userId),
  ]);
  return done;
}
