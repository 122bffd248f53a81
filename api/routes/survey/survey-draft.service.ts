/**
 * Drafts kept on the server at the respondent's request (see the survey_drafts table): keyed by
 * the code's hash and its round, nothing else. Raw SQL like the rest of the respondent's side
 * (survey.service.ts): the statements join the submission's batch.
 */
import type { SurveyDraft, SurveyDraftReply } from "../../../shared/schemas/survey.ts";

export async function readDraft(d1: D1Database, hash: string): Promise<SurveyDraftReply> {
  const row = await d1
    .prepare("SELECT draft, updated_at FROM survey_drafts WHERE code_hash = ?")
    .bind(hash)
    .first<{ draft: string; updated_at: string }>();
  return row ? { draft: JSON.parse(row.draft), savedAt: row.updated_at } : { draft: null, savedAt: null };
}

/** Only while the code is unused and its round open: a send or a close meanwhile leaves nothing. */
export function writeDraftStatement(
  d1: D1Database,
  hash: string,
  draft: SurveyDraft,
  savedAt: string,
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO survey_drafts (code_hash, round_id, draft, updated_at)
       SELECT ?1, i.round_id, ?2, ?3
       FROM invitations i JOIN rounds r ON r.id = i.round_id
       WHERE i.code_hash = ?1 AND i.used_at IS NULL AND i.revoked_at IS NULL AND r.status = 'open'
       ON CONFLICT(code_hash) DO UPDATE SET draft = excluded.draft, updated_at = excluded.updated_at`,
    )
    .bind(hash, JSON.stringify({ answers: draft.answers, panelCode: draft.panelCode }), savedAt);
}

export function deleteDraftStatement(d1: D1Database, hash: string): D1PreparedStatement {
  return d1.prepare("DELETE FROM survey_drafts WHERE code_hash = ?").bind(hash);
}

/** For a round's status change, after the update in the same batch: nothing kept once it is not open. */
export function deleteRoundDraftsStatement(d1: D1Database, roundId: string): D1PreparedStatement {
  return d1
    .prepare(
      `DELETE FROM survey_drafts WHERE round_id = ?1
         AND EXISTS (SELECT 1 FROM rounds WHERE id = ?1 AND status <> 'open')`,
    )
    .bind(roundId);
}
