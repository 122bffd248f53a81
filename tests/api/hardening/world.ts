/**
 * A network with something of every kind in it, made through the API (the way a coordinator and a
 * facilitator would), so that every path template can be filled with real ids: centre A's round,
 * workshop, statements, voting sessions, action plan, seminar contribution, practice, results
 * meeting; the network's tokens, memberships, instrument and reference set. Centre B and the other
 * network come from the fixture, with their people.
 *
 * `object(kind, state, fresh)` gives an id: shared ones are made once per state; a fresh one is made
 * for each call that may change or delete it, so that one caller's DELETE does not turn the next
 * caller's answer into a 404.
 */
import { builtinInstrument } from "../../../shared/instrument/index.ts";
import { type Fixture, fixture, PASSWORD } from "../helpers.ts";
import { insertResponses, lcg, randomPacked } from "../research-helpers.ts";
import { Agent, signedIn } from "./send.ts";

export const BUILTIN_INSTRUMENT = `builtin-${builtinInstrument.key}-${builtinInstrument.version}`;

export type Signed = "coordinator" | "facilitatorA" | "facilitatorB" | "researcher" | "outsider";

export interface World {
  f: Fixture;
  agents: Record<Signed, Agent> & { anonymous: Agent; token: Agent };
  /** A new number each call: unique names, emails, panel codes. */
  seq: () => number;
  /** An id of `kind` (a path parameter's name) in `state`; `fresh` makes a new one. */
  object: (kind: string, state?: string, fresh?: boolean) => Promise<string>;
  /** A survey code of the open round, unused until the thousand made are all handed out. */
  surveyCode: () => string;
  /** The shared workshop's join code and the shared open voting session's code and statements. */
  joinCode: string;
  vote: { code: string; statementIds: string[] };
  shortList: string[];
  sessionOf: Map<string, { code: string; statementIds: string[] }>;
}

type Maker = (state: string) => Promise<string>;

export async function buildWorld(): Promise<World> {
  const f = await fixture();
  const [coordinator, facilitatorA, facilitatorB, researcher, outsider] = await Promise.all(
    (["coordinator", "facilitatorA", "facilitatorB", "researcher", "outsider"] as const).map((k) =>
      signedIn(k, f.emails[k]),
    ),
  );
  const c = coordinator;
  let n = 0;
  const seq = () => ++n;
  const id = async (path: string, body: unknown) => (await c.must("POST", path, body)).id as string;
  const rand = lcg(7);

  async function round(state: string): Promise<string> {
    const r = await id(`/api/v1/networks/${f.networkId}/rounds`, {
      label: `Round ${seq()}`,
      opensOn: "2031-03-01",
      closesOn: "2031-03-31",
      centreIds: [f.centreA],
    });
    if (state === "draft") return r;
    await c.must("POST", `/api/v1/rounds/${r}/open`);
    if (state === "open") return r;
    await insertResponses(
      r,
      Array.from({ length: 6 }, () => ({
        centreId: f.centreA,
        teamId: f.teamA1,
        packed: randomPacked(rand),
      })),
    );
    await c.must("POST", `/api/v1/rounds/${r}/close`);
    if (state === "closed") return r;
    await c.must("POST", `/api/v1/rounds/${r}/publish`);
    return r;
  }

  const sessionOf = new Map<string, { code: string; statementIds: string[] }>();
  async function workshop(): Promise<string> {
    const w = await c.must("POST", `/api/v1/centres/${f.centreA}/workshops`, { title: `Workshop ${seq()}` });
    for (const text of ["Clear goals", "Time to learn", "Kind colleagues"])
      await c.must("POST", `/api/v1/workshops/${w.id}/statements`, { text });
    await c.must("POST", `/api/v1/workshops/${w.id}/statements`, { text: "Noise", kind: "takes" });
    joinCodes.set(w.id, w.joinCode);
    return w.id;
  }
  const joinCodes = new Map<string, string>();

  const shared = new Map<string, Promise<string>>();
  const get = (kind: string, state = "") => {
    const key = `${kind}:${state}`;
    let p = shared.get(key);
    if (!p) {
      p = make(kind, state);
      shared.set(key, p);
    }
    return p;
  };

  const makers: Record<string, Maker> = {
    networkId: async () => f.networkId,
    centreId: async () => f.centreA,
    teamId: async () => id(`/api/v1/centres/${f.centreA}/teams`, { name: `Team ${seq()}` }),
    membershipId: async () => {
      // People join by accepting an invitation; the membership exists after that.
      const email = `member${seq()}-${f.networkId}@example.org`;
      const { token } = await c.must("POST", `/api/v1/networks/${f.networkId}/member-invitations`, {
        email,
        role: "researcher",
      });
      await new Agent("anonymous").must("POST", `/api/v1/account-links/${token}/accept`, {
        name: "Member",
        password: PASSWORD,
      });
      const people = (await c.must("GET", `/api/v1/networks/${f.networkId}/memberships`)) as unknown as {
        id: string;
        email: string;
      }[];
      return (people.find((m) => m.email === email) as { id: string }).id;
    },
    invitationId: async () =>
      id(`/api/v1/networks/${f.networkId}/member-invitations`, {
        email: `invited${seq()}-${f.networkId}@example.org`,
        role: "researcher",
      }),
    token: async () =>
      (
        await c.must("POST", `/api/v1/networks/${f.networkId}/member-invitations`, {
          email: `linked${seq()}-${f.networkId}@example.org`,
          role: "researcher",
        })
      ).token as string,
    roundId: (state) => round(state || "published"),
    instrumentId: async () =>
      id(`/api/v1/networks/${f.networkId}/instruments`, {
        ...builtinInstrument,
        key: `hardening-${f.networkId}-${seq()}`,
        version: 1,
      }),
    referenceSetId: async () =>
      id(`/api/v1/networks/${f.networkId}/reference-sets`, {
        instrumentId: BUILTIN_INSTRUMENT,
        name: `Reference ${seq()}`,
        source: "Made up for the hardening tests",
        synthetic: true,
        values: { influence: { mean: 50, sd: 20 } },
      }),
    workshopId: () => workshop(),
    statementId: async (state) =>
      id(
        `/api/v1/workshops/${await get("workshopId")}/statements`,
        state === "short" ? { text: `Short ${seq()}` } : { text: `Collected ${seq()}`, kind: "gives" },
      ),
    sessionId: async (state) => {
      const s = await c.must("POST", `/api/v1/workshops/${await get("workshopId")}/voting-sessions`, {
        mode: "rank",
        label: `Session ${seq()}`,
      });
      sessionOf.set(s.id, { code: s.code, statementIds: s.statementIds });
      if (state === "closed") await c.must("POST", `/api/v1/voting-sessions/${s.id}/close`);
      return s.id;
    },
    planId: async () =>
      id(`/api/v1/centres/${f.centreA}/action-plans`, {
        title: `Plan ${seq()}`,
        items: [{ text: "First step" }],
      }),
    itemId: async () => id(`/api/v1/action-plans/${await get("planId")}/items`, { text: `Step ${seq()}` }),
    tokenId: async () => id(`/api/v1/networks/${f.networkId}/tokens`, { name: `Token ${seq()}` }),
    seminarId: async () =>
      id(`/api/v1/networks/${f.networkId}/seminars`, { title: `Seminar ${seq()}`, startsOn: "2031-04-01" }),
    contributionId: async () =>
      id(`/api/v1/seminars/${await get("seminarId")}/contributions`, {
        centreId: f.centreA,
        kind: "presented",
        text: `Contribution ${seq()}`,
      }),
    meetingId: async () =>
      id(`/api/v1/centres/${f.centreA}/results-meetings`, {
        roundId: await get("roundId", "published"),
        heldOn: "2031-05-01",
      }),
    practiceId: async () =>
      id(`/api/v1/networks/${f.networkId}/practices`, {
        title: `Practice ${seq()}`,
        body: "- Ask the team\n- Try it for a month",
        centreId: f.centreA,
      }),
    key: async () => "time-pressure",
    scaleKey: async () => "influence",
  };

  async function make(kind: string, state: string): Promise<string> {
    const maker = makers[kind];
    if (!maker)
      throw new Error(
        `No fixture for path parameter {${kind}}: add a maker for it to tests/api/hardening/world.ts.`,
      );
    return maker(state);
  }

  const tokenAgent = new Agent("token");
  tokenAgent.bearer = (
    await c.must("POST", `/api/v1/networks/${f.networkId}/tokens`, { name: "Matrix" })
  ).token;

  const surveyRound = await get("roundId", "open");
  const codes: string[] = (
    await c.must("POST", `/api/v1/rounds/${surveyRound}/invitations`, { centreId: f.centreA, count: 1000 })
  ).codes;
  let surveyCodes = 0;
  const workshopId = await get("workshopId");
  const sessionId = await get("sessionId", "open");
  const session = sessionOf.get(sessionId) as { code: string; statementIds: string[] };

  return {
    f,
    agents: {
      coordinator,
      facilitatorA,
      facilitatorB,
      researcher,
      outsider,
      anonymous: new Agent("anonymous"),
      token: tokenAgent,
    },
    seq,
    object: (kind, state = "", fresh = false) => (fresh ? make(kind, state) : get(kind, state)),
    // Fresh codes first; past the thousand the same codes again (used by then, which is a case too).
    surveyCode: () => codes[surveyCodes++ % codes.length] as string,
    joinCode: joinCodes.get(workshopId) as string,
    vote: session,
    shortList: session.statementIds,
    sessionOf,
  };
}
