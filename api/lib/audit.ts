import type { Principal } from "./principal.ts";

export interface AuditEntry {
  action: string;
  networkId?: string | null;
  targetType?: string;
  targetId?: string;
  detail?: unknown;
}

/** An audit statement to put into the same batch() as the change it records. */
export function auditStatement(d1: D1Database, who: Principal | null, e: AuditEntry): D1PreparedStatement {
  return d1
    .prepare(
      "INSERT INTO audit_log (user_id, token_id, network_id, action, target_type, target_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(
      who?.kind === "user" ? who.userId : null,
      who?.kind === "token" ? who.tokenId : null,
      e.networkId ?? null,
      e.action,
      e.targetType ?? null,
      e.targetId ?? null,
      e.detail === undefined ? null : JSON.stringify(e.detail),
    );
}
