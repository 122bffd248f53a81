import { and, asc, count, eq, ne } from "drizzle-orm";
import { todayIso } from "../../../shared/dates.ts";
import type { Centre, Team } from "../../../shared/schemas/centre.ts";
import type { SupportText, SupportTextUpdate } from "../../../shared/schemas/support-text.ts";
import type { Db } from "../../db/client.ts";
import { centres, teams } from "../../db/schema.ts";
import { canSeeCentre, type UserPrincipal } from "../../lib/access.ts";
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
