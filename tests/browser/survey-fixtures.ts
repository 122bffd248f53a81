/**
 * What the survey and fieldwork browser tests set up through the API: one open round of the demo
 * network (made once per server and shared by both files, so that the demo's lists gain one round,
 * not one per test), fresh invitation codes in it, and a facilitator for its centre.
 *
 * The round is for Nordlys, not Borgerservice: a newer round of Borgerservice would become the
 * latest round of the centre that the cycle guide's tests walk through.
 */
import { apiAs, baseUrl, DEMO_PASSWORD } from "./helpers.ts";

export const DEMO_NETWORK_ID = "demo-network";
export const CENTRE_ID = "demo-c02";
export const CENTRE_NAME = "Nordlys Forsikring Kundeservice";
/** One of the centre's teams in the demo. */
export const TEAM_NAME = "Skade";
/** A facilitator of the centre, made by `centreFacilitator()`. */
export const FACILITATOR_EMAIL = "survey-test-facilitator@example.org";
export const FIELDWORK_ROUND_LABEL = "4. måling (browsertest)";

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The id of the open test round, making and opening it the first time. */
export async function fieldworkRound(): Promise<{ id: string; label: string }> {
  const coordinator = await apiAs("coordinator@example.org");
  const rounds = (await coordinator.json("GET", `/api/v1/networks/${DEMO_NETWORK_ID}/rounds`)) as {
    id: string;
    label: string;
    status: string;
  }[];
  const found = rounds.find((r) => r.label === FIELDWORK_ROUND_LABEL);
  if (found && found.status === "open") return { id: found.id, label: found.label };
  if (found) throw new Error(`The test round is ${found.status}, not open.`);
  const round = (await coordinator.json("POST", `/api/v1/networks/${DEMO_NETWORK_ID}/rounds`, {
    label: FIELDWORK_ROUND_LABEL,
    opensOn: isoDay(0),
    closesOn: isoDay(30),
    centreIds: [CENTRE_ID],
  })) as { id: string };
  await coordinator.json("POST", `/api/v1/rounds/${round.id}/open`, {});
  return { id: round.id, label: FIELDWORK_ROUND_LABEL };
}

/** Fresh single-use codes for the centre in the round. */
export async function newCodes(roundId: string, count: number): Promise<string[]> {
  const coordinator = await apiAs("coordinator@example.org");
  const made = (await coordinator.json("POST", `/api/v1/rounds/${roundId}/invitations`, {
    centreId: CENTRE_ID,
    count,
  })) as { codes: string[] };
  return made.codes;
}

/** A facilitator account for the centre (made the first time; the password is the demo's). */
export async function centreFacilitator(): Promise<string> {
  const coordinator = await apiAs("coordinator@example.org");
  const people = (await coordinator.json("GET", `/api/v1/networks/${DEMO_NETWORK_ID}/memberships`)) as {
    email: string;
  }[];
  if (!people.some((m) => m.email === FACILITATOR_EMAIL)) {
    // A person joins by accepting the coordinator's invitation and choosing their own password.
    const { token } = (await coordinator.json(
      "POST",
      `/api/v1/networks/${DEMO_NETWORK_ID}/member-invitations`,
      {
        email: FACILITATOR_EMAIL,
        role: "facilitator",
        centreId: CENTRE_ID,
      },
    )) as { token: string };
    const accepted = await fetch(`${baseUrl}/api/v1/account-links/${token}/accept`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Sofie Survey", password: DEMO_PASSWORD }),
    });
    if (!accepted.ok) throw new Error(`accepting the invitation: ${accepted.status}`);
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
