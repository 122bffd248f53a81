import { and, asc, count, eq, ne } from "drizzle-orm";
import { todayIso } from "../../../shared/dates.ts";
import type { Centre, Team } from "../../../shared/schemas/centre.ts";
import type { SupportText, SupportTextUpdate } from "../../../shared/schemas/support-text.ts";
import { type Db, getDb } from "../../db/client.ts";
import { centres, teams } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { canSeeCentre, type UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { notFound, Problem } from "../../lib/problem.ts";

export type CentreRow = typeof centres.$inferSelect;
export type TeamRow = typeof teams.$inferSelect;

export function toCentre(row: CentreRow, p: UserPrincipal): Centre {
  const today = todayIso();
  return {
    id: row.id,
    networkId: row.networkId,
    name: canSeeCentre(p, row.networkId, row.id) ? row.name : null,
    pseudonym: row.pseudonym,
    joinedOn: row.joinedOn,
    leftOn: row.leftOn,
    active: !row.leftOn || row.leftOn > today,
  };
}

export const toTeam = (row: TeamRow): Team => ({
  id: row.id,
  centreId: row.centreId,
  name: row.name,
  pseudonym: row.pseudonym,
  archivedOn: row.archivedOn,
});

export async function getCentreRow(db: Db, centreId: string): Promise<CentreRow> {
  const row = await db.select().from(centres).where(eq(centres.id, centreId)).get();
  if (!row) throw notFound("Centre");
  return row;
}

export async function getTeamRow(db: Db, teamId: string): Promise<TeamRow & { networkId: string }> {
  const row = await db
    .select({ team: teams, networkId: centres.networkId })
    .from(teams)
    .innerJoin(centres, eq(centres.id, teams.centreId))
    .where(eq(teams.id, teamId))
    .get();
  if (!row) throw notFound("Team");
  return { ...row.team, networkId: row.networkId };
}

export async function listCentreRows(db: Db, networkId: string): Promise<CentreRow[]> {
  return db.select().from(centres).where(eq(centres.networkId, networkId)).orderBy(asc(centres.pseudonym));
}

/** Next pseudonym in a sequence like C01, C02 …: stable, never reused, says nothing about the name. */
export function nextPseudonym(prefix: string, taken: number): string {
  return `${prefix}${String(taken + 1).padStart(2, "0")}`;
}

export async function centreCount(db: Db, networkId: string): Promise<number> {
  const row = await db.select({ n: count() }).from(centres).where(eq(centres.networkId, networkId)).get();
  return row?.n ?? 0;
}

export async function teamCount(db: Db, centreId: string): Promise<number> {
  const row = await db.select({ n: count() }).from(teams).where(eq(teams.centreId, centreId)).get();
  return row?.n ?? 0;
}

export async function assertCentreNameFree(db: Db, networkId: string, name: string, except?: string) {
  const clash = await db
    .select({ id: centres.id })
    .from(centres)
    .where(
      and(
        eq(centres.networkId, networkId),
        eq(centres.name, name),
        except ? ne(centres.id, except) : undefined,
      ),
    )
    .get();
  if (clash)
    throw new Problem(409, `The network already has a centre called "${name}".`, [
      { code: "taken", path: "name", message: "Already taken." },
    ]);
}

export async function assertTeamNameFree(db: Db, centreId: string, name: string, except?: string) {
  const clash = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.centreId, centreId), eq(teams.name, name), except ? ne(teams.id, except) : undefined))
    .get();
  if (clash)
    throw new Problem(409, `The centre already has a team called "${name}".`, [
      { code: "taken", path: "name", message: "Already taken." },
    ]);
}

/** The centre's own support line per language; null where the default is shown. */
export const toSupportText = (row: CentreRow): SupportText => ({
  da: row.supportTextDa,
  en: row.supportTextEn,
});

/** Blank is the default: stored as null, so "not set" has one spelling. */
export const supportTextValues = (input: SupportTextUpdate) => ({
  supportTextDa: input.da?.trim() || null,
  supportTextEn: input.en?.trim() || null,
});

export async function listTeamRows(db: Db, centreId: string): Promise<TeamRow[]> {
  return db.select().from(teams).where(eq(teams.centreId, centreId)).orderBy(asc(teams.name));
}

/** A centre of the network under the next pseudonym (409 when the name is taken). Returns its id. */
export async function createCentre(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  input: { name: string; joinedOn?: string | null },
): Promise<string> {
  const db = getDb(d1);
  await assertCentreNameFree(db, networkId, input.name);
  const id = newId();
  const pseudonym = nextPseudonym("C", await centreCount(db, networkId));
  await d1.batch([
    statement(
      d1,
      db.insert(centres).values({ id, networkId, name: input.name, pseudonym, joinedOn: input.joinedOn }),
    ),
    auditStatement(d1, p, { action: "centre.create", networkId, targetType: "centre", targetId: id }),
  ]);
  return id;
}

/** Name and dates of a centre; a leaving date is audited as the centre leaving. */
export async function updateCentre(
  d1: D1Database,
  p: UserPrincipal,
  row: CentreRow,
  input: Partial<Pick<CentreRow, "name" | "joinedOn" | "leftOn">>,
): Promise<void> {
  const db = getDb(d1);
  if (input.name) await assertCentreNameFree(db, row.networkId, input.name, row.id);
  await d1.batch([
    statement(d1, db.update(centres).set(input).where(eq(centres.id, row.id))),
    auditStatement(d1, p, {
      action: input.leftOn ? "centre.leave" : "centre.update",
      networkId: row.networkId,
      targetType: "centre",
      targetId: row.id,
      detail: input,
    }),
  ]);
}

export async function updateSupportText(
  d1: D1Database,
  p: UserPrincipal,
  row: CentreRow,
  values: Partial<CentreRow>,
): Promise<void> {
  await d1.batch([
    statement(d1, getDb(d1).update(centres).set(values).where(eq(centres.id, row.id))),
    auditStatement(d1, p, {
      action: "centre.support-text",
      networkId: row.networkId,
      targetType: "centre",
      targetId: row.id,
    }),
  ]);
}

/** A team of the centre under the next pseudonym (409 when the name is taken). Returns its id. */
export async function createTeam(
  d1: D1Database,
  p: UserPrincipal,
  centre: CentreRow,
  name: string,
): Promise<string> {
  const db = getDb(d1);
  await assertTeamNameFree(db, centre.id, name);
  const id = newId();
  const pseudonym = nextPseudonym("T", await teamCount(db, centre.id));
  await d1.batch([
    statement(d1, db.insert(teams).values({ id, centreId: centre.id, name, pseudonym })),
    auditStatement(d1, p, {
      action: "team.create",
      networkId: centre.networkId,
      targetType: "team",
      targetId: id,
    }),
  ]);
  return id;
}

export async function updateTeam(
  d1: D1Database,
  p: UserPrincipal,
  team: TeamRow & { networkId: string },
  input: Partial<Pick<TeamRow, "name" | "archivedOn">>,
): Promise<void> {
  const db = getDb(d1);
  if (input.name) await assertTeamNameFree(db, team.centreId, input.name, team.id);
  await d1.batch([
    statement(d1, db.update(teams).set(input).where(eq(teams.id, team.id))),
    auditStatement(d1, p, {
      action: "team.update",
      networkId: team.networkId,
      targetType: "team",
      targetId: team.id,
      detail: input,
    }),
  ]);
}
