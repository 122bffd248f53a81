/**
 * Route preloading: a route's `preload` starts its page's queries while the page's module loads
 * (also on hovering a link to it); the page reads the same cached queries and reports their outcome,
 * so a failure here is left for the page to show. Preloading needs a session: before sign-in the
 * API would only refuse, so nothing starts.
 */
import { me } from "./session.ts";

/** Starts `start()` early when signed in; its outcome is the page's to read. */
export function warm(start: () => Promise<unknown>): void {
  if (!me()) return;
  start().catch(() => {});
}

/** `warm` for a feature whose queries live in a module that loads with its pages (`load`). */
export const warmFrom =
  <M>(load: () => Promise<M>) =>
  (start: (module: M) => Promise<unknown>): void =>
    warm(() => load().then(start));
