import "./styles.css";

/**
 * Two apps behind one page. The respondent's survey (`/s`, `/s/:code`) is opened on phones by
 * people without an account: it loads its own small bundle (survey-main.tsx). Everything else is
 * the signed-in app. Both are loaded here on demand, so neither carries the other's code.
 */
const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");

if (/^\/s(\/|$)/.test(location.pathname)) void import("./survey-main.tsx").then((m) => m.start(root));
else void import("./app-main.tsx").then((m) => m.start(root));
