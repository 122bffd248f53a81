/*
 * The respondent's pages offline once opened (scope /s/). The page hands over the files it loaded
 * (the app shell and its hashed assets) and the worker keeps them; a later navigation to /s/…
 * without a connection gets the kept shell, and the page takes the questionnaire and the answers
 * from the device's own storage (see web/src/pages/survey/draft.ts). The API is never cached: a
 * code's lookups and the answers go to the server or nowhere (the page queues a submission and
 * sends it with its Idempotency-Key when the connection returns).
 */
const CACHE = "amica-survey-v1";
const SHELL = "/s/";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

const sameOrigin = (url) => new URL(url, self.location.href).origin === self.location.origin;
const isApi = (url) => new URL(url, self.location.href).pathname.startsWith("/api/");

self.addEventListener("message", (event) => {
  const urls = event.data && event.data.type === "keep" ? event.data.urls : null;
  if (!Array.isArray(urls)) return;
  const wanted = urls.filter((u) => typeof u === "string" && sameOrigin(u) && !isApi(u));
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
        .catch(() => caches.match(SHELL).then((hit) => hit || Response.error())),
    );
    return;
  }
  // Hashed assets never change under their name: the kept copy first, else the network (kept then).
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (response.ok && new URL(request.url).pathname.startsWith("/assets/")) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
