/**
 * No padding: in every centre and team of a round, the places taken (codes not revoked, plus
 * answers that came in without a code: imports) never exceed the headcount. A used code is one
 * answer, so the answers of a group never exceed its headcount either, and nobody who can add
 * codes or rows can lift a small group over the minimum with answers of their own beyond it.
 */
import { CodedProblem } from "../../lib/problem.ts";

export interface Place {
  headcount: number | null;
  taken: number;
}

export interface Capacity {
  centres: Map<string, Place>;
  teams: Map<string, Place & { centreId: string }>;
}

const TAKEN_SQL = `SELECT centre_id, team_id, sum(n) AS n FROM (
    SELECT centre_id, team_id, count(*) AS n FROM invitations
      WHERE round_id = ?1 AND revoked_at IS NULL GROUP BY centre_id, team_id
    UNION ALL
    SELECT centre_id, team_id, count(*) AS n FROM responses
      WHERE round_id = ?1 AND source <> 'survey' GROUP BY centre_id, team_id
  ) GROUP BY centre_id, team_id`;

/** The headcount and places taken of every centre of the round and of every team with either. */
export async function roundCapacity(d1: D1Database, roundId: string): Promise<Capacity> {
  const [centreRes, teamRes, takenRes] = await d1.batch([
    d1.prepare("SELECT centre_id, headcount FROM round_centres WHERE round_id = ?").bind(roundId),
    d1
      .prepare(
        "SELECT h.team_id, t.centre_id, h.headcount FROM round_team_headcounts h JOIN teams t ON t.id = h.team_id WHERE h.round_id = ?",
      )
      .bind(roundId),
    d1.prepare(TAKEN_SQL).bind(roundId),
  ]);
  const centres = new Map<string, Place>();
  for (const r of centreRes.results as { centre_id: string; headcount: number | null }[])
    centres.set(r.centre_id, { headcount: r.headcount, taken: 0 });
  const teams = new Map<string, Place & { centreId: string }>();
  for (const r of teamRes.results as { team_id: string; centre_id: string; headcount: number }[])
    teams.set(r.team_id, { headcount: r.headcount, taken: 0, centreId: r.centre_id });
  for (const r of takenRes.results as { centre_id: string; team_id: string | null; n: number }[]) {
    const centre = centres.get(r.centre_id);
    if (centre) centre.taken += r.n;
    if (!r.team_id) continue;
    const team = teams.get(r.team_id) ?? { headcount: null, taken: 0, centreId: r.centre_id };
    team.taken += r.n;
    teams.set(r.team_id, team);
  }
  return { centres, teams };
}

/** What a write would add: places per centre and per team. */
export interface Adding {
  centres: Map<string, number>;
  teams: Map<string, number>;
}

export function adding(groups: { centreId: string; teamId: string | null }[]): Adding {
  const out: Adding = { centres: new Map(), teams: new Map() };
  for (const g of groups) {
    out.centres.set(g.centreId, (out.centres.get(g.centreId) ?? 0) + 1);
    if (g.teamId) out.teams.set(g.teamId, (out.teams.get(g.teamId) ?? 0) + 1);
  }
  return out;
}

export const overHeadcount = (detail: string, path: string) =>
  new CodedProblem(409, "headcount-exceeded", detail, [
    { code: "over-headcount", path, message: "Over the headcount." },
  ]);

/** 409 `headcount-exceeded` when adding would take any group over its headcount. */
export function assertRoom(capacity: Capacity, add: Adding, what: "codes" | "answers"): void {
  const check = (place: Place | undefined, n: number, path: string) => {
    if (!place || place.headcount === null || place.taken + n <= place.headcount) return;
    const left = Math.max(0, place.headcount - place.taken);
    throw overHeadcount(
      `The headcount is ${place.headcount} and ${place.taken} places are taken by codes and imported answers, so ${left} more ${what} fit, not ${n}. Revoke unused codes or correct the headcount first.`,
      path,
    );
  };
  for (const [centreId, n] of add.centres) check(capacity.centres.get(centreId), n, "centreId");
  for (const [teamId, n] of add.teams) check(capacity.teams.get(teamId), n, "teamId");
}

const GUARD_TRIPPED = "headcount exceeded";

/**
 * The same rule inside the write's own batch (one transaction), for two writes racing past the
 * check above: the statement fails, and so the whole batch, when a group it touches is over its
 * headcount. SQLite has no RAISE outside triggers; json() of a non-JSON string is the error.
 */
export function roomGuardStatement(d1: D1Database, roundId: string, add: Adding): D1PreparedStatement {
  return d1
    .prepare(
      `SELECT json(CASE WHEN EXISTS (
         SELECT 1 FROM round_centres rc
         WHERE rc.round_id = ?1 AND rc.headcount IS NOT NULL
           AND rc.centre_id IN (SELECT value FROM json_each(?2))
           AND rc.headcount < (SELECT count(*) FROM invitations i WHERE i.round_id = ?1 AND i.centre_id = rc.centre_id AND i.revoked_at IS NULL)
             + (SELECT count(*) FROM responses r WHERE r.round_id = ?1 AND r.centre_id = rc.centre_id AND r.source <> 'survey')
       ) OR EXISTS (
         SELECT 1 FROM round_team_headcounts h
         WHERE h.round_id = ?1 AND h.team_id IN (SELECT value FROM json_each(?3))
           AND h.headcount < (SELECT count(*) FROM invitations i WHERE i.round_id = ?1 AND i.team_id = h.team_id AND i.revoked_at IS NULL)
             + (SELECT count(*) FROM responses r WHERE r.round_id = ?1 AND r.team_id = h.team_id AND r.source <> 'survey')
       ) THEN '${GUARD_TRIPPED}' ELSE '0' END)`,
    )
    .bind(roundId, JSON.stringify([...add.centres.keys()]), JSON.stringify([...add.teams.keys()]));
}

/** Whether a batch failed on the guard above. */
export const guardTripped = (err: unknown) => String(err).includes("malformed JSON");
