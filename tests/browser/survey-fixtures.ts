/**
 * What the survey and fieldwork browser tests set up through the API: one open round of the demo
 * network (made once per server and shared by both files, so that the demo's lists gain one round,
 * not one per test), fresh invitation codes in it, and a facilitator for its centre.
 *
 * The round is for Nordlys, not Borgerservice: a newer round of Borgerservice would become the
 * latest round of the centre that the cycle guide's tests walk through.
 */
import { baseUrl, DEMO_PASSWORD } from "./helpers.ts";

export const DEMO_NETWORK_ID = "demo-network";
export const CENTRE_ID = "demo-nordlys";
export const CENTRE_NAME = "Nordlys Forsikring Kundeservice";
/** One of the centre's teams in the demo. */
export const TEAM_NAME = "Skade";
/** A facilitator of the centre, made by `centreFacilitator()`. */
export const FACILITATOR_EMAIL = "survey-test-facilitator@example.org";
export const FIELDWORK_ROUND_LABEL = "4. måling (browsertest)";

export interface Writer {
  get: (path: string) => Promise<unknown>;
  post: (path: string, body: unknown) => Promise<unknown>;
}

/** A cookie session for the API that may also write (its Origin satisfies the CSRF check). */
export async function apiWriter(email: string): Promise<Writer> {
  const headers = { "content-type": "application/json", origin: baseUrl };
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`API login as ${email}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  const call = async (method: "GET" | "POST", path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...headers, cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.status === 204 ? undefined : r.json();
  };
  return { get: (path) => call("GET", path), post: (path, body) => call("POST", path, body) };
}

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The id of the open test round, making and opening it the first time. */
export async function fieldworkRound(): Promise<{ id: string; label: string }> {
  const coordinator = await apiWriter("coordinator@example.org");
  const rounds = (await coordinator.get(`/api/v1/networks/${DEMO_NETWORK_ID}/rounds`)) as {
    id: string;
    label: string;
    status: string;
  }[];
  const found = rounds.find((r) => r.label === FIELDWORK_ROUND_LABEL);
  if (found && found.status === "open") return { id: found.id, label: found.label };
  if (found) throw new Error(`The test round is ${found.status}, not open.`);
  const round = (await coordinator.post(`/api/v1/networks/${DEMO_NETWORK_ID}/rounds`, {
    label: FIELDWORK_ROUND_LABEL,
    opensOn: isoDay(0),
    closesOn: isoDay(30),
    centreIds: [CENTRE_ID],
  })) as { id: string };
  await coordinator.post(`/api/v1/rounds/${round.id}/open`, {});
  return { id: round.id, label: FIELDWORK_ROUND_LABEL };
}

/** Fresh single-use codes for the centre in the round. */
export async function newCodes(roundId: string, count: number): Promise<string[]> {
  const coordinator = await apiWriter("coordinator@example.org");
  const made = (await coordinator.post(`/api/v1/rounds/${roundId}/invitations`, {
    centreId: CENTRE_ID,
    count,
  })) as { codes: string[] };
  return made.codes;
}

/** A facilitator account for the centre (made the first time; the password is the demo's). */
export async function centreFacilitator(): Promise<string> {
  const coordinator = await apiWriter("coordinator@example.org");
  const people = (await coordinator.get(`/api/v1/networks/${DEMO_NETWORK_ID}/memberships`)) as {
    email: string;
  }[];
  if (!people.some((m) => m.email === FACILITATOR_EMAIL)) {
    await coordinator.post(`/api/v1/networks/${DEMO_NETWORK_ID}/memberships`, {
      email: FACILITATOR_EMAIL,
      name: "Sofie Survey",
      role: "facilitator",
      centreId: CENTRE_ID,
      password: DEMO_PASSWORD,
    });
  }
  return FACILITATOR_EMAIL;
}

/** Answers a code through the API, as another respondent's phone would. */
export async function answerByApi(code: string, answers: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${baseUrl}/api/v1/survey/${code}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
    body: JSON.stringify({ answers }),
  });
  return res.status;
}
