/**
 * How to reach each page of the SPA (keyed by the router's path pattern) and who may see it: the
 * table the page sweep and the Danish-only walk share. A page the router has and this table lacks
 * fails the page sweep's first test.
 */
import type { SweepData } from "./page-sweep-data.ts";

/** "anonymous": nobody signed in (respondents with a code, workshop participants, the login). */
export type Role = "coordinator" | "facilitator" | "researcher" | "anonymous";

export interface Reach {
  /** Who may see the page (for anyone else the API answers 403 or 404). */
  roles: Role[];
  /** The address to open, filled in from the demo. */
  url: (d: SweepData, role: Role) => string;
  /**
   * Other addresses of the same page that show it otherwise (a filter, an earlier round, one of
   * its views): the page sweep opens and checks them as well.
   */
  also?: (d: SweepData, role: Role) => string[];
  /** Drawn after the page's data has come (charts): wait for it too. */
  ready?: string;
  /** The page is the "not found" page itself. */
  notFound?: true;
}

export const signedIn: Role[] = ["coordinator", "facilitator", "researcher"];
/** The network's coordinator and the centre's own facilitator. */
const centreStaff: Role[] = ["coordinator", "facilitator"];
const anonymous: Role[] = ["anonymous"];

/** How to reach each page of the SPA, keyed by the router's path pattern. */
export const reach: Record<string, Reach> = {
  "/login": { roles: anonymous, url: () => "/login" },
  "/account/:token": { roles: [...anonymous, ...signedIn], url: (d) => `/account/${d.accountToken}` },
  "/join": { roles: anonymous, url: () => "/join" },
  "/j": { roles: anonymous, url: () => "/j" },
  "/join/:code": { roles: anonymous, url: (d) => `/join/${d.joinCode}` },
  "/j/:code": { roles: anonymous, url: (d) => `/j/${d.joinCode}` },
  "/vote": { roles: anonymous, url: () => "/vote" },
  "/vote/:code": { roles: anonymous, url: (d) => `/vote/${d.voteCode}` },

  "/": { roles: signedIn, url: () => "/" },
  "/*404": { roles: signedIn, url: () => "/no/such/page", notFound: true },
  "/networks/:networkId": { roles: signedIn, url: (d) => `/networks/${d.networkId}` },
  "/networks/:networkId/centres": { roles: signedIn, url: (d) => `/networks/${d.networkId}/centres` },
  "/networks/:networkId/people": { roles: signedIn, url: (d) => `/networks/${d.networkId}/people` },
  "/networks/:networkId/research": {
    roles: ["coordinator"],
    url: (d) => `/networks/${d.networkId}/research`,
  },
  "/workshops/:workshopId/present": { roles: centreStaff, url: (d) => `/workshops/${d.workshopId}/present` },
  "/voting-sessions/:sessionId/present": {
    roles: centreStaff,
    url: (d) => `/voting-sessions/${d.sessionId}/present`,
  },
  "/networks/:networkId/rounds": { roles: signedIn, url: (d) => `/networks/${d.networkId}/rounds` },
  "/networks/:networkId/seminars": { roles: signedIn, url: (d) => `/networks/${d.networkId}/seminars` },
  "/seminars/:seminarId": { roles: signedIn, url: (d) => `/seminars/${d.seminarId}` },
  "/networks/:networkId/practices": {
    roles: signedIn,
    url: (d) => `/networks/${d.networkId}/practices`,
    also: (d) => [`/networks/${d.networkId}/practices?q=kodeks`],
  },
  "/themes": { roles: signedIn, url: () => "/themes", also: () => ["/themes?scale=work-pace"] },
  "/research/guide": { roles: signedIn, url: () => "/research/guide" },
  "/themes/:key": {
    roles: signedIn,
    url: (d) => `/themes/${d.themeKey}`,
    also: () => ["/themes/time-pressure", "/themes/measurements-performance"],
  },

  "/networks/:networkId/cycle": {
    roles: ["coordinator"],
    url: (d) => `/networks/${d.networkId}/cycle`,
    also: (d) => [`/networks/${d.networkId}/cycle?roundId=demo-round-2007`],
  },
  "/rounds/:roundId/overview": {
    roles: ["coordinator"],
    url: (d) => `/rounds/${d.publishedRoundId}/overview`,
    ready: "#table-across",
  },

  "/centres/:centreId": { roles: centreStaff, url: (d) => `/centres/${d.centreId}` },
  "/centres/:centreId/cycle": {
    roles: centreStaff,
    url: (d) => `/centres/${d.centreId}/cycle`,
    also: (d) => [`/centres/${d.centreId}/cycle?roundId=demo-round-2007`],
  },
  "/centres/:centreId/results-meetings": {
    roles: centreStaff,
    url: (d) => `/centres/${d.centreId}/results-meetings`,
    also: (d) => [`/centres/${d.centreId}/results-meetings?roundId=demo-round-2009`],
  },
  "/centres/:centreId/rounds/:roundId/results-meeting": {
    roles: centreStaff,
    url: (d) => `/centres/${d.centreId}/rounds/${d.meetingRoundId}/results-meeting`,
  },
  "/rounds/:roundId/report/:centreId": {
    roles: centreStaff,
    url: (d) => `/rounds/${d.publishedRoundId}/report/${d.centreId}`,
    // The teams' heatmap waits for its section to be opened (issue 14); the charts above it do not.
    ready: 'svg[data-chart="value-most"]',
  },
  // Fieldwork: the coordinator in the open round, the facilitator in the centre's published one.
  "/rounds/:roundId/invitations": {
    roles: centreStaff,
    url: (d, role) => `/rounds/${role === "coordinator" ? d.openRoundId : d.publishedRoundId}/invitations`,
  },
  "/rounds/:roundId/import": {
    roles: centreStaff,
    url: (d, role) => `/rounds/${role === "coordinator" ? d.openRoundId : d.publishedRoundId}/import`,
  },
  "/rounds/:roundId/participation": {
    roles: centreStaff,
    url: (d, role) => `/rounds/${role === "coordinator" ? d.openRoundId : d.publishedRoundId}/participation`,
  },
  "/centres/:centreId/workshops": { roles: centreStaff, url: (d) => `/centres/${d.centreId}/workshops` },
  "/workshops/:workshopId": { roles: centreStaff, url: (d) => `/workshops/${d.workshopId}` },
  "/voting-sessions/:sessionId": { roles: centreStaff, url: (d) => `/voting-sessions/${d.sessionId}` },
  "/centres/:centreId/plans": { roles: centreStaff, url: (d) => `/centres/${d.centreId}/plans` },
  "/centres/:centreId/plans/new": { roles: centreStaff, url: (d) => `/centres/${d.centreId}/plans/new` },
  "/plans/:planId": { roles: centreStaff, url: (d) => `/plans/${d.planId}` },
  "/practices/:practiceId/plan-draft": {
    roles: centreStaff,
    url: (d) => `/practices/${d.practiceId}/plan-draft`,
  },
};

export const pagesFor = (role: Role) => Object.entries(reach).filter(([, r]) => r.roles.includes(role));
