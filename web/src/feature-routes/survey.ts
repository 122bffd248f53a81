import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { warmFrom } from "../lib/warm.ts";

/** The fieldwork screens' queries load with their pages, not with the first page. */
const data = () => import("../pages/fieldwork/fieldwork-data.ts");
const warm = warmFrom(data);

/**
 * Routes of the survey screens: `signedIn` go under the signed-in shell, `open` need no account.
 * The respondent's page (`/s/:code`) and the code entry (`/s`) are public and load apart from the
 * app (see main.tsx); a round's fieldwork
 * (invitations, import, participation) is for its coordinator and the centres' facilitators.
 */
export const surveyRoutes: { signedIn: RouteDefinition[]; open: RouteDefinition[] } = {
  signedIn: [
    {
      path: "/rounds/:roundId/invitations",
      component: lazy(() => import("../pages/fieldwork/invitations-page.tsx")),
      preload: ({ params }) =>
        warm((d) =>
          Promise.all([
            d.getFieldworkRound(params.roundId ?? ""),
            d.getInvitationSummary(params.roundId ?? ""),
          ]),
        ),
    },
    {
      path: "/rounds/:roundId/import",
      component: lazy(() => import("../pages/fieldwork/import-page.tsx")),
      preload: ({ params }) => warm((d) => d.getFieldworkRound(params.roundId ?? "")),
    },
    {
      path: "/rounds/:roundId/participation",
      component: lazy(() => import("../pages/fieldwork/participation-page.tsx")),
      preload: ({ params }) => warm((d) => d.getFieldworkRound(params.roundId ?? "")),
    },
  ],
  // The respondent's `/s` and `/s/:code` are an app of their own (survey-main.tsx), not routes here.
  open: [],
};
