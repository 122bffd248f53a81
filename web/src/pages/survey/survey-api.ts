/**
 * The respondent's two requests. They do not go through `lib/api.ts`: the survey's 409 carries a
 * machine-readable `reason` (code used, round closed …) that the page turns into words, and a
 * respondent has no session to lose.
 */
import type {
  Survey,
  SurveyDraft,
  SurveyDraftReply,
  SurveyReceipt,
  SurveySubmit,
} from "../../../../shared/schemas/survey.ts";

/**
 * Shape checks by hand, not with the zod schemas: zod would be most of the JavaScript a phone
 * loads before the first question (the budget is 60 kB gzip). The API's answers are checked
 * against the schemas in the API tests; here a broken answer only has to be noticed.
 */
function asSurvey(d: unknown): Survey {
  const s = d as Survey;
  if (!s?.round || typeof s.round.label !== "string" || !Array.isArray(s.instrument?.items))
    throw new Error("not a survey");
  return s;
}
function asReceipt(d: unknown): SurveyReceipt {
  const r = d as SurveyReceipt;
  if (r?.received !== true || typeof r.submittedAt !== "string") throw new Error("not a receipt");
  return r;
}

/** Why the survey cannot be answered (or was not received); each has its own words on the page. */
export type Refusal =
  /** Unknown, withdrawn or used: the API gives one answer for all three. */
  | "unknown-code"
  | "round-closed"
  | "round-not-open"
  | "key-reused"
  | "throttled"
  | "invalid"
  | "offline"
  | "server";

export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; refusal: Refusal; errors: { path: string; message: string; code?: string }[] };

const surveyPath = (code: string) => `/api/v1/survey/${encodeURIComponent(code)}`;

async function request<T>(url: string, init: RequestInit, read: (data: unknown) => T): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: "omit", cache: "no-store" });
  } catch {
    return { ok: false, refusal: "offline", errors: [] };
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    data = undefined;
  }
  if (response.ok) {
    try {
      return { ok: true, value: read(data) };
    } catch {
      return { ok: false, refusal: "server", errors: [] };
    }
  }
  const problem = (data ?? {}) as { reason?: unknown; errors?: unknown };
  const errors = Array.isArray(problem.errors)
    ? (problem.errors as { path: string; message: string; code?: string }[])
    : [];
  return { ok: false, refusal: refusalOf(response.status, problem.reason), errors };
}

function refusalOf(status: number, reason: unknown): Refusal {
  if (status === 404) return "unknown-code";
  if (status === 409) {
    if (reason === "round-closed" || reason === "round-not-open") return reason;
    if (reason === "key-reused") return "key-reused";
    return "round-closed";
  }
  if (status === 429) return "throttled";
  if (status === 400 || status === 422) return "invalid";
  return "server";
}

/** The round's label and the questionnaire, or why there is none for this code. */
export function fetchSurvey(code: string): Promise<Outcome<Survey>> {
  return request(surveyPath(code), { headers: { accept: "application/json" } }, asSurvey);
}

/**
 * Sends the answers. `idempotencyKey` is made once per attempt (and kept with the draft), so that a
 * retry after a lost connection gets the first receipt instead of "code used".
 */
export function submitSurvey(
  code: string,
  body: SurveySubmit,
  idempotencyKey: string,
): Promise<Outcome<SurveyReceipt>> {
  return request(
    `${surveyPath(code)}/responses`,
    {
      method: "POST",
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        "idempotency-key": idempotencyKey,
      },
      body: JSON.stringify(body),
    },
    asReceipt,
  );
}

function asDraftReply(d: unknown): SurveyDraftReply {
  const r = d as SurveyDraftReply;
  if (!r || !("draft" in r) || (r.draft !== null && typeof r.draft.answers !== "object"))
    throw new Error("not a draft");
  return r;
}

/** The draft kept on the server under the code, if the respondent chose to keep one. */
export function fetchServerDraft(code: string): Promise<Outcome<SurveyDraftReply>> {
  return request(`${surveyPath(code)}/draft`, { headers: { accept: "application/json" } }, asDraftReply);
}

/** Keeps the answers given so far on the server (opt-in), replacing any kept before. */
export function putServerDraft(code: string, draft: SurveyDraft): Promise<Outcome<SurveyDraftReply>> {
  return request(
    `${surveyPath(code)}/draft`,
    {
      method: "PUT",
      headers: { accept: "application/json", "content-type": "application/json" },
      body: JSON.stringify(draft),
    },
    asDraftReply,
  );
}

export function deleteServerDraft(code: string): Promise<Outcome<null>> {
  return request(`${surveyPath(code)}/draft`, { method: "DELETE" }, () => null);
}
