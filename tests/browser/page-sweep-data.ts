/**
 * What the page sweep fills the SPA's `:params` with: ids read from the demo network through the
 * API (the first of each list), the open test round and a fresh invitation code that the survey
 * tests share, and one workshop open to participants (made the first time) for the participants'
 * pages. That workshop is Lindholm's: a new workshop counts in its centre's latest cycle, and no
 * other test reads Lindholm's cycle (Borgerservice's and Nordlys' are walked through step by step).
 */
import { apiAs, apiSession, baseUrl, demoCentres } from "./helpers.ts";
import { fieldworkRound, newCodes } from "./survey-fixtures.ts";

export interface SweepData {
  networkId: string;
  /** Borgerservice: the demo's facilitator's centre, with workshops, plans and meetings. */
  centreId: string;
  /** The centre's latest published round. */
  publishedRoundId: string;
  /** A round the centre held a results meeting for. */
  meetingRoundId: string;
  /** An open round (of Nordlys) in fieldwork. */
  openRoundId: string;
  workshopId: string;
  sessionId: string;
  planId: string;
  seminarId: string;
  practiceId: string;
  themeKey: string;
  /** An unused invitation code of the open round. */
  surveyCode: string;
  /** The join code of a workshop collecting statements. */
  joinCode: string;
  /** The code of an open voting session. */
  voteCode: string;
  /** A one-time link's token: an invitation nobody has accepted. */
  accountToken: string;
}

const PARTICIPANT_CENTRE_ID = "demo-c08";
/** The workshop the demo seed gives Borgerservice (scripts/demo/workshop.ts). */
const DEMO_WORKSHOP_ID = "demo-workshop-2007";
const PARTICIPANT_WORKSHOP_TITLE = "Sidegennemgang (browsertest)";

function first<T>(list: T[], what: string): T {
  const item = list[0];
  if (item === undefined) throw new Error(`The demo has no ${what}.`);
  return item;
}

/** A workshop collecting statements, with an open voting session: made once per server. */
async function participantWorkshop(): Promise<{ joinCode: string; voteCode: string }> {
  const coordinator = await apiAs("coordinator@example.org");
  const base = `/api/v1/centres/${PARTICIPANT_CENTRE_ID}/workshops`;
  const listed = (await coordinator.json("GET", base)) as {
    id: string;
    title: string;
    joinCode: string | null;
  }[];
  const workshop =
    listed.find((w) => w.title === PARTICIPANT_WORKSHOP_TITLE) ??
    ((await coordinator.json("POST", base, { title: PARTICIPANT_WORKSHOP_TITLE })) as {
      id: string;
      joinCode: string;
    });
  const sessionsPath = `/api/v1/workshops/${workshop.id}/voting-sessions`;
  let sessions = (await coordinator.json("GET", sessionsPath)) as { code: string; status: string }[];
  if (!sessions.some((s) => s.status === "open")) {
    for (const text of ["Gode kolleger", "Ro til opgaverne", "Fleksibel vagtplan"]) {
      await coordinator.json("POST", `/api/v1/workshops/${workshop.id}/statements`, { text });
    }
    await coordinator.json("POST", sessionsPath, { mode: "rank" });
    sessions = (await coordinator.json("GET", sessionsPath)) as { code: string; status: string }[];
  }
  const open = sessions.find((s) => s.status === "open");
  if (!workshop.joinCode || !open) throw new Error("The participants' workshop has no join or vote code.");
  return { joinCode: workshop.joinCode, voteCode: open.code };
}

export async function sweepData(): Promise<SweepData> {
  const { networkId, centres } = await demoCentres();
  const centreId = centres.find((c) => c.name === "Borgerservice")?.id;
  if (!centreId) throw new Error("The demo has no Borgerservice.");
  const get = await apiSession("coordinator@example.org");
  const rounds = (await get(`/api/v1/networks/${networkId}/rounds`)) as {
    id: string;
    status: string;
    opensOn: string;
    centreIds: string[];
  }[];
  const published = rounds
    .filter((r) => r.status === "published" && r.centreIds.includes(centreId))
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  const meetings = (await get(`/api/v1/centres/${centreId}/results-meetings`)) as { roundId: string }[];
  // The demo's own workshop, with its sessions: not the newest, which another test file may have
  // just made without any (the files share the server, and their order follows their sizes).
  const workshops = (await get(`/api/v1/centres/${centreId}/workshops`)) as { id: string }[];
  const workshop = workshops.find((w) => w.id === DEMO_WORKSHOP_ID) ?? first(workshops, "workshop");
  const sessions = (await get(`/api/v1/workshops/${workshop.id}/voting-sessions`)) as { id: string }[];
  const plans = (await get(`/api/v1/centres/${centreId}/action-plans`)) as { id: string }[];
  const seminars = (await get(`/api/v1/networks/${networkId}/seminars`)) as { id: string }[];
  const practices = (await get(`/api/v1/networks/${networkId}/practices`)) as { id: string }[];
  const themes = (await get("/api/v1/themes")) as { key: string }[];
  const openRound = await fieldworkRound();
  const [surveyCode] = await newCodes(openRound.id, 1);
  if (!surveyCode) throw new Error(`No invitation code was made at ${baseUrl}.`);
  const coordinator = await apiAs("coordinator@example.org");
  const { token: accountToken } = (await coordinator.json(
    "POST",
    `/api/v1/networks/${networkId}/member-invitations`,
    {
      email: `sweep-${crypto.randomUUID()}@example.org`,
      role: "researcher",
    },
  )) as { token: string };
  return {
    accountToken,
    networkId,
    centreId,
    publishedRoundId: published.at(-1)?.id ?? first([], "published round"),
    meetingRoundId: first(meetings, "results meeting").roundId,
    openRoundId: openRound.id,
    workshopId: workshop.id,
    sessionId: first(sessions, "voting session").id,
    planId: first(plans, "action plan").id,
    seminarId: first(seminars, "seminar").id,
    practiceId: first(practices, "practice").id,
    themeKey: first(themes, "theme").key,
    surveyCode,
    ...(await participantWorkshop()),
  };
}
