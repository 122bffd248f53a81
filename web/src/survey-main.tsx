/**
 * The respondent's pages (`/s` and `/s/:code`) as their own small app: no router, no session, no
 * zod, and only the survey's strings in the reader's language. A phone loads this and the survey
 * page before the first question, within the 60 kB (gzip) the survey issue allows; everything
 * else of the app stays on the server.
 */
import { createSignal, lazy, Match, Switch } from "solid-js";
import { render } from "solid-js/web";
import { loadStrings, locale, setLocale, t, useSurveyStrings } from "./lib/i18n.ts";
import { registerOfflineWorker } from "./pages/survey/offline.ts";

const SurveyPage = lazy(() => import("./pages/survey/survey-page.tsx"));
const CodeEntryPage = lazy(() => import("./pages/survey/code-entry-page.tsx"));

const codeOf = (path: string) => {
  const m = /^\/s\/([^/]+)\/?$/.exec(path);
  return m ? decodeURIComponent(m[1] as string) : null;
};

function SurveyShell() {
  const [code, setCode] = createSignal(codeOf(location.pathname));
  addEventListener("popstate", () => setCode(codeOf(location.pathname)));
  const open = (next: string) => {
    history.pushState(null, "", `/s/${encodeURIComponent(next)}`);
    setCode(next);
  };
  const otherLocale = () => (locale() === "da" ? "en" : "da");
  return (
    <>
      <a class="skip-link" href="#main" target="_self">
        {t("app.skipToContent")}
      </a>
      <header class="site-header">
        <div class="site-header__inner">
          <a href="/" class="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t("app.name")}</span>
          </a>
          <div class="header-tools">
            <button
              type="button"
              class="button button--quiet"
              lang={otherLocale()}
              onClick={() => void setLocale(otherLocale())}
            >
              {t("app.switchLanguage")}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabindex="-1">
        <Switch>
          <Match when={code()} keyed>
            {(c) => <SurveyPage code={c} />}
          </Match>
          <Match when={!code()}>
            <CodeEntryPage onCode={open} />
          </Match>
        </Switch>
      </main>
    </>
  );
}

export function start(root: HTMLElement): void {
  useSurveyStrings();
  void loadStrings().finally(() => {
    render(() => <SurveyShell />, root);
    // After the first paint: the offline worker is no part of the weight before the first question.
    requestAnimationFrame(() => registerOfflineWorker());
  });
}
