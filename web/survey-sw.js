/*
 * The respondent's pages offline once opened (scope /s/). The page hands over the files it loaded
 * (the app shell and its hashed assets) and the worker keeps them; a later navigation to /s/…
 * without a connection gets the kept shell, and the page takes the questionnaire and the answers
 * from the device's own storage (see web/src/pages/survey/draft.ts). The API is never cached: a
 * code's lookups and the answers go to the server or nowhere (the page queues a submission and
 * sends it with its Idempotency-Key when the connection returns).
 *
 * This file is a template: the build (scripts/survey-worker-plugin.ts) writes dist/survey-sw.js
 * with the build's id and its list of hashed files in place of the two markers below. A new build
 * is thus a new worker (the browser installs it) with its own cache; on activation it deletes the
 * caches of older builds, and keeps no file of its own cache that the build does not have.
 */
const BUILD = "__AMICA_BUILD__";
/** The build's files under /assets/; empty under the dev server (then none is dropped by name). */
const ASSETS = new Set(/* __AMICA_ASSETS__ */ []);
const PREFIX = "amica-survey-";
const CACHE = PREFIX + BUILD;
const SHELL = "/s/";

const sameOrigin = (url) => new URL(url, self.location.href).origin === self.location.origin;
const isApi = (url) => new URL(url, self.location.href).pathname.startsWith("/api/");
const pathOf = (url) => new URL(url, self.location.href).pathname;
/** Kept in this build's cache: the shell, and of the hashed files only this build's own. */
const ofThisBuild = (url) => {
  const path = pathOf(url);
  return !path.startsWith("/assets/") || ASSETS.size === 0 || ASSETS.has(path);
};

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => caches.open(CACHE))
      .then((cache) =>
        cache
          .keys()
          .then((requests) =>
            Promise.all(requests.filter((r) => !ofThisBuild(r.url)).map((r) => cache.delete(r))),
          ),
      )
      .then(() => self.clients.claim()),
  ),
);

self.addEventListener("message", (event) => {
  const urls = event.data && event.data.type === "keep" ? event.data.urls : null;
  if (!Array.isArray(urls)) return;
  // A tab still open on an older build may hand over its files: those are not kept.
  const wanted = urls.filter((u) => typeof u === "string" && sameOrigin(u) && !isApi(u) && ofThisBuild(u));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all([
          cache.add(SHELL).catch(() => {}),
          ...wanted.map((u) => cache.match(u).then((hit) => hit || cache.add(u).catch(() => {}))),
        ]),
      ),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !sameOrigin(request.url) || isApi(request.url)) return;
  if (request.mode === "navigate") {
    // The network first, so a new release reaches the respondent; the kept shell without one.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(SHELL, copy));
          }
          return response;
        })
        .catch(() =>
          caches
            .open(CACHE)
            .then((cache) => cache.match(SHELL))
            .then((hit) => hit || Response.error()),
        ),
    );
    return;
  }
  // Hashed assets never change under their name: the kept copy first, else the network (kept then).
  event.respondWith(
    caches.open(CACHE).then((own) =>
      own.match(request).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            if (response.ok && pathOf(request.url).startsWith("/assets/") && ofThisBuild(request.url)) {
              own.put(request, response.clone());
            }
            return response;
          }),
      ),
    ),
  );
});
