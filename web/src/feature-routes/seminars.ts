import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { warm } from "../lib/warm.ts";

const seminars = () => import("../pages/seminars/seminars-data.ts");
const practices = () => import("../pages/practices/practices-data.ts");
const themes = () => import("../pages/themes/themes-data.ts");
const cycle = () => import("../pages/cycle/cycle-data.ts");

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const resultsMeetings = lazy(() => import("../pages/cycle/results-meetings-page.tsx"));

/**
 * Routes of the seminars screens, the practice and theme library, the cycle guide and the
 * results-meeting notes: `signedIn` go under the signed-in shell, `open` need no account.
 * The cycle guide's links (api/routes/cycle/derive-cycle.ts) point at these paths.
 */
export const seminarsRoutes: { signedIn: RouteDefinition[]; open: RouteDefinition[] } = {
  signedIn: [
    {
      path: "/networks/:networkId/seminars",
      component: lazy(() => import("../pages/seminars/seminars-page.tsx")),
      preload: ({ params }) => warm(() => seminars().then((d) => d.getSeminars(params.networkId ?? ""))),
    },
    {
      path: "/seminars/:seminarId",
      component: lazy(() => import("../pages/seminars/seminar-page.tsx")),
      preload: ({ params }) => warm(() => seminars().then((d) => d.getSeminar(params.seminarId ?? ""))),
    },
    {
      path: "/networks/:networkId/practices",
      component: lazy(() => import("../pages/practices/practices-page.tsx")),
      preload: ({ params, location }) =>
        warm(() =>
          practices().then((d) =>
            d.getPractices(params.networkId ?? "", {
              q: one(location.query.q)?.trim() || undefined,
              theme: one(location.query.theme),
              scale: one(location.query.scale),
            }),
          ),
        ),
    },
    {
      path: "/practices/:practiceId/plan-draft",
      component: lazy(() => import("../pages/practices/plan-draft-page.tsx")),
      preload: ({ params }) =>
        warm(() =>
          practices().then((d) =>
            Promise.all([d.getPractice(params.practiceId ?? ""), d.getPlanDraft(params.practiceId ?? "")]),
          ),
        ),
    },
    {
      path: "/themes",
      component: lazy(() => import("../pages/themes/themes-page.tsx")),
      preload: () => warm(() => themes().then((d) => d.getThemes())),
    },
    {
      path: "/themes/:key",
      component: lazy(() => import("../pages/themes/theme-page.tsx")),
      preload: () => warm(() => themes().then((d) => d.getThemes())),
    },
    {
      path: "/centres/:centreId/cycle",
      component: lazy(() => import("../pages/cycle/centre-cycle-page.tsx")),
      preload: ({ params, location }) =>
        warm(() => cycle().then((d) => d.getCentreCycle(params.centreId ?? "", one(location.query.roundId)))),
    },
    {
      path: "/networks/:networkId/cycle",
      component: lazy(() => import("../pages/cycle/network-cycle-page.tsx")),
      preload: ({ params, location }) =>
        warm(() =>
          cycle().then((d) => d.getNetworkCycle(params.networkId ?? "", one(location.query.roundId))),
        ),
    },
    {
      path: "/centres/:centreId/results-meetings",
      component: resultsMeetings,
      preload: ({ params }) => warm(() => cycle().then((d) => d.getResultsMeetings(params.centreId ?? ""))),
    },
    {
      path: "/centres/:centreId/rounds/:roundId/results-meeting",
      component: resultsMeetings,
      preload: ({ params }) => warm(() => cycle().then((d) => d.getResultsMeetings(params.centreId ?? ""))),
    },
  ],
  open: [],
};
