import type { RouteDefinition } from "@solidjs/router";

/** Routes of the seminars screens: `signedIn` go under the signed-in shell, `open` need no account. */
export const seminarsRoutes: { signedIn: RouteDefinition[]; open: RouteDefinition[] } = {
  signedIn: [],
  open: [],
};
