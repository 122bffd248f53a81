import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Practice, practiceUpdateSchema } from "../../../shared/schemas/practice.ts";
import { getDb } from "../../db/client.ts";
import { practices } from "../../db/schema.ts";
import { statement } from "../../db/statement.ts";
import { isCoordinator, type UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId } from "../../lib/ids.ts";
import { stringArray } from "../../lib/json-columns.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { centreRef, isOwnCentre } from "../seminars/visibility.ts";
import { searchTerms } from "./search-query.ts";

export interface PracticeRow {
  id: string;
  network_id: string;
  centre_id: string | null;
  seminar_id: string | null;
  title: string;
  body: string;
  theme_key: string | null;
  scale_keys: string | null;
  share_centre_name: number;
  created_at: string;
  centre_name: string | null;
  centre_pseudonym: string | null;
}

const columns = `p.id, p.network_id, p.centre_id, p.seminar_id, p.title, p.body, p.theme_key, p.scale_keys,
  p.share_centre_name, p.created_at, c.name AS centre_name, c.pseudonym AS centre_pseudonym`;

export const canEditPractice = (p: UserPrincipal, row: Pick<PracticeRow, "network_id" | "centre_id">) =>
  isCoordinator(p, row.network_id) || isOwnCentre(p, row.network_id, row.centre_id);

export function toPractice(row: PracticeRow, p: UserPrincipal): Practice {
  const shared = row.share_centre_name === 1;
  const centre =
    row.centre_id && row.centre_name !== null && row.centre_pseudonym !== null
      ? centreRef(
          p,
          row.network_id,
          { id: row.centre_id, name: row.centre_name, pseudonym: row.centre_pseudonym },
          shared,
        )
      : null;
  return {
    id: row.id,
    networkId: row.network_id,
    title: row.title,
    body: row.body,
    themeKey: row.theme_key,
    scaleKeys: stringArray(row.scale_keys),
    seminarId: row.seminar_id,
    centre,
    ownCentre: isOwnCentre(p, row.network_id, row.centre_id),
    shareCentreName: shared,
    canEdit: canEditPractice(p, row),
    createdAt: row.created_at,
  };
}

export async function getPracticeRow(d1: D1Database, practiceId: string): Promise<PracticeRow> {
  const row = await d1
    .prepare(`SELECT ${columns} FROM practices p LEFT JOIN centres c ON c.id = p.centre_id WHERE p.id = ?`)
    .bind(practiceId)
    .first<PracticeRow>();
  if (!row) throw notFound("Practice");
  return row;
}

export interface PracticeFilter {
  q?: string;
  theme?: string;
  scale?: string;
  centreId?: string;
  seminarId?: string;
  limit?: number;
  offset?: number;
}

/**
 * The library, filtered. With `q`, FTS5 finds the matches and bm25 ranks them (a word in the title
 * counts three times one in the body). Filtering by another centre shows a facilitator only what
 * that centre agreed to be named on: otherwise the filter itself would tell whose practice it is.
 */
export async function searchPractices(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  f: PracticeFilter,
): Promise<Practice[]> {
  const where = ["p.network_id = ?"];
  const values: unknown[] = [networkId];
  let join = "";
  let order = "p.created_at DESC, p.id";
  if (f.q !== undefined) {
    const terms = searchTerms(f.q);
    if (!terms.match && terms.like.length === 0)
      throw new Problem(400, "The search has no words.", [
        { code: "required", path: "query.q", message: "Give at least one word." },
      ]);
    if (terms.match) {
      join = `JOIN (SELECT practice_id, bm25(practices_fts, 0.0, 3.0, 1.0) AS rank
                    FROM practices_fts WHERE practices_fts MATCH ?) f ON f.practice_id = p.id`;
      values.unshift(terms.match);
      order = "f.rank, p.created_at DESC, p.id";
    }
    for (const pattern of terms.like) {
      where.push("(p.title || ' ' || p.body) LIKE ? ESCAPE '\\'");
      values.push(pattern);
    }
  }
  if (f.theme) {
    where.push("p.theme_key = ?");
    values.push(f.theme);
  }
  if (f.scale) {
    where.push("EXISTS (SELECT 1 FROM json_each(p.scale_keys) j WHERE j.value = ?)");
    values.push(f.scale);
  }
  if (f.seminarId) {
    where.push("p.seminar_id = ?");
    values.push(f.seminarId);
  }
  if (f.centreId) {
    where.push("p.centre_id = ?");
    values.push(f.centreId);
    if (centreRef(p, networkId, { id: f.centreId, name: "", pseudonym: "" }) === null)
      where.push("p.share_centre_name = 1");
  }
  values.push(f.limit ?? 50, f.offset ?? 0);
  const rows = await d1
    .prepare(
      `SELECT ${columns} FROM practices p ${join} LEFT JOIN centres c ON c.id = p.centre_id
       WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .bind(...values)
    .all<PracticeRow>();
  return rows.results.map((row) => toPractice(row, p));
}

export async function seminarInNetwork(
  d1: D1Database,
  networkId: string,
  seminarId: string,
): Promise<boolean> {
  const row = await d1
    .prepare("SELECT 1 AS x FROM seminars WHERE id = ? AND network_id = ?")
    .bind(seminarId, networkId)
    .first();
  return row !== null;
}

export async function assertSeminar(d1: D1Database, networkId: string, seminarId: string | null | undefined) {
  if (seminarId && !(await seminarInNetwork(d1, networkId, seminarId)))
    throw new Problem(422, "Unknown seminar.", [
      { code: "unknown", path: "seminarId", message: "Not a seminar of this network." },
    ]);
}

/** Action plans are read here, never written: a practice they cite stays. */
export async function citingPlans(d1: D1Database, practiceId: string): Promise<number> {
  const row = await d1
    .prepare("SELECT COUNT(*) AS n FROM action_plans WHERE practice_id = ?")
    .bind(practiceId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** A practice of the network (of a centre, or of the whole network when centreId is null). Returns its id. */
export async function createPractice(
  d1: D1Database,
  p: UserPrincipal,
  networkId: string,
  centreId: string | null,
  input: {
    seminarId?: string | null;
    title: string;
    body: string;
    themeKey?: string | null;
    scaleKeys?: string[];
    shareCentreName?: boolean;
  },
): Promise<string> {
  const id = newId();
  await d1.batch([
    statement(
      d1,
      getDb(d1)
        .insert(practices)
        .values({
          id,
          networkId,
          centreId,
          seminarId: input.seminarId ?? null,
          title: input.title,
          body: input.body,
          themeKey: input.themeKey ?? null,
          scaleKeys: input.scaleKeys ?? [],
          shareCentreName: input.shareCentreName ?? false,
        }),
    ),
    auditStatement(d1, p, { action: "practice.create", networkId, targetType: "practice", targetId: id }),
  ]);
  return id;
}

export async function updatePractice(
  d1: D1Database,
  p: UserPrincipal,
  row: PracticeRow,
  input: z.infer<typeof practiceUpdateSchema>,
): Promise<void> {
  await d1.batch([
    statement(d1, getDb(d1).update(practices).set(input).where(eq(practices.id, row.id))),
    auditStatement(d1, p, {
      action: "practice.update",
      networkId: row.network_id,
      targetType: "practice",
      targetId: row.id,
      detail: input,
    }),
  ]);
}

/** Deletes a practice no action plan cites (409 while one does). */
export async function deletePractice(d1: D1Database, p: UserPrincipal, row: PracticeRow): Promise<void> {
  const plans = await citingPlans(d1, row.id);
  if (plans > 0)
    throw new Problem(
      409,
      `${plans} action plan(s) cite this practice; it stays in the library while they do.`,
    );
  await d1.batch([
    statement(d1, getDb(d1).delete(practices).where(eq(practices.id, row.id))),
    auditStatement(d1, p, {
      action: "practice.delete",
      networkId: row.network_id,
      targetType: "practice",
      targetId: row.id,
      detail: { title: row.title },
    }),
  ]);
}
