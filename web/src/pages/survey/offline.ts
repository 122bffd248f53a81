/**
 * Offline once opened: the service worker (web/survey-sw.js, written into each build by
 * scripts/survey-worker-plugin.ts; scope /s/) keeps the files this page has loaded, so that the
 * survey opens again without a connection. Registered after the first paint, so it adds nothing
 * to the weight before the first question.
 */
const WORKER = "/survey-sw.js";

/** Hands the worker the files loaded so far (the lazy chunks too, once they are). */
export function keepForOffline(): void {
  if (!("serviceWorker" in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) => {
      const urls = performance.getEntriesByType("resource").map((entry) => entry.name);
      registration.active?.postMessage({ type: "keep", urls });
    })
    .catch(() => {});
}

export function registerOfflineWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(WORKER, { scope: "/s/" }).then(keepForOffline, () => {
      // No worker (private mode, an old browser): the survey still works while online.
    });
  };
  if (document.readyState === "complete") setTimeout(register, 0);
  else addEventListener("load", register, { once: true });
}
