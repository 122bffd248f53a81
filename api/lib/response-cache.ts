/**
 * JSON responses kept in the Workers Cache API under a key that names everything they depend on
 * (round, data version, centre, team…), so entries never need purging: a new version is a new key.
 * The key also names the shape of the body (a fingerprint of its schema): entries outlive a deploy
 * by up to a day, and a body of the old shape would break the pages that expect the new one.
 */
import { z } from "zod";

const CACHE_HOST = "https://cache.amica.internal";

/** Bump when a cached body's meaning changes while its schema stays the same. */
const GENERATION = 1;

const shapes = new WeakMap<z.ZodType, string>();

/** A short fingerprint of a schema (FNV-1a over its JSON Schema), the same for the same shape. */
export function shapeOf(schema: z.ZodType): string {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    const text = `${GENERATION}:${JSON.stringify(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }))}`;
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    shape = (h >>> 0).toString(36);
    shapes.set(schema, shape);
  }
  return shape;
}

export async function cachedJson<T>(
  key: string,
  schema: z.ZodType,
  build: () => Promise<T>,
  ctx?: ExecutionContext,
): Promise<Response> {
  const request = new Request(`${CACHE_HOST}/${shapeOf(schema)}/${key}`);
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
