/**
 * The respondent's answers as they go, kept in localStorage under the survey code, so that a
 * reload, a closed tab or a lost connection loses nothing. Cleared after a successful submit.
 *
 * While a submission is under way (`attempt`), its Idempotency-Key and the questionnaire it was
 * for are kept too: a retry, even after a reload, sends the same key and gets the first receipt.
 */

import { normaliseCode } from "../../../../shared/codes.ts";
import type { Answers } from "../../../../shared/instrument/packing.ts";
import type { Survey, SurveyReceipt } from "../../../../shared/schemas/survey.ts";

/** What a respondent has given so far: item → option code, choice question → keys, open → text. */
export type DraftAnswers = Record<string, number | string | string[]>;

export interface Draft {
  answers: DraftAnswers;
  panelCode: string;
  /** The screen the respondent was on (kept for the record; a reload goes to the first unanswered). */
  step: number;
  /**
   * The questionnaire as it was served: a reload and a later visit start from this copy without
   * asking the server again (each lookup of a code counts against its daily budget), and the
   * survey goes on offline once opened.
   */
  survey?: Survey;
  /** A submission that was sent and not (yet) confirmed. */
  attempt?: { key: string; survey: Survey };
  /** When the respondent last kept a copy on the server (opt-in); absent: none kept from here. */
  serverSavedAt?: string;
}

const VERSION = 1;

/** Codes are accepted with spaces, hyphens and in any case; the draft follows the code, not its spelling. */

const storageKey = (code: string) => `amica.survey.${normaliseCode(code)}`;

export const emptyDraft = (): Draft => ({ answers: {}, panelCode: "", step: 0 });

export function loadDraft(code: string): Draft {
  try {
    const raw = localStorage.getItem(storageKey(code));
    if (!raw) return emptyDraft();
    const data = JSON.parse(raw) as Partial<Draft> & { v?: number };
    if (data.v !== VERSION || typeof data.answers !== "object" || data.answers === null) return emptyDraft();
    return {
      answers: data.answers,
      panelCode: typeof data.panelCode === "string" ? data.panelCode : "",
      step: typeof data.step === "number" && data.step >= 0 ? data.step : 0,
      attempt: data.attempt && typeof data.attempt.key === "string" ? data.attempt : undefined,
      survey: data.survey && typeof data.survey === "object" ? data.survey : undefined,
      serverSavedAt: typeof data.serverSavedAt === "string" ? data.serverSavedAt : undefined,
    };
  } catch {
    return emptyDraft(); // storage blocked or a damaged entry: start afresh
  }
}

/** Returns false when the browser would not store it (private mode, full storage). */
export function saveDraft(code: string, draft: Draft): boolean {
  try {
    localStorage.setItem(storageKey(code), JSON.stringify({ v: VERSION, ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(code: string): void {
  try {
    localStorage.removeItem(storageKey(code));
  } catch {
    // nothing was stored
  }
}

/** The answers as the API takes them: blanks left out, text trimmed. */
export function answersToSend(answers: DraftAnswers): Answers {
  const out: Answers = {};
  for (const [code, value] of Object.entries(answers)) {
    if (Array.isArray(value)) {
      if (value.length > 0) out[code] = value;
    } else if (typeof value === "string") {
      if (value.trim() !== "") out[code] = value.trim();
    } else if (typeof value === "number") {
      out[code] = value;
    }
  }
  return out;
}

/**
 * The receipt kept on the device after sending: what was answered, the questionnaire and the
 * reference values, so that opening the link again on this device shows the thanks and the own
 * profile. It never leaves the device; "forget" removes it (a shared computer).
 */
export interface Sent {
  survey: Survey;
  answers: Answers;
  receipt: SurveyReceipt;
}

const sentKey = (code: string) => `amica.survey.sent.${normaliseCode(code)}`;

export function loadSent(code: string): Sent | null {
  try {
    const raw = localStorage.getItem(sentKey(code));
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<Sent> & { v?: number };
    if (data.v !== VERSION || !data.survey || !data.answers || !data.receipt) return null;
    return { survey: data.survey, answers: data.answers, receipt: data.receipt };
  } catch {
    return null;
  }
}

export function saveSent(code: string, sent: Sent): void {
  try {
    localStorage.setItem(sentKey(code), JSON.stringify({ v: VERSION, ...sent }));
  } catch {
    // not kept: this visit still shows the thanks and the profile
  }
}

export function forgetSent(code: string): void {
  try {
    localStorage.removeItem(sentKey(code));
  } catch {
    // nothing was kept
  }
}
