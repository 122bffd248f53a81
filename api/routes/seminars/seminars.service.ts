import { and, asc, eq } from "drizzle-orm";
import type { Contribution, Seminar, SeminarDetail } from "../../../shared/schemas/seminar.ts";
import type { Db } from "../../db/client.ts";
import { centres, seminars } from "../../db/schema.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { stringArray } from "../../lib/json-columns.ts";
import { notFound } from "../../lib/problem.ts";
import { type CentreFacts, centreRef, isOwnCentre } from "./visibility.ts";

export type SeminarRow = typeof seminars.$inferSelect;

interface ContributionRow {
  id: string;
  seminar_id: string;
  centre_id: string;
  centre_name: string;
  centre_pseudonym: string;
  kind: Contribution["kind"];
  text: string;
  theme_key: string | null;
  scale_keys: string | null;
  created_at: string;
}

interface ParticipationRow {
  seminar_id: string;
  centre_id: string;
  centre_name: string;
  centre_pseudonym: string;
  n: number;
}

const contributionColumns = `sc.id, sc.seminar_id, sc.centre_id, c.name AS centre_name, c.pseudonym AS centre_pseudonym,
  sc.kind, sc.text, sc.theme_key, sc.scale_keys, sc.created_at`;
// Presented, requested, took home; within a kind, in the order recorded.
const contributionOrder = `CASE sc.kind WHEN 'presented' THEN 0 WHEN 'requested' THEN 1 ELSE 2 END, sc.created_at, sc.rowid`;

export async function getSeminarRow(db: Db, seminarId: string): Promise<SeminarRow> {
  const row = await db.select().from(seminars).where(eq(seminars.id, seminarId)).get();
  if (!row) throw notFound("Seminar");
  return row;
}

const facts = (r: { centre_id: string; centre_name: string; centre_pseudonym: string }): CentreFacts => ({
  id: r.centre_id,
  name: r.centre_name,
  pseudonym: r.centre_pseudonym,
});

export function toContribution(row: ContributionRow, p: UserPrincipal, networkId: string): Contribution {
  return {
    id: row.id,
    seminarId: row.seminar_id,
    centre: centreRef(p, networkId, facts(row)),
    ownCentre: isOwnCentre(p, networkId, row.centre_id),
    kind: row.kind,
    text: row.text,
    themeKey: row.theme_key,
    scaleKeys: stringArray(row.scale_keys),
    createdAt: row.created_at,
  };
}

function toSeminar(row: SeminarRow, parts: ParticipationRow[], p: UserPrincipal): Seminar {
  return {
    id: row.id,
    networkId: row.networkId,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    place: row.place,
    purpose: row.purpose,
    agenda: row.agenda,
    participantCount: parts.length,
    participants: parts.flatMap((part) => centreRef(p, row.networkId, facts(part)) ?? []),
    contributionCount: parts.reduce((sum, part) => sum + part.n, 0),
    createdAt: row.createdAt,
  };
}

export async function listSeminars(
  d1: D1Database,
  db: Db,
  p: UserPrincipal,
  networkId: string,
): Promise<Seminar[]> {
  const [rows, parts] = await Promise.all([
    db
      .select()
      .from(seminars)
      .where(eq(seminars.networkId, networkId))
      .orderBy(asc(seminars.startsOn), asc(seminars.createdAt)),
    d1
      .prepare(
        // Taking part: listed as a participant, or having recorded anything.
        `SELECT x.seminar_id, c.id AS centre_id, c.name AS centre_name, c.pseudonym AS centre_pseudonym, SUM(x.n) AS n
         FROM (SELECT seminar_id, centre_id, 1 AS n FROM seminar_contributions
               UNION ALL SELECT seminar_id, centre_id, 0 AS n FROM seminar_centres) x
         JOIN seminars s ON s.id = x.seminar_id
         JOIN centres c ON c.id = x.centre_id
         WHERE s.network_id = ?
         GROUP BY x.seminar_id, c.id
         ORDER BY c.pseudonym`,
      )
      .bind(networkId)
      .all<ParticipationRow>(),
  ]);
  return rows.map((row) =>
    toSeminar(
      row,
      parts.results.filter((part) => part.seminar_id === row.id),
      p,
    ),
  );
}

export async function getSeminarDetail(
  d1: D1Database,
  db: Db,
  p: UserPrincipal,
  seminarId: string,
): Promise<SeminarDetail> {
  const [row, listed, contributions] = await Promise.all([
    getSeminarRow(db, seminarId),
    d1
      .prepare(
        `SELECT c.id AS centre_id, c.name AS centre_name, c.pseudonym AS centre_pseudonym FROM seminar_centres sc
         JOIN centres c ON c.id = sc.centre_id WHERE sc.seminar_id = ?`,
      )
      .bind(seminarId)
      .all<Omit<ParticipationRow, "seminar_id" | "n">>(),
    d1
      .prepare(
        `SELECT ${contributionColumns} FROM seminar_contributions sc JOIN centres c ON c.id = sc.centre_id
         WHERE sc.seminar_id = ? ORDER BY ${contributionOrder}`,
      )
      .bind(seminarId)
      .all<ContributionRow>(),
  ]);
  const parts = new Map<string, ParticipationRow>();
  for (const c of listed.results) parts.set(c.centre_id, { ...c, seminar_id: seminarId, n: 0 });
  for (const c of contributions.results) {
    const part = parts.get(c.centre_id) ?? { ...c, n: 0 };
    part.n += 1;
    parts.set(c.centre_id, part);
  }
  const ordered = [...parts.values()].sort((a, b) => a.centre_pseudonym.localeCompare(b.centre_pseudonym));
  return {
    ...toSeminar(row, ordered, p),
    contributions: contributions.results.map((c) => toContribution(c, p, row.networkId)),
  };
}

export async function getContributionRow(
  d1: D1Database,
  seminarId: string,
  contributionId: string,
): Promise<ContributionRow> {
  const row = await d1
    .prepare(
      `SELECT ${contributionColumns} FROM seminar_contributions sc JOIN centres c ON c.id = sc.centre_id
       WHERE sc.id = ? AND sc.seminar_id = ?`,
    )
    .bind(contributionId, seminarId)
    .first<ContributionRow>();
  if (!row) throw notFound("Contribution");
  return row;
}

export async function centreInNetwork(db: Db, networkId: string, centreId: string): Promise<boolean> {
  const row = await db
    .select({ id: centres.id })
    .from(centres)
    .where(and(eq(centres.id, centreId), eq(centres.networkId, networkId)))
    .get();
  return Boolean(row);
}
