import type { RouteDefinition } from "@solidjs/router";

/** Routes of the survey screens: `signedIn` go under the signed-in shell, `open` need no account. */
export const surveyRoutes: { signedIn: RouteDefinition[]; open: RouteDefinition[] } = {
  signedIn: [],
  open: [],
};
