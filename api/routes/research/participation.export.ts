/**
 * The `participation` export: per round × centre, the employees invited (set on the round, or
 * else the single-use invitations issued), the responses received and the rate. Counts of
 * participation may be shown whatever their size (how many were asked and answered says nothing
 * about what anyone answered), so nothing is suppressed.
 */
import { PARTICIPATION_COLUMNS } from "../../../shared/schemas/research.ts";
import type { Reader } from "./d1-session.ts";
import type { ExportScope } from "./export-scope.ts";
import type { Cell, ExportTable } from "./export-stream.ts";

interface Row {
  centre_id: string;
  pseudonym: string;
  invited: number | null;
  invitations: number;
  answered: number | null;
}

export function participationTable(reader: Reader, scope: ExportScope): ExportTable {
  async function* pages(): AsyncGenerator<Cell[][]> {
    for (const round of scope.rounds) {
      const { results } = await reader
        .prepare(
          `SELECT rc.centre_id, c.pseudonym, rc.invited,
             (SELECT count(*) FROM invitations i WHERE i.round_id = rc.round_id AND i.centre_id = rc.centre_id
                AND i.revoked_at IS NULL) AS invitations,
             (SELECT a.n FROM aggregates a WHERE a.round_id = rc.round_id AND a.level = 'centre'
                AND a.centre_id = rc.centre_id AND a.metric = 'count' AND a.key = 'respondents') AS answered
           FROM round_centres rc JOIN centres c ON c.id = rc.centre_id
           WHERE rc.round_id = ? ORDER BY length(c.pseudonym), c.pseudonym`,
        )
        .bind(round.id)
        .all<Row>();
      yield results
        .filter((r) => !scope.centres || scope.centres.has(r.centre_id))
        .map((r) => {
          const invited = r.invited ?? (r.invitations > 0 ? r.invitations : null);
          const answered = r.answered ?? 0;
          return [
            scope.networkId,
            round.id,
            round.date,
            round.wave,
            r.pseudonym,
            invited,
            answered,
            invited ? Math.round((answered / invited) * 10_000) / 10_000 : null,
          ];
        });
    }
  }
  return { columns: PARTICIPATION_COLUMNS, pages: pages() };
}
