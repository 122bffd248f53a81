import { render } from "solid-js/web";
import { App } from "./app.tsx";
import { loadStrings, locale } from "./lib/i18n.ts";
import { loadMe } from "./lib/session.ts";

/** The signed-in app (see main.tsx). */
export function start(root: HTMLElement): void {
  void loadMe();
  // The current language's strings first (one small chunk, fetched alongside the session).
  void loadStrings()
    .finally(() => render(() => <App />, root))
    // Then the other language, so that the switch in the header is instant.
    .then(() => loadStrings(locale() === "da" ? "en" : "da"));
}
