import { participationRate } from "../../../shared/participation-rate.ts";
import type { Participation } from "../../../shared/schemas/survey.ts";
import type { RoundScope } from "../../lib/round-scope.ts";

interface Counts {
  invited: number;
  answered: number;
  headcount: number | null;
  rate: number | null;
}

const withRate = (invited: number, answered: number, headcount: number | null): Counts => ({
  invited,
  answered,
  headcount,
  rate: participationRate(answered, headcount),
});

/** Counts per centre and team of the round, for the centres in the caller's scope. Five reads, one round trip. */
export async function participation(d1: D1Database, scope: RoundScope): Promise<Participation> {
  const roundId = scope.round.id;
  const [centreRes, teamRes, invRes, respRes, teamHeadRes] = await d1.batch([
    d1
      .prepare(
        "SELECT rc.centre_id, rc.headcount, c.name FROM round_centres rc JOIN centres c ON c.id = rc.centre_id WHERE rc.round_id = ? ORDER BY c.name",
      )
      .bind(roundId),
    d1
      .prepare(
        "SELECT t.id, t.centre_id, t.name, t.archived_on FROM teams t JOIN round_centres rc ON rc.centre_id = t.centre_id WHERE rc.round_id = ? ORDER BY t.name",
      )
      .bind(roundId),
    d1
      .prepare(
        "SELECT centre_id, team_id, count(*) AS n FROM invitations WHERE round_id = ? AND revoked_at IS NULL GROUP BY centre_id, team_id",
      )
      .bind(roundId),
    d1
      .prepare(
        "SELECT centre_id, team_id, count(*) AS n FROM responses WHERE round_id = ? GROUP BY centre_id, team_id",
      )
      .bind(roundId),
    d1.prepare("SELECT team_id, headcount FROM round_team_headcounts WHERE round_id = ?").bind(roundId),
  ]);
  const teamHeadcounts = new Map(
    (teamHeadRes.results as { team_id: string; headcount: number }[]).map((r) => [r.team_id, r.headcount]),
  );
  const visible = new Set(scope.centreIds);
  type Group = { centre_id: string; team_id: string | null; n: number };
  const tally = (rows: Group[]) => {
    const byCentre = new Map<string, number>();
    const byTeam = new Map<string, number>();
    for (const r of rows) {
      byCentre.set(r.centre_id, (byCentre.get(r.centre_id) ?? 0) + r.n);
      if (r.team_id) byTeam.set(r.team_id, (byTeam.get(r.team_id) ?? 0) + r.n);
    }
    return { byCentre, byTeam };
  };
  const invited = tally(invRes.results as Group[]);
  const answered = tally(respRes.results as Group[]);
  const teams = teamRes.results as {
    id: string;
    centre_id: string;
    name: string;
    archived_on: string | null;
  }[];
  const centres = (centreRes.results as { centre_id: string; headcount: number | null; name: string }[])
    .filter((c) => visible.has(c.centre_id))
    .map((c) => {
      return {
        centreId: c.centre_id,
        name: c.name,
        ...withRate(
          invited.byCentre.get(c.centre_id) ?? 0,
          answered.byCentre.get(c.centre_id) ?? 0,
          c.headcount,
        ),
        teams: teams
          .filter(
            (t) =>
              t.centre_id === c.centre_id &&
              (!t.archived_on ||
                invited.byTeam.has(t.id) ||
                answered.byTeam.has(t.id) ||
                teamHeadcounts.has(t.id)),
          )
          .map((t) => ({
            teamId: t.id,
            name: t.name,
            ...withRate(
              invited.byTeam.get(t.id) ?? 0,
              answered.byTeam.get(t.id) ?? 0,
              teamHeadcounts.get(t.id) ?? null,
            ),
          })),
      };
    });
  const sum = (k: "invited" | "answered") => centres.reduce((s, c) => s + c[k], 0);
  // The total's rate is known only where every centre listed has a headcount.
  const headcount = centres.every((c) => c.headcount !== null)
    ? centres.reduce((s, c) => s + (c.headcount ?? 0), 0)
    : null;
  return {
    roundId,
    status: scope.round.status,
    centres,
    totals: withRate(sum("invited"), sum("answered"), centres.length ? headcount : null),
  };
}
