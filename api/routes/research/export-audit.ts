/**
 * Every export is rate-limited per token (or per signed-in person) and written to the audit log.
 * The audit row is written before the first byte goes out, with who, what (export, format,
 * filters) and the suppressed count, in the same batch that counts the request against the limit;
 * when the stream ends the row gets the number of rows sent and whether the export ran to the end.
 * So an export that breaks off is still on record, with `complete: false` or no row count.
 */
import { EXPORTS_PER_HOUR } from "../../../shared/research/export-limits.ts";
import type { ExportFormat } from "../../../shared/schemas/research.ts";
import { auditStatement } from "../../lib/audit.ts";
import { assertNotThrottled, countHit, type Limit } from "../../lib/rate-limit.ts";
import type { ExportCaller } from "./export-access.ts";
import type { ExportScope } from "./export-scope.ts";

export const exportLimits = (caller: ExportCaller): Limit[] => [
  { key: `research-export:${caller.bucket}`, max: EXPORTS_PER_HOUR, windowSeconds: 3600 },
];

export const assertExportAllowed = (d1: D1Database, caller: ExportCaller) =>
  assertNotThrottled(d1, exportLimits(caller));

export interface ExportRecord {
  export: string;
  format: ExportFormat;
  rounds: string[];
  filter: ExportScope["filter"];
  suppressed: number;
}

/** Counts the request and writes the audit row; returns a function that completes the row. */
export async function recordExport(
  d1: D1Database,
  caller: ExportCaller,
  scope: ExportScope,
  record: ExportRecord,
) {
  const results = await d1.batch([
    ...countHit(d1, exportLimits(caller)),
    auditStatement(d1, caller.principal, {
      action: "research.export",
      networkId: scope.networkId,
      targetType: "export",
      targetId: record.export,
      detail: { ...record, rows: null, complete: false },
    }),
  ]);
  const auditId = results.at(-1)?.meta.last_row_id;
  return async (rows: number, complete: boolean) => {
    if (!auditId) return;
    await d1
      .prepare("UPDATE audit_log SET detail = ? WHERE id = ?")
      .bind(JSON.stringify({ ...record, rows, complete }), auditId)
      .run();
  };
}
