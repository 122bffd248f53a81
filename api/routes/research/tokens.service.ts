import { and, desc, eq } from "drizzle-orm";
import { todayIso } from "../../../shared/dates.ts";
import type { Token, TokenCreate, TokenCreated } from "../../../shared/schemas/research.ts";
import type { Db } from "../../db/client.ts";
import { apiTokens } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId, nowIso, sha256Hex } from "../../lib/ids.ts";
import type { Principal } from "../../lib/principal.ts";
import { notFound, Problem } from "../../lib/problem.ts";

/** `amr_` and 256 random bits, base64url: recognisable in a leaked file, unguessable. */
export function newTokenValue(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const b64 = btoa(String.fromCharCode(...bytes));
  return `amr_${b64.replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "")}`;
}

function toToken(row: typeof apiTokens.$inferSelect): Token {
  return {
    id: row.id,
    networkId: row.networkId,
    name: row.name,
    expiresOn: row.expiresOn,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    createdAt: row.createdAt,
    active: !row.revokedAt && (!row.expiresOn || row.expiresOn >= todayIso()),
  };
}

export async function createToken(
  d1: D1Database,
  db: Db,
  who: Principal & { kind: "user" },
  networkId: string,
  input: TokenCreate,
): Promise<TokenCreated> {
  if (input.expiresOn && input.expiresOn < todayIso()) {
    throw new Problem(422, "The token would already have expired.", [
      { code: "not-before-today", path: "expiresOn", message: "Give today or a later date." },
    ]);
  }
  const id = newId();
  const token = newTokenValue();
  await d1.batch([
    statement(
      d1,
      db.insert(apiTokens).values({
        id,
        networkId,
        name: input.name,
        tokenHash: await sha256Hex(token),
        createdBy: who.userId,
        expiresOn: input.expiresOn ?? null,
      }),
    ),
    auditStatement(d1, who, {
      action: "token.create",
      networkId,
      targetType: "token",
      targetId: id,
      detail: { name: input.name, expiresOn: input.expiresOn ?? null },
    }),
  ]);
  return { id, token, name: input.name, expiresOn: input.expiresOn ?? null };
}

export async function listTokens(db: Db, networkId: string): Promise<Token[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.networkId, networkId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(toToken);
}

export async function revokeToken(
  d1: D1Database,
  db: Db,
  who: Principal,
  networkId: string,
  tokenId: string,
): Promise<void> {
  const row = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.networkId, networkId)))
    .get();
  if (!row) throw notFound("Token");
  if (row.revokedAt) return;
  await d1.batch([
    statement(d1, db.update(apiTokens).set({ revokedAt: nowIso() }).where(eq(apiTokens.id, tokenId))),
    auditStatement(d1, who, { action: "token.revoke", networkId, targetType: "token", targetId: tokenId }),
  ]);
}
