import type { RouteDefinition } from "@solidjs/router";

/** Routes of the results screens: `signedIn` go under the signed-in shell, `open` need no account. */
export const resultsRoutes: { signedIn: RouteDefinition[]; open: RouteDefinition[] } = {
  signedIn: [],
  open: [],
};
