import type { Headcounts, HeadcountsUpdate } from "../../../shared/schemas/headcount.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { CodedProblem, type FieldError } from "../../lib/problem.ts";
import type { RoundScope } from "../../lib/round-scope.ts";
import { roundCapacity } from "./capacity.ts";

interface TeamRecord {
  id: string;
  centre_id: string;
  name: string;
  archived_on: string | null;
}

async function roundCentresAndTeams(d1: D1Database, roundId: string) {
  const [centreRes, teamRes] = await d1.batch([
    d1
      .prepare(
        "SELECT rc.centre_id, c.name FROM round_centres rc JOIN centres c ON c.id = rc.centre_id WHERE rc.round_id = ? ORDER BY c.name",
      )
      .bind(roundId),
    d1
      .prepare(
        "SELECT t.id, t.centre_id, t.name, t.archived_on FROM teams t JOIN round_centres rc ON rc.centre_id = t.centre_id WHERE rc.round_id = ? ORDER BY t.name",
      )
      .bind(roundId),
  ]);
  return {
    centres: centreRes.results as { centre_id: string; name: string }[],
    teams: teamRes.results as TeamRecord[],
  };
}

/** Headcount and places taken per centre and team, for the centres in the caller's scope. */
export async function headcounts(d1: D1Database, scope: RoundScope): Promise<Headcounts> {
  const [{ centres, teams }, capacity] = await Promise.all([
    roundCentresAndTeams(d1, scope.round.id),
    roundCapacity(d1, scope.round.id),
  ]);
  const visible = new Set(scope.centreIds);
  return {
    roundId: scope.round.id,
    centres: centres
      .filter((c) => visible.has(c.centre_id))
      .map((c) => {
        const place = capacity.centres.get(c.centre_id);
        return {
          centreId: c.centre_id,
          name: c.name,
          headcount: place?.headcount ?? null,
          taken: place?.taken ?? 0,
          teams: teams
            .filter((t) => t.centre_id === c.centre_id && (!t.archived_on || capacity.teams.has(t.id)))
            .map((t) => {
              const team = capacity.teams.get(t.id);
              return {
                teamId: t.id,
                name: t.name,
                headcount: team?.headcount ?? null,
                taken: team?.taken ?? 0,
              };
            }),
        };
      }),
  };
}

/**
 * Sets headcounts (coordinator; draft or open rounds). A headcount never drops below the places
 * already taken (409 `headcount-below-taken`), and a centre's teams never add up to more than
 * the centre (422 `teams-over-centre`). One audit entry per centre, which its facilitator reads.
 */
export async function updateHeadcounts(
  d1: D1Database,
  p: UserPrincipal,
  scope: RoundScope,
  input: HeadcountsUpdate,
): Promise<void> {
  const { round } = scope;
  if (round.status !== "draft" && round.status !== "open")
    throw new CodedProblem(
      409,
      "round-not-open",
      `The round is ${round.status}: its headcounts are what its figures were read against.`,
    );
  const [{ teams }, capacity] = await Promise.all([
    roundCentresAndTeams(d1, round.id),
    roundCapacity(d1, round.id),
  ]);
  const teamCentre = new Map(teams.map((t) => [t.id, t.centre_id]));
  const invalid: FieldError[] = [];
  const below: FieldError[] = [];
  const over: FieldError[] = [];
  const seen = new Set<string>();
  input.centres.forEach((c, i) => {
    const path = `centres.${i}`;
    if (!scope.roundCentreIds.includes(c.centreId) || seen.has(c.centreId)) {
      invalid.push({
        code: "unknown",
        path: `${path}.centreId`,
        message: "Not a centre of this round, or listed twice.",
      });
      return;
    }
    seen.add(c.centreId);
    const taken = capacity.centres.get(c.centreId)?.taken ?? 0;
    if (c.headcount !== null && c.headcount < taken)
      below.push({
        code: "below-taken",
        path: `${path}.headcount`,
        message: `${taken} places are taken already.`,
      });
    // The centre's teams as they will be: those listed here, the others as stored.
    const teamCounts = new Map<string, number | null>();
    for (const [teamId, place] of capacity.teams)
      if (place.centreId === c.centreId) teamCounts.set(teamId, place.headcount);
    (c.teams ?? []).forEach((t, j) => {
      if (teamCentre.get(t.teamId) !== c.centreId) {
        invalid.push({
          code: "unknown",
          path: `${path}.teams.${j}.teamId`,
          message: "Not a team of this centre.",
        });
        return;
      }
      const teamTaken = capacity.teams.get(t.teamId)?.taken ?? 0;
      if (t.headcount !== null && t.headcount < teamTaken)
        below.push({
          path: `${path}.teams.${j}.headcount`,
          code: "below-taken",
          message: `${teamTaken} places are taken already.`,
        });
      teamCounts.set(t.teamId, t.headcount);
    });
    const teamSum = [...teamCounts.values()].reduce<number>((s, n) => s + (n ?? 0), 0);
    if (c.headcount !== null && teamSum > c.headcount)
      over.push({
        code: "teams-over-headcount",
        path: `${path}.headcount`,
        message: `The teams add up to ${teamSum}.`,
      });
  });
  if (invalid.length)
    throw new CodedProblem(422, "not-in-round", "Some centres or teams are not part of this round.", invalid);
  if (over.length)
    throw new CodedProblem(
      422,
      "teams-over-centre",
      "A centre's teams add up to more than its headcount.",
      over,
    );
  if (below.length)
    throw new CodedProblem(
      409,
      "headcount-below-taken",
      "A headcount cannot be lower than the codes not revoked plus the answers imported; revoke unused codes first.",
      below,
    );

  const writes: D1PreparedStatement[] = [];
  for (const c of input.centres) {
    writes.push(
      d1
        .prepare("UPDATE round_centres SET headcount = ? WHERE round_id = ? AND centre_id = ?")
        .bind(c.headcount, round.id, c.centreId),
    );
    for (const t of c.teams ?? [])
      writes.push(
        t.headcount === null
          ? d1
              .prepare("DELETE FROM round_team_headcounts WHERE round_id = ? AND team_id = ?")
              .bind(round.id, t.teamId)
          : d1
              .prepare(
                "INSERT INTO round_team_headcounts (round_id, team_id, headcount) VALUES (?1, ?2, ?3) ON CONFLICT (round_id, team_id) DO UPDATE SET headcount = ?3",
              )
              .bind(round.id, t.teamId, t.headcount),
      );
    writes.push(
      auditStatement(d1, p, {
        action: "headcount.set",
        networkId: round.networkId,
        targetType: "round",
        targetId: round.id,
        detail: { centreId: c.centreId, headcount: c.headcount, teams: c.teams ?? [] },
      }),
    );
  }
  await d1.batch(writes);
}
