/**
 * Who may call what: the declared authorisation policy that the matrix test holds every route to.
 *
 * Keys are "METHOD /path/{template}" as in the OpenAPI document. A rule's `match` is a pattern over
 * them: METHOD is `*` or alternatives `GET|POST`; in the path `*` is one segment, `**` any number of
 * segments (none included), and `a|b` in a segment is either. The first matching rule wins, so
 * narrow rules come first. A route that no rule matches fails the matrix test with its key, and so
 * does a rule that no route matches any more.
 *
 * The targets are always centre A's things in the fixture's network (see world.ts): the
 * "facilitator" runs centre A, the "otherFacilitator" centre B, the "outsider" coordinates another
 * network. Rounds of the world take part with centre A only, so centre B's facilitator has no part
 * in them either.
 */

export const CALLERS = [
  "anonymous",
  "respondent",
  "participant",
  "token",
  "outsider",
  "otherFacilitator",
  "researcher",
  "facilitator",
  "coordinator",
] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * `allow`: let in. The matrix sends valid requests with objects in the state the route needs
 * (requests.ts), so it holds an allowed caller to a 2xx: a domain 409 or 422 there means the sample
 * or the state needs fixing, never 401, 403 or 404. A number: exactly that status, as problem+json.
 */
export type Outcome = "allow" | 401 | 403 | 404;
type Level = Record<Caller, Outcome>;

/** Not signed in: 401. A research token off the export routes: 403. Another network: 404. */
const signedOut = { anonymous: 401, respondent: 401, participant: 401, token: 403, outsider: 404 } as const;
const members = {
  otherFacilitator: "allow",
  researcher: "allow",
  facilitator: "allow",
  coordinator: "allow",
} as const;

export const levels = {
  public: Object.fromEntries(CALLERS.map((c) => [c, "allow"])) as Level,
  signedIn: { ...signedOut, outsider: "allow", ...members },
  /** Any role in the network reads. */
  member: { ...signedOut, ...members },
  /** The coordinator and the facilitators write; researchers read only. */
  writer: { ...signedOut, ...members, researcher: 403 },
  coordinator: {
    ...signedOut,
    otherFacilitator: 403,
    researcher: 403,
    facilitator: 403,
    coordinator: "allow",
  },
  /** Centre A's own facilitator and the coordinator; another centre's facilitator does not learn it exists. */
  centre: {
    ...signedOut,
    otherFacilitator: 404,
    researcher: 403,
    facilitator: "allow",
    coordinator: "allow",
  },
  centreCoordinator: {
    ...signedOut,
    otherFacilitator: 404,
    researcher: 403,
    facilitator: 403,
    coordinator: "allow",
  },
  /** Research exports: the network's tokens, coordinator and researchers; never a facilitator. */
  export: {
    ...signedOut,
    token: "allow",
    otherFacilitator: 403,
    researcher: "allow",
    facilitator: 403,
    coordinator: "allow",
  },
  /** A one-time link is for a person without a session (or signed in as the invited email, tested elsewhere). */
  linkHolder: {
    ...Object.fromEntries(CALLERS.map((c) => [c, 403])),
    anonymous: "allow",
    respondent: "allow",
    participant: "allow",
  } as Level,
  /** Only the code opens it: a survey code (single use) or a workshop/voting code; a wrong code is 404. */
  surveyCode: { ...Object.fromEntries(CALLERS.map((c) => [c, 404])), respondent: "allow" } as Level,
  workshopCode: { ...Object.fromEntries(CALLERS.map((c) => [c, 404])), participant: "allow" } as Level,
} satisfies Record<string, Level>;

export interface Rule {
  match: string;
  level: keyof typeof levels;
  /** Callers whose answer differs from the level's. */
  except?: Partial<Level>;
  /** Why the rule is what it is, where that is not obvious. */
  why?: string;
}

export const policy: Rule[] = [
  { match: "GET /api/health", level: "public" },
  { match: "POST /api/auth/login|logout", level: "public", why: "logout ends whatever session there is" },
  { match: "GET /api/auth/me", level: "signedIn" },
  { match: "GET /api/v1/themes/**", level: "public" },
  { match: "GET /api/v1/scales/*/themes", level: "public" },
  { match: "GET /api/v1/research-docs", level: "public" },

  { match: "* /api/v1/survey/**", level: "surveyCode" },
  { match: "* /api/v1/join|collect|vote/**", level: "workshopCode" },

  { match: "GET|POST /api/v1/networks", level: "signedIn", why: "anyone signed in may start a network" },
  { match: "GET /api/v1/networks/*/export/**", level: "export" },
  {
    match: "GET /api/v1/networks/*/snapshots/**",
    level: "export",
    why: "a round's snapshot holds the responses export's rows: the export's readers only",
  },
  { match: "* /api/v1/networks/*/tokens/**", level: "coordinator" },
  { match: "* /api/v1/networks/*/memberships|member-invitations", level: "coordinator" },
  { match: "DELETE /api/v1/memberships|member-invitations/*", level: "coordinator" },
  { match: "POST /api/v1/memberships/*/password-reset", level: "coordinator" },
  { match: "GET /api/v1/account-links/*", level: "public" },
  {
    match: "POST /api/v1/account-links/*/accept",
    level: "linkHolder",
    why: "the sample makes a new person; a signed-in caller with another email is refused",
  },
  { match: "GET /api/v1/networks/*/cycle", level: "coordinator" },
  { match: "POST /api/v1/networks/*/practices", level: "writer" },
  { match: "GET /api/v1/networks/*/**", level: "member" },
  { match: "PATCH /api/v1/networks/*", level: "coordinator" },
  { match: "POST|PUT /api/v1/networks/*/**", level: "coordinator" },

  { match: "GET /api/v1/rounds/*/report", level: "centre", why: "the report of centre A (?centre=)" },
  {
    match: "GET /api/v1/rounds/*/report/learn-from-best",
    level: "centre",
    why: "read beside centre A's report, by those who may read that report",
  },
  { match: "GET /api/v1/rounds/*/overview", level: "coordinator" },
  {
    match: "POST /api/v1/rounds/*/invitations|responses/**",
    level: "centreCoordinator",
    why: "separation of duties: only the coordinator issues and revokes codes and imports answers",
  },
  { match: "PATCH /api/v1/rounds/*/headcounts", level: "centreCoordinator" },
  {
    match: "* /api/v1/rounds/*/invitations|participation|headcounts|audit|slip-requests",
    level: "centre",
    why: "a round's centre work: the facilitators of its centres read counts and audit, and ask for slips",
  },
  {
    match: "GET /api/v1/rounds/*",
    level: "member",
    except: { otherFacilitator: 404 },
    why: "a facilitator sees the rounds their centre takes part in",
  },
  { match: "PATCH|POST /api/v1/rounds/**", level: "coordinator" },

  {
    match: "GET /api/v1/instruments/*/codebook",
    level: "member",
    except: { token: "allow" },
    why: "a network's own instrument: its members and its tokens",
  },
  { match: "GET /api/v1/instruments/*", level: "member" },

  { match: "PATCH /api/v1/centres/*", level: "centreCoordinator" },
  { match: "* /api/v1/centres/**", level: "centre" },
  {
    match: "DELETE /api/v1/workshops/*",
    level: "centre",
    why: "the centre's facilitator and the coordinator; a fresh workshop has no ballots or plans, so 204",
  },
  { match: "* /api/v1/teams|workshops|statements|voting-sessions/**", level: "centre" },
  { match: "* /api/v1/action-plans|action-items|results-meetings/**", level: "centre" },

  {
    match: "* /api/v1/seminars/*/contributions/**",
    level: "writer",
    except: { otherFacilitator: 404 },
    why: "a facilitator writes only their own centre's contributions",
  },
  { match: "GET /api/v1/seminars/*", level: "member" },
  { match: "PATCH|DELETE /api/v1/seminars/*", level: "coordinator" },

  { match: "GET /api/v1/practices/*/plan-draft", level: "writer" },
  { match: "GET /api/v1/practices/*", level: "member" },
  {
    match: "PATCH|DELETE /api/v1/practices/*",
    level: "writer",
    except: { otherFacilitator: 403 },
    why: "every member reads the library, so refusing another centre tells nothing: 403, not 404",
  },
];

function segmentMatches(pattern: string, segment: string): boolean {
  return pattern === "*" || pattern.split("|").includes(segment);
}

function pathMatches(pattern: string[], path: string[]): boolean {
  if (pattern.length === 0) return path.length === 0;
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === "**") return rest.length === 0 || path.some((_, i) => pathMatches(rest, path.slice(i)));
  return path.length > 0 && segmentMatches(head, path[0] as string) && pathMatches(rest, path.slice(1));
}

export function ruleMatches(rule: Rule, key: string): boolean {
  const [method, path] = key.split(" ") as [string, string];
  const [m, p] = rule.match.split(" ") as [string, string];
  if (m !== "*" && !m.split("|").includes(method)) return false;
  return pathMatches(p.split("/").filter(Boolean), path.split("/").filter(Boolean));
}

export function ruleFor(key: string): Rule | undefined {
  return policy.find((r) => ruleMatches(r, key));
}

export function expected(rule: Rule, caller: Caller): Outcome {
  return rule.except?.[caller] ?? levels[rule.level][caller];
}
