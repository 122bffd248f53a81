/**
 * The fieldwork audit of a round as the centres read it. The entries are written where the change
 * happens (invitations, imports, headcounts, slip requests), in the change's own batch; here they
 * are split per centre and team, so a facilitator reads only what concerns their own centre.
 */
import {
  type FieldworkAuditAction,
  type FieldworkAuditEntry,
  fieldworkAuditActions,
  type SlipRequest,
} from "../../../shared/schemas/fieldwork-audit.ts";
import type { UserPrincipal } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import type { RoundScope } from "../../lib/round-scope.ts";

/** The newest entries; a round's fieldwork makes tens of them, not thousands. */
const MAX_ENTRIES = 500;

interface Row {
  at: string;
  action: FieldworkAuditAction;
  detail: string | null;
  actor: string | null;
}

type Part = Pick<FieldworkAuditEntry, "centreId" | "teamId" | "count" | "note">;

const str = (v: unknown) => (typeof v === "string" ? v : null);
const int = (v: unknown) => (typeof v === "number" && Number.isInteger(v) ? v : null);

/** One stored entry as per-centre (and per-team) parts; entries from before the split give none. */
export function auditParts(action: FieldworkAuditAction, detail: Record<string, unknown>): Part[] {
  const centreId = str(detail.centreId);
  const teamId = str(detail.teamId);
  switch (action) {
    case "invitations.create":
    case "slips.request":
      return centreId ? [{ centreId, teamId, count: int(detail.count), note: str(detail.note) }] : [];
    case "invitations.revoke":
      return centreId ? [{ centreId, teamId, count: int(detail.listed), note: null }] : [];
    case "headcount.set": {
      if (!centreId) return [];
      const teams = Array.isArray(detail.teams) ? (detail.teams as Record<string, unknown>[]) : [];
      return [
        { centreId, teamId: null, count: int(detail.headcount), note: null },
        ...teams.flatMap((t) =>
          str(t.teamId) ? [{ centreId, teamId: str(t.teamId), count: int(t.headcount), note: null }] : [],
        ),
      ];
    }
    case "responses.import": {
      const groups = Array.isArray(detail.groups) ? (detail.groups as Record<string, unknown>[]) : [];
      return groups.flatMap((g) => {
        const id = str(g.centreId);
        return id ? [{ centreId: id, teamId: str(g.teamId), count: int(g.rows), note: null }] : [];
      });
    }
  }
}

export async function fieldworkAudit(
  d1: D1Database,
  scope: RoundScope,
  onlyCentreId?: string,
): Promise<FieldworkAuditEntry[]> {
  const { round } = scope;
  const [auditRes, centreRes, teamRes] = await d1.batch([
    d1
      .prepare(
        `SELECT a.at, a.action, a.detail, u.name AS actor FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
         WHERE a.network_id = ?1 AND a.target_type = 'round' AND a.target_id = ?2
           AND a.action IN (SELECT value FROM json_each(?3))
         ORDER BY a.id DESC LIMIT ?4`,
      )
      .bind(round.networkId, round.id, JSON.stringify(fieldworkAuditActions), MAX_ENTRIES),
    d1
      .prepare(
        "SELECT c.id, c.name FROM round_centres rc JOIN centres c ON c.id = rc.centre_id WHERE rc.round_id = ?",
      )
      .bind(round.id),
    d1
      .prepare(
        "SELECT t.id, t.name FROM teams t JOIN round_centres rc ON rc.centre_id = t.centre_id WHERE rc.round_id = ?",
      )
      .bind(round.id),
  ]);
  const names = (rows: unknown[]) =>
    new Map((rows as { id: string; name: string }[]).map((r) => [r.id, r.name]));
  const centreNames = names(centreRes.results);
  const teamNames = names(teamRes.results);
  const visible = new Set(scope.centreIds.filter((id) => !onlyCentreId || id === onlyCentreId));
  return (auditRes.results as Row[]).flatMap((row) => {
    let detail: Record<string, unknown> = {};
    try {
      detail = row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : {};
    } catch {
      return [];
    }
    return auditParts(row.action, detail)
      .filter((part) => visible.has(part.centreId))
      .map((part) => ({
        at: `${row.at.slice(0, 19)}Z`,
        action: row.action,
        actor: row.actor,
        ...part,
        centreName: centreNames.get(part.centreId) ?? "",
        teamName: part.teamId ? (teamNames.get(part.teamId) ?? null) : null,
      }));
  });
}

/** A facilitator's (or the coordinator's own) request for code slips: an audit entry the coordinator reads. */
export function slipRequestStatement(
  d1: D1Database,
  p: UserPrincipal,
  scope: RoundScope,
  input: SlipRequest,
): D1PreparedStatement {
  return auditStatement(d1, p, {
    action: "slips.request",
    networkId: scope.round.networkId,
    targetType: "round",
    targetId: scope.round.id,
    detail: {
      centreId: input.centreId,
      teamId: input.teamId ?? null,
      count: input.count,
      note: input.note || null,
    },
  });
}
