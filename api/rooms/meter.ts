/**
 * What the live rooms do that Cloudflare bills, written out for the room benchmark
 * (bench/http/room-cost.ts) and only when the Worker runs with ROOM_METER = "1" (the benchmark's
 * `wrangler dev --var`; never set in wrangler.toml). One `console.warn` line per event, so the
 * benchmark reads it from the server's output; no state is kept, nothing is sent anywhere.
 *
 * workerd stops the clock while code runs (it moves only across I/O), so the object cannot time its
 * own handlers: the Worker times each call to the object instead (the round trip, an upper bound
 * on the object's active time for that call).
 */
export type RoomMeterEvent =
  /** The object's constructor ran: a fresh start or a wake-up after hibernation. */
  | { kind: "wake" }
  /** A socket's upgrade forwarded to the object (one billed request), its round trip. */
  | { kind: "upgrade"; ms: number }
  /** One changed() RPC (one billed request), its round trip and the sockets told. */
  | { kind: "changed"; ms: number; sent: number }
  /** A message or close that reached the object (billed at 20:1); auto-answered pings never do. */
  | { kind: "message" | "close" };

export const METER_PREFIX = "amica-room-meter ";

export function meterRoom(env: { ROOM_METER?: string }, event: RoomMeterEvent): void {
  if (env.ROOM_METER === "1") console.warn(METER_PREFIX + JSON.stringify(event));
}
