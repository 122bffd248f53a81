import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { getCentre, getTeams } from "../data/queries.ts";
import { warm } from "../lib/warm.ts";

const plansData = () => import("../pages/plans/plans-data.ts");
const workshopsData = () => import("../pages/workshops/workshops-data.ts");

const join = lazy(() => import("../pages/participant/join-page.tsx"));

/**
 * Routes of the workshops screens: `signedIn` go under the signed-in shell (the facilitator's
 * centre: workshop series, voting sessions, action plans), `open` need no account (participants
 * with a join code: `/join/:code` or the short `/j/:code`, and `/vote/:code`; and the presenter
 * screens, which check the session themselves).
 */
export const workshopsRoutes: { signedIn: RouteDefinition[]; open: RouteDefinition[] } = {
  signedIn: [
    {
      path: "/centres/:centreId/workshops",
      component: lazy(() => import("../pages/workshops/workshops-page.tsx")),
      preload: ({ params }) =>
        warm(async () => {
          const d = await workshopsData();
          await Promise.all([getCentre(params.centreId ?? ""), d.getWorkshops(params.centreId ?? "")]);
        }),
    },
    { path: "/workshops/:workshopId", component: lazy(() => import("../pages/workshops/workshop-page.tsx")) },
    {
      path: "/voting-sessions/:sessionId",
      component: lazy(() => import("../pages/workshops/session-page.tsx")),
    },
    {
      path: "/centres/:centreId/plans",
      component: lazy(() => import("../pages/plans/plans-page.tsx")),
      preload: ({ params }) =>
        warm(async () => {
          const d = await plansData();
          await Promise.all([
            getCentre(params.centreId ?? ""),
            getTeams(params.centreId ?? ""),
            d.getPlans(params.centreId ?? ""),
          ]);
        }),
    },
    {
      path: "/centres/:centreId/plans/new",
      component: lazy(() => import("../pages/plans/new-plan-page.tsx")),
    },
    {
      path: "/plans/:planId",
      component: lazy(() => import("../pages/plans/plan-page.tsx")),
      preload: ({ params }) => warm(async () => (await plansData()).getPlan(params.planId ?? "")),
    },
  ],
  open: [
    { path: ["/join", "/j"], component: join },
    { path: ["/join/:code", "/j/:code"], component: join },
    { path: "/vote", component: join },
    { path: "/vote/:code", component: lazy(() => import("../pages/participant/vote-page.tsx")) },
    // The presenter screens fill the projector: no app shell around them; they need a signed-in
    // facilitator (the API answers 401 otherwise, and the screen says to sign in).
    {
      path: "/workshops/:workshopId/present",
      component: lazy(() => import("../pages/workshops/present-workshop-page.tsx")),
    },
    {
      path: "/voting-sessions/:sessionId/present",
      component: lazy(() => import("../pages/workshops/present-session-page.tsx")),
    },
  ],
};
