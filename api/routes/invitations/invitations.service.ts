import { normaliseCode } from "../../../shared/codes.ts";
import type { InvitationSummary } from "../../../shared/schemas/survey.ts";
import { newId, nowIso, sha256Hex } from "../../lib/ids.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import type { RoundScope } from "../../lib/round-scope.ts";
import { newCode } from "./codes.ts";

/** round, centre and team are bound once as ?1..?3; each row adds its id and code hash. */
const ROWS_PER_INSERT = Math.floor((100 - 3) / 2);

/**
 * The centre (and team) a request names must be in the caller's part of the round: a facilitator
 * naming another centre gets 404 (other centres are not theirs to learn about); the coordinator
 * naming a centre outside the round gets 422.
 */
export async function assertCentreAndTeam(
  d1: D1Database,
  scope: RoundScope,
  centreId: string,
  teamId: string | undefined,
  { forNewCodes }: { forNewCodes: boolean },
): Promise<void> {
  if (!scope.centreIds.includes(centreId)) {
    if (!scope.all) throw notFound("Centre");
    throw new Problem(422, "The centre does not take part in this round.", [
      { code: "unknown", path: "centreId", message: "Not a centre of this round." },
    ]);
  }
  if (teamId === undefined) return;
  const team = await d1
    .prepare("SELECT centre_id, archived_on FROM teams WHERE id = ?")
    .bind(teamId)
    .first<{ centre_id: string; archived_on: string | null }>();
  if (!team || team.centre_id !== centreId)
    throw new Problem(422, "The team is not one of the centre's.", [
      { code: "unknown", path: "teamId", message: "Not a team of this centre." },
    ]);
  if (team.archived_on && forNewCodes)
    throw new Problem(422, "The team is archived.", [
      { code: "archived", path: "teamId", message: "Archived." },
    ]);
}

/**
 * Makes `count` codes and the statements storing their hashes (multi-row INSERTs under D1's 100
 * bound parameters), for the caller to run in one batch with its audit entry.
 */
export async function invitationStatements(
  d1: D1Database,
  roundId: string,
  centreId: string,
  teamId: string | null,
  count: number,
): Promise<{ codes: string[]; statements: D1PreparedStatement[] }> {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newCode());
  const list = [...codes];
  const hashes = await Promise.all(list.map((code) => sha256Hex(code)));
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < hashes.length; i += ROWS_PER_INSERT) {
    const chunk = hashes.slice(i, i + ROWS_PER_INSERT);
    const values = chunk.map((_, k) => `(?${4 + 2 * k}, ?1, ?2, ?3, ?${5 + 2 * k})`).join(", ");
    statements.push(
      d1
        .prepare(`INSERT INTO invitations (id, round_id, centre_id, team_id, code_hash) VALUES ${values}`)
        .bind(roundId, centreId, teamId, ...chunk.flatMap((hash) => [newId(), hash])),
    );
  }
  return { codes: list, statements };
}

export async function revokeStatement(
  d1: D1Database,
  roundId: string,
  input: { centreId: string; teamId?: string; codes?: string[] },
): Promise<D1PreparedStatement> {
  const where = ["round_id = ?1", "centre_id = ?2", "used_at IS NULL", "revoked_at IS NULL"];
  const params: unknown[] = [roundId, input.centreId, nowIso()];
  if (input.teamId !== undefined) {
    params.push(input.teamId);
    where.push(`team_id = ?${params.length}`);
  }
  if (input.codes) {
    const hashes = await Promise.all(input.codes.map((code) => sha256Hex(normaliseCode(code))));
    params.push(JSON.stringify(hashes));
    where.push(`code_hash IN (SELECT value FROM json_each(?${params.length}))`);
  }
  return d1.prepare(`UPDATE invitations SET revoked_at = ?3 WHERE ${where.join(" AND ")}`).bind(...params);
}

export async function invitationSummary(d1: D1Database, scope: RoundScope): Promise<InvitationSummary> {
  const [centreRes, teamRes, countRes] = await d1.batch([
    d1
      .prepare(
        "SELECT rc.centre_id, c.name FROM round_centres rc JOIN centres c ON c.id = rc.centre_id WHERE rc.round_id = ? ORDER BY c.name",
      )
      .bind(scope.round.id),
    d1
      .prepare(
        "SELECT t.id, t.centre_id, t.name FROM teams t JOIN round_centres rc ON rc.centre_id = t.centre_id WHERE rc.round_id = ? ORDER BY t.name",
      )
      .bind(scope.round.id),
    d1
      .prepare(
        `SELECT centre_id, team_id, count(*) AS created,
           sum(used_at IS NOT NULL) AS used,
           sum(used_at IS NULL AND revoked_at IS NOT NULL) AS revoked,
           sum(used_at IS NULL AND revoked_at IS NULL) AS unused
         FROM invitations WHERE round_id = ? GROUP BY centre_id, team_id`,
      )
      .bind(scope.round.id),
  ]);
  type Counts = { created: number; used: number; revoked: number; unused: number };
  const zero = (): Counts => ({ created: 0, used: 0, revoked: 0, unused: 0 });
  const add = (a: Counts, b: Counts) => {
    a.created += b.created;
    a.used += b.used;
    a.revoked += b.revoked;
    a.unused += b.unused;
  };
  const byCentre = new Map<string, Counts>();
  const byTeam = new Map<string, Counts>();
  for (const r of countRes.results as (Counts & { centre_id: string; team_id: string | null })[]) {
    const centre = byCentre.get(r.centre_id) ?? zero();
    add(centre, r);
    byCentre.set(r.centre_id, centre);
    if (r.team_id) {
      const team = byTeam.get(r.team_id) ?? zero();
      add(team, r);
      byTeam.set(r.team_id, team);
    }
  }
  const visible = new Set(scope.centreIds);
  const teams = teamRes.results as { id: string; centre_id: string; name: string }[];
  return {
    centres: (centreRes.results as { centre_id: string; name: string }[])
      .filter((c) => visible.has(c.centre_id))
      .map((c) => ({
        centreId: c.centre_id,
        name: c.name,
        ...(byCentre.get(c.centre_id) ?? zero()),
        teams: teams
          .filter((t) => t.centre_id === c.centre_id && byTeam.has(t.id))
          .map((t) => ({ teamId: t.id, name: t.name, ...(byTeam.get(t.id) as Counts) })),
      })),
  };
}
