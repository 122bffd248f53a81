import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { warmFrom } from "../lib/warm.ts";

/** The results screens' queries load with their pages, not with the first page. */
const data = () => import("../pages/results/results-data.ts");
const warm = warmFrom(data);

/**
 * Routes of the results screens: `signedIn` go under the signed-in shell, `open` need no account.
 * The pages (and d3) load on demand: none of it is in the first page's JavaScript.
 */
export const resultsRoutes: { signedIn: RouteDefinition[]; open: RouteDefinition[] } = {
  signedIn: [
    {
      path: "/rounds/:roundId/report/:centreId",
      component: lazy(() => import("../pages/results/report-page.tsx")),
      // The report carries all its page needs before the first table (issue 14, "fast to open").
      preload: ({ params }) => warm((d) => d.getReport(params.roundId ?? "", params.centreId ?? "")),
    },
    {
      path: "/rounds/:roundId/overview",
      component: lazy(() => import("../pages/results/overview-page.tsx")),
      // The overview, too, carries all its page needs.
      preload: ({ params }) => warm((d) => d.getOverview(params.roundId ?? "", false)),
    },
  ],
  open: [],
};
