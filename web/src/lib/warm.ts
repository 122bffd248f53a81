/**
 * Route preloading: a route's `preload` starts its page's queries while the page's module loads
 * (also on hovering a link to it); the page reads the same cached queries and reports their outcome,
 * so a failure here is left for the page to show. Preloading needs a session: before sign-in the
 * API would only refuse, so nothing starts. On the first page of a visit the session check is
 * still out when the route preloads: its queries then start the moment the check answers, beside
 * the page's code rather than after it (issue 14, "fast to open").
 */
import { me, meKnown } from "./session.ts";

/** Starts `start()` early when signed in; its outcome is the page's to read. */
export function warm(start: () => Promise<unknown>): void {
  const go = () => {
    if (me()) start().catch(() => {});
  };
  if (me() === undefined) void meKnown.then(go);
  else go();
}

/** `warm` for a feature whose queries live in a module that loads with its pages (`load`). */
export const warmFrom =
  <M>(load: () => Promise<M>) =>
  (start: (module: M) => Promise<unknown>): void =>
    warm(() => load().then(start));
