/**
 * The respondent's answers as they go, kept in localStorage under the survey code, so that a
 * reload, a closed tab or a lost connection loses nothing. Cleared after a successful submit.
 *
 * While a submission is under way (`attempt`), its Idempotency-Key and the questionnaire it was
 * for are kept too: a retry, even after a reload, sends the same key and gets the first receipt.
 */
import type { Answers } from "../../../../shared/instrument/packing.ts";
import type { Survey } from "../../../../shared/schemas/survey.ts";

/** What a respondent has given so far: item → option code, choice question → keys, open → text. */
export type DraftAnswers = Record<string, number | string | string[]>;

export interface Draft {
  answers: DraftAnswers;
  panelCode: string;
  /** The step the respondent was on. */
  step: number;
  /** A submission that was sent and not (yet) confirmed. */
  attempt?: { key: string; survey: Survey };
}

const VERSION = 1;

/** Codes are accepted with spaces, hyphens and in any case; the draft follows the code, not its spelling. */
export const normalizeCode = (code: string) => code.replace(/[\s-]+/g, "").toUpperCase();

const storageKey = (code: string) => `amica.survey.${normalizeCode(code)}`;

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
