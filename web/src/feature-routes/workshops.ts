import type { RouteDefinition } from "@solidjs/router";

/** Routes of the workshops screens: `signedIn` go under the signed-in shell, `open` need no account. */
export const workshopsRoutes: { signedIn: RouteDefinition[]; open: RouteDefinition[] } = {
  signedIn: [],
  open: [],
};
