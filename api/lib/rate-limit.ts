/**
 * Fixed-window counters in D1. Good enough for logins and survey codes: a burst at a window's edge
 * can reach twice the limit, which still stops guessing.
 */
import { Problem } from "./problem.ts";

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

const windowOf = (limit: Limit, nowSec: number) =>
  Math.floor(nowSec / limit.windowSeconds) * limit.windowSeconds;

/** Throws 429 with Retry-After if any of the limits is already used up. */
export async function assertNotThrottled(d1: D1Database, limits: Limit[]): Promise<void> {
  const nowSec = Math.floor(Date.now() / 1000);
  const rows = await d1.batch(
    limits.map((l) =>
      d1
        .prepare("SELECT count FROM rate_limits WHERE key = ? AND window_start = ?")
        .bind(l.key, windowOf(l, nowSec)),
    ),
  );
  rows.forEach((r, i) => {
    const count = (r.results[0] as { count?: number } | undefined)?.count ?? 0;
    const limit = limits[i];
    if (count >= limit.max) {
      const retry = windowOf(limit, nowSec) + limit.windowSeconds - nowSec;
      throw new Problem(429, "Too many attempts. Wait a little and try again.", undefined, {
        "retry-after": String(Math.max(1, retry)),
      });
    }
  });
}

export function countHit(d1: D1Database, limits: Limit[]): D1PreparedStatement[] {
  const nowSec = Math.floor(Date.now() / 1000);
  return limits.map((l) =>
    d1
      .prepare(
        `INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1)
         ON CONFLICT(key) DO UPDATE SET
           count = CASE WHEN window_start = ?2 THEN count + 1 ELSE 1 END,
           window_start = ?2`,
      )
      .bind(l.key, windowOf(l, nowSec)),
  );
}

export function clientAddress(headers: Headers): string {
  return headers.get("cf-connecting-ip") ?? headers.get("x-real-ip") ?? "local";
}
