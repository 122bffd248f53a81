/**
 * The Worker's side of the live rooms: opening a screen's WebSocket to its workshop's room (after
 * the same access check as the screen's own reads) and telling the room after a write.
 */
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { Problem } from "../lib/problem.ts";
import { meterRoom } from "./meter.ts";
import { LISTENER_HEADER, type Listener, type RoomChange } from "./workshop-room.ts";

const roomOf = (c: Context<AppEnv>, workshopId: string) => {
  const ns = c.env.ROOMS;
  return ns ? ns.get(ns.idFromName(workshopId)) : null;
};

/**
 * Hands the upgrade to the workshop's room. The caller has already checked access. A page of
 * another site may open a WebSocket with our cookie (a GET, so the CSRF guard lets it by): such an
 * Origin is refused here, though the room would only ever tell it that something changed.
 */
export async function openRoom(
  c: Context<AppEnv>,
  workshopId: string,
  listener: Listener = "screen",
): Promise<Response> {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket")
    throw new Problem(426, "This address takes a WebSocket upgrade only.", undefined, {
      upgrade: "websocket",
    });
  const origin = c.req.header("origin");
  if (origin && origin !== new URL(c.req.url).origin) throw new Problem(403, "Cross-site request refused.");
  const room = roomOf(c, workshopId);
  if (!room) throw new Problem(503, "Live rooms are not available here; the screens poll instead.");
  // The listener's kind is the Worker's word, set here whatever the client sent.
  const headers = new Headers(c.req.raw.headers);
  headers.set(LISTENER_HEADER, listener);
  const started = Date.now();
  const res = await room.fetch(new Request(c.req.raw.url, { headers }));
  meterRoom(c.env, { kind: "upgrade", ms: Date.now() - started });
  // A fresh response: the middleware adds its headers after this, and the room's are immutable.
  return res.webSocket
    ? new Response(null, { status: 101, webSocket: res.webSocket })
    : new Response(res.body, { status: res.status });
}

/**
 * Tells the workshop's room that something changed, after the response (waitUntil): a room that
 * cannot be reached costs the write nothing, since the screens also poll, more slowly.
 */
export function notifyRoom(c: Context<AppEnv>, workshopId: string, what: RoomChange): void {
  const room = roomOf(c, workshopId);
  if (!room) return;
  const started = Date.now();
  const told = room.changed(what).then(
    (sent) => meterRoom(c.env, { kind: "changed", ms: Date.now() - started, sent }),
    () => undefined,
  );
  try {
    c.executionCtx.waitUntil(told);
  } catch {
    // No execution context (a test calling app.request directly): the promise runs on regardless.
  }
}

/** Phones with the workshop room's socket open; null where this deployment has no live rooms. */
export async function phonesInRoom(c: Context<AppEnv>, workshopId: string): Promise<number | null> {
  const room = roomOf(c, workshopId);
  return room ? room.phones() : null;
}
