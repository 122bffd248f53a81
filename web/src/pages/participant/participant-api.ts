/**
 * The participants' requests: no account, only a join code. They do not go through `lib/api.ts`:
 * a participant has no session to lose, and each refusal (unknown code, closed session …) has its
 * own words on the phone.
 */
import type { z } from "zod";
import {
  type BallotBody,
  ballotReceiptSchema,
  collectViewSchema,
  createdSchema,
  joinSchema,
  voteViewSchema,
} from "../../../../shared/schemas/workshop.ts";

/** Why a request did not work, each with its own words. */
export type Refusal =
  | "unknown-code"
  | "collecting-ended"
  | "phone-limit"
  | "closed"
  | "key-reused"
  | "full"
  | "invalid"
  | "throttled"
  | "offline"
  | "server";

export type Outcome<T> =
  | { ok: true; value: T; status: number }
  | { ok: false; refusal: Refusal; detail: string };

async function request<S extends z.ZodType>(
  url: string,
  schema: S,
  init: RequestInit = {},
): Promise<Outcome<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: "omit",
      cache: "no-store",
      headers: { accept: "application/json", ...init.headers },
    });
  } catch {
    return { ok: false, refusal: "offline", detail: "" };
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    data = undefined;
  }
  if (response.ok) {
    const parsed = schema.safeParse(data);
    return parsed.success
      ? { ok: true, value: parsed.data, status: response.status }
      : { ok: false, refusal: "server", detail: "" };
  }
  const problem = (data ?? {}) as { detail?: unknown; reason?: unknown };
  const detail = String(problem.detail ?? "");
  return { ok: false, refusal: refusalOf(response.status, problem.reason), detail };
}

/** The API's machine-readable reason (never its English words) picks the phone's message. */
function refusalOf(status: number, reason: unknown): Refusal {
  if (status === 404) return "unknown-code";
  if (status === 409) {
    switch (reason) {
      case "collecting-ended":
        return "collecting-ended";
      case "phone-limit":
        return "phone-limit";
      case "key-reused":
        return "key-reused";
      case "session-full":
      case "workshop-full":
        return "full";
      default:
        return "closed";
    }
  }
  if (status === 400 || status === 422) return "invalid";
  if (status === 429) return "throttled";
  return "server";
}

const enc = encodeURIComponent;

/** Which kind of code it is: a workshop collecting statements, or a voting session. */
export const resolveCode = (code: string) => request(`/api/v1/join/${enc(code)}`, joinSchema);

export const fetchCollect = (code: string) => request(`/api/v1/collect/${enc(code)}`, collectViewSchema);

export const sendStatement = (code: string, body: { text: string; kind: "gives" | "takes" }) =>
  request(`/api/v1/collect/${enc(code)}/statements`, createdSchema, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

export const fetchVote = (code: string) => request(`/api/v1/vote/${enc(code)}`, voteViewSchema);

/** A ballot, sent with the key that makes a retry count once, and the phone's own id. */
export const sendBallot = (code: string, body: BallotBody, key: string, device: string) =>
  request(`/api/v1/vote/${enc(code)}/ballots`, ballotReceiptSchema, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": key, "x-amica-device": device },
    body: JSON.stringify(body),
  });

/** Codes are typed on phones: read as the API reads them. */
export { normaliseCode } from "../../../../shared/codes.ts";
