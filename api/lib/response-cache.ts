/**
 * JSON responses kept in the Workers Cache API under a key that names everything they depend on
 * (round, data version, centre, team…), so entries never need purging: a new version is a new key.
 */
const CACHE_HOST = "https://cache.amica.internal";

export async function cachedJson<T>(
  key: string,
  build: () => Promise<T>,
  ctx?: ExecutionContext,
): Promise<Response> {
  const request = new Request(`${CACHE_HOST}/${key}`);
  const cache = (globalThis as unknown as { caches?: { default: Cache } }).caches?.default;
  const hit = await cache?.match(request);
  if (hit) return withHeaders(hit, "hit");
  const body = JSON.stringify(await build());
  const response = new Response(body, {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=86400" },
  });
  const put = cache?.put(request, response.clone());
  if (put) ctx ? ctx.waitUntil(put) : await put;
  return withHeaders(response, "miss");
}

function withHeaders(res: Response, state: "hit" | "miss"): Response {
  const out = new Response(res.body, res);
  // The shared cache is ours; what leaves to the browser is private to the signed-in reader.
  out.headers.set("cache-control", "private, no-cache");
  out.headers.set("x-amica-cache", state);
  return out;
}
