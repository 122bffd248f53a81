/**
 * The route table. Pages load lazily; each page's data is started by its `preload` (also on
 * hovering a link to it) and read by the page through the same cached queries.
 */
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { RequireAuth } from "./components/require-auth.tsx";
import {
  getCentre,
  getCentres,
  getMemberships,
  getNetwork,
  getNetworks,
  getRounds,
  getTeams,
} from "./data/queries.ts";
import { resultsRoutes } from "./feature-routes/results.ts";
import { seminarsRoutes } from "./feature-routes/seminars.ts";
import { surveyRoutes } from "./feature-routes/survey.ts";
import { workshopsRoutes } from "./feature-routes/workshops.ts";
import { warm } from "./lib/warm.ts";

const features = [resultsRoutes, surveyRoutes, workshopsRoutes, seminarsRoutes];

export const routes: RouteDefinition[] = [
  { path: "/login", component: lazy(() => import("./pages/login-page.tsx")) },
  // A one-time link (invitation or new password) works signed in or not.
  { path: "/account/:token", component: lazy(() => import("./pages/account-link-page.tsx")) },
  ...features.flatMap((f) => f.open),
  {
    path: "/",
    component: RequireAuth,
    children: [
      {
        path: "/",
        component: lazy(() => import("./pages/home-page.tsx")),
        preload: () => {
          warm(() => getNetworks());
        },
      },
      {
        path: "/networks/:networkId",
        component: lazy(() => import("./pages/network/network-layout.tsx")),
        preload: ({ params }) => {
          warm(() => getNetwork(params.networkId ?? ""));
        },
        children: [
          { path: "/", component: lazy(() => import("./pages/network/settings-page.tsx")) },
          {
            path: "/centres",
            component: lazy(() => import("./pages/network/centres-page.tsx")),
            preload: ({ params }) => {
              warm(() => getCentres(params.networkId ?? ""));
            },
          },
          {
            path: "/people",
            component: lazy(() => import("./pages/network/people-page.tsx")),
            preload: ({ params }) => {
              warm(() => getMemberships(params.networkId ?? ""));
              warm(() => getCentres(params.networkId ?? ""));
            },
          },
          {
            path: "/rounds",
            component: lazy(() => import("./pages/network/rounds-page.tsx")),
            preload: ({ params }) => {
              warm(() => getRounds(params.networkId ?? ""));
              warm(() => getCentres(params.networkId ?? ""));
            },
          },
          {
            path: "/research",
            component: lazy(() => import("./pages/research/tokens-page.tsx")),
          },
        ],
      },
      {
        path: "/centres/:centreId",
        component: lazy(() => import("./pages/centre-page.tsx")),
        preload: ({ params }) => {
          warm(() => getCentre(params.centreId ?? ""));
          warm(() => getTeams(params.centreId ?? ""));
        },
      },
      { path: "/research/guide", component: lazy(() => import("./pages/research/guide/guide-page.tsx")) },
      ...features.flatMap((f) => f.signedIn),
      { path: "*404", component: lazy(() => import("./pages/not-found-page.tsx")) },
    ],
  },
];
