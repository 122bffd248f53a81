/**
 * The respondent's side. Anonymity rules of the house, as they show here:
 * - the response row keeps nothing that points back to the invitation (no invitation id, no code
 *   hash), and the invitation keeps only the day it was used, not the instant the response carries;
 * - the code's throttle counter is deleted when the answers are stored, so its timestamp cannot be
 *   lined up with the response either; its count of looks stays, in a window of a whole day;
 * - no audit entry is written for a submission.
 */
import type { InstrumentDefinition } from "../../../shared/instrument/index.ts";
import { bilingual } from "../../../shared/schemas/bilingual.ts";
import type { SurveyInstrument, SurveyReceipt, SurveySupport } from "../../../shared/schemas/survey.ts";
import { newId } from "../../lib/ids.ts";
import { countHit, type Limit } from "../../lib/rate-limit.ts";
import { deleteDraftStatement } from "./survey-draft.service.ts";

export interface CodeRecord {
  invitation_id: string;
  round_id: string;
  used_at: string | null;
  revoked_at: string | null;
  label: string;
  closes_on: string;
  status: "draft" | "open" | "closed" | "published";
  instrument_id: string;
  network_id: string;
  support_text_da: string | null;
  support_text_en: string | null;
  meaningful_difference: number;
}

export function findCode(d1: D1Database, hash: string): Promise<CodeRecord | null> {
  return d1
    .prepare(
      `SELECT i.id AS invitation_id, i.round_id, i.used_at, i.revoked_at,
         r.label, r.closes_on, r.status, r.instrument_id, r.network_id,
         c.support_text_da, c.support_text_en, n.meaningful_difference
       FROM invitations i JOIN rounds r ON r.id = i.round_id
         JOIN centres c ON c.id = i.centre_id JOIN networks n ON n.id = r.network_id
       WHERE i.code_hash = ?`,
    )
    .bind(hash)
    .first<CodeRecord>();
}

/**
 * Throttles (see "Survey codes" in the README's anonymity section):
 * - `miss`: per address, codes that do not open a survey (unknown, revoked, used). Checked only
 *   after the code was looked up and found wanting, so a valid code always works, even from an
 *   address where others mistyped. Sized for a meeting room of 40 phones behind one address, each
 *   mistyping its code up to ten times in a quarter of an hour.
 * - `client`: per address, submissions (a whole contact centre may sit behind one address).
 * - `code`: per code, refused submissions (a respondent fixing answers the page let through).
 * - `look`: per code, whoever asks, every lookup of the code in a day. A respondent's device keeps
 *   the questionnaire with its draft, so it asks once or twice; someone polling a list of codes to
 *   see when each is used gets a handful of looks per code a day, from any number of addresses.
 */
export function surveyLimits(client: string, hash: string) {
  return {
    miss: { key: `survey:miss:${client}`, max: 400, windowSeconds: 900 } satisfies Limit,
    client: { key: `survey:client:${client}`, max: 3000, windowSeconds: 900 } satisfies Limit,
    code: { key: `survey:code:${hash}`, max: 20, windowSeconds: 900 } satisfies Limit,
    look: { key: `survey:look:${hash}`, max: LOOKS_PER_CODE_PER_DAY, windowSeconds: 86_400 } satisfies Limit,
  };
}

/** Lookups of one code a day, from anyone: a few devices and reloads without storage fit. */
export const LOOKS_PER_CODE_PER_DAY = 12;

const served = new WeakMap<InstrumentDefinition, SurveyInstrument>();

/** The definition as the respondent's browser gets it (see surveyInstrumentSchema). */
export function servedInstrument(def: InstrumentDefinition): SurveyInstrument {
  let out = served.get(def);
  if (!out) {
    out = {
      ...def,
      responseSets: Object.fromEntries(
        Object.entries(def.responseSets).map(([key, set]) => [key, { key, ...set }]),
      ),
      multipleChoice: { ...def.multipleChoice, type: "multiple" },
    };
    served.set(def, out);
  }
  return out;
}

/**
 * What the respondent's own profile needs besides the answers: the centre's line about whom to talk
 * to (null per language for the default) and the network's meaningful difference, the threshold
 * its traffic lights call a score worse than its comparison by. Settings, not figures.
 */
export const supportOf = (code: CodeRecord): SurveySupport => ({
  text: { da: code.support_text_da, en: code.support_text_en },
  threshold: code.meaningful_difference,
});

/** The receipt: when, and the reference values the respondent's own profile is drawn against. */
export async function receipt(
  d1: D1Database,
  code: Pick<CodeRecord, "network_id" | "instrument_id">,
  submittedAt: string,
): Promise<SurveyReceipt> {
  const row = await d1
    .prepare(
      `SELECT rs.name, rs.name_en, rs.source, rs.source_en, rs.synthetic, rs."values" AS v
       FROM network_reference_sets n JOIN reference_sets rs ON rs.id = n.reference_set_id
       WHERE n.network_id = ? AND n.instrument_id = ?`,
    )
    .bind(code.network_id, code.instrument_id)
    .first<{
      name: string;
      name_en: string | null;
      source: string;
      source_en: string | null;
      synthetic: number;
      v: string;
    }>();
  return {
    received: true,
    submittedAt,
    reference: row
      ? {
          name: bilingual(row.name, row.name_en),
          source: bilingual(row.source, row.source_en),
          synthetic: Boolean(row.synthetic),
          values: JSON.parse(row.v),
        }
      : null,
  };
}

export function findSubmission(d1: D1Database, roundId: string, idempotencyKey: string) {
  return d1
    .prepare("SELECT submitted_at FROM responses WHERE round_id = ? AND idempotency_key = ?")
    .bind(roundId, idempotencyKey)
    .first<{ submitted_at: string }>();
}

export interface Submission {
  packed: Uint8Array;
  openAnswers: Record<string, string>;
  panelCode: string | null;
  idempotencyKey: string;
  submittedAt: string;
}

/**
 * The response is inserted only while the code is unused and unrevoked and the round open, and
 * the code is marked used under the very same conditions; in one batch (one transaction) the two
 * see the same state, so either both happen or neither. Of two racing submissions, exactly one
 * inserts: the first statement's `changes` tells which.
 */
export function submissionStatements(d1: D1Database, code: CodeRecord, s: Submission): D1PreparedStatement[] {
  const open = Object.keys(s.openAnswers).length ? JSON.stringify(s.openAnswers) : null;
  return [
    d1
      .prepare(
        `INSERT INTO responses (id, round_id, centre_id, team_id, panel_code, answers, open_answers, source, idempotency_key, submitted_at)
         SELECT ?1, i.round_id, i.centre_id, i.team_id, ?2, ?3, ?4, 'survey', ?5, ?6
         FROM invitations i JOIN rounds r ON r.id = i.round_id
         WHERE i.id = ?7 AND i.used_at IS NULL AND i.revoked_at IS NULL AND r.status = 'open'`,
      )
      .bind(newId(), s.panelCode, s.packed, open, s.idempotencyKey, s.submittedAt, code.invitation_id),
    d1
      .prepare(
        `UPDATE invitations SET used_at = ?1
         WHERE id = ?2 AND used_at IS NULL AND revoked_at IS NULL
           AND EXISTS (SELECT 1 FROM rounds r WHERE r.id = invitations.round_id AND r.status = 'open')`,
      )
      // The day only: the instant would line the invitation up with the response's submitted_at.
      .bind(s.submittedAt.slice(0, 10), code.invitation_id),
  ];
}

/**
 * Stores the answers, counts the client's hit, drops the code's throttle counter and any draft, in
 * one batch. Returns 1 when this submission stored the answers, 0 when another got there first
 * (the same code, or the same key for another code of the round).
 */
export async function storeSubmission(
  d1: D1Database,
  code: CodeRecord,
  hash: string,
  s: Submission,
  limits: ReturnType<typeof surveyLimits>,
): Promise<number> {
  try {
    const results = await d1.batch([
      ...submissionStatements(d1, code, s),
      ...countHit(d1, [limits.client]),
      // The code's looks stay: starting them afresh at this moment would show a poller the moment
      // of use. Their window is the day, which the invitation's used_at says already.
      d1.prepare("DELETE FROM rate_limits WHERE key = ?").bind(limits.code.key),
      // A draft kept on the server goes with the answers' arrival: nothing of it stays.
      deleteDraftStatement(d1, hash),
    ]);
    return results[0]?.meta.changes ?? 0;
  } catch (err) {
    // The key is unique per round: taken by another code's submission meanwhile.
    if (!String(err).includes("UNIQUE constraint failed: responses.round_id, responses.idempotency_key"))
      throw err;
    return 0;
  }
}
