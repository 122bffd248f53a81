import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type {
  Contribution,
  contributionCreateSchema,
  contributionUpdateSchema,
  Seminar,
  SeminarDetail,
  seminarCreateSchema,
  seminarUpdateSchema,
} from "../../../shared/schemas/seminar.ts";
import { type Db, getDb } from "../../db/client.ts";
import { centres, practices, seminarCentres, seminarContributions, seminars } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { stringArray } from "../../lib/json-columns.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { assertNetworkCentres, participantStatements } from "./participants.ts";
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

/** A seminar of the network, with the centres taking part. Returns its id. */
export async function createSeminar(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  { centreIds, ...input }: z.infer<typeof seminarCreateSchema>,
): Promise<string> {
  const id = newId();
  if (centreIds) await assertNetworkCentres(d1, networkId, centreIds);
  await d1.batch([
    statement(
      d1,
      getDb(d1)
        .insert(seminars)
        .values({ id, networkId, ...input }),
    ),
    ...participantStatements(d1, id, centreIds),
    auditStatement(d1, p, { action: "seminar.create", networkId, targetType: "seminar", targetId: id }),
  ]);
  return id;
}

export async function updateSeminar(
  d1: D1Database,
  p: UserPrincipal,
  row: SeminarRow,
  { centreIds, ...input }: z.infer<typeof seminarUpdateSchema>,
): Promise<void> {
  const startsOn = input.startsOn ?? row.startsOn;
  const endsOn = input.endsOn === undefined ? row.endsOn : input.endsOn;
  if (endsOn && endsOn < startsOn) {
    throw new Problem(422, "The seminar cannot end before it starts.", [
      { code: "ends-before-starts", path: "endsOn", message: "Before the start date." },
    ]);
  }
  if (centreIds) await assertNetworkCentres(d1, row.networkId, centreIds);
  await d1.batch([
    ...(Object.keys(input).length
      ? [statement(d1, getDb(d1).update(seminars).set(input).where(eq(seminars.id, row.id)))]
      : []),
    ...participantStatements(d1, row.id, centreIds),
    auditStatement(d1, p, {
      action: "seminar.update",
      networkId: row.networkId,
      targetType: "seminar",
      targetId: row.id,
      detail: { ...input, centreIds },
    }),
  ]);
}

/** The seminar goes with its contributions and centres; practices citing it keep, uncited. */
export async function deleteSeminar(d1: D1Database, p: UserPrincipal, row: SeminarRow): Promise<void> {
  const db = getDb(d1);
  await d1.batch([
    statement(d1, db.delete(seminarContributions).where(eq(seminarContributions.seminarId, row.id))),
    statement(d1, db.delete(seminarCentres).where(eq(seminarCentres.seminarId, row.id))),
    statement(d1, db.update(practices).set({ seminarId: null }).where(eq(practices.seminarId, row.id))),
    statement(d1, db.delete(seminars).where(eq(seminars.id, row.id))),
    auditStatement(d1, p, {
      action: "seminar.delete",
      networkId: row.networkId,
      targetType: "seminar",
      targetId: row.id,
      detail: { title: row.title, startsOn: row.startsOn },
    }),
  ]);
}

export async function createContribution(
  d1: D1Database,
  p: UserPrincipal,
  seminar: SeminarRow,
  centreId: string,
  input: z.infer<typeof contributionCreateSchema>,
): Promise<string> {
  const id = newId();
  await d1.batch([
    statement(
      d1,
      getDb(d1)
        .insert(seminarContributions)
        .values({
          id,
          seminarId: seminar.id,
          centreId,
          kind: input.kind,
          text: input.text,
          themeKey: input.themeKey ?? null,
          scaleKeys: input.scaleKeys ?? [],
        }),
    ),
    auditStatement(d1, p, {
      action: "seminar.contribution.create",
      networkId: seminar.networkId,
      targetType: "seminar_contribution",
      targetId: id,
    }),
  ]);
  return id;
}

export async function updateContribution(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  contributionId: string,
  input: z.infer<typeof contributionUpdateSchema>,
): Promise<void> {
  await d1.batch([
    statement(
      d1,
      getDb(d1).update(seminarContributions).set(input).where(eq(seminarContributions.id, contributionId)),
    ),
    auditStatement(d1, p, {
      action: "seminar.contribution.update",
      networkId,
      targetType: "seminar_contribution",
      targetId: contributionId,
      detail: input,
    }),
  ]);
}

export async function deleteContribution(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  row: { id: string; kind: string; centre_id: string },
): Promise<void> {
  await d1.batch([
    statement(d1, getDb(d1).delete(seminarContributions).where(eq(seminarContributions.id, row.id))),
    auditStatement(d1, p, {
      action: "seminar.contribution.delete",
      networkId,
      targetType: "seminar_contribution",
      targetId: row.id,
      detail: { kind: row.kind, centreId: row.centre_id },
    }),
  ]);
}
