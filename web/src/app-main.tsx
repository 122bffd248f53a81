import { render } from "solid-js/web";
import { App } from "./app.tsx";
import { loadStrings } from "./lib/i18n.ts";
import { loadMe } from "./lib/session.ts";

/** The signed-in app (see main.tsx). */
export function start(root: HTMLElement): void {
  void loadMe();
  // The current language's strings (fetched alongside the session), and only those: the other
  // language is fetched if the reader switches to it (issue 14).
  void loadStrings().finally(() => render(() => <App />, root));
}
