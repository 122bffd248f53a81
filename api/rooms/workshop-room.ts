/**
 * One Durable Object per workshop: the meeting room's screens (presenter, facilitator, phones) hold
 * a WebSocket to it, and the API tells it when something in the workshop changed. It sends only
 * the word that something changed, never a figure: each screen then reads again through the
 * ordinary routes, where the anonymity and access rules are. So nothing leaves the API this way
 * that those routes would not give.
 *
 * The sockets are accepted through the Hibernation API (ctx.acceptWebSocket): between changes the
 * object is evicted from memory while the sockets stay open, so an idle room of 40 phones is not
 * billed for duration. A client's "ping" is answered by the runtime itself without waking it.
 */
import { DurableObject } from "cloudflare:workers";
import type { Bindings } from "../env.ts";
import { meterRoom } from "./meter.ts";

/** What changed, so a screen can refetch only what it shows. */
export type RoomChange = "ballot" | "statements" | "stage" | "sessions" | "phones";

/** The one message the room sends. */
export interface RoomMessage {
  type: "changed";
  what: RoomChange;
}

/** More sockets than a room of phones, a presenter and a facilitator need; refused past it. */
export const MAX_SOCKETS = 500;

/**
 * Who listens on a socket, set by the Worker (api/rooms/live.ts) on the request it forwards, never
 * taken from the client: a "screen" (presenter, facilitator) hears every change; a "phone" (join
 * code only) hears only what moves it on, the stage and the sessions, so it cannot count the
 * ballots or statements as they arrive, and 40 phones are not sent a message per ballot.
 */
export type Listener = "screen" | "phone";
export const LISTENER_HEADER = "x-amica-listener";
const PHONE_HEARS: ReadonlySet<RoomChange> = new Set(["stage", "sessions"]);

export class WorkshopRoom extends DurableObject<Bindings> {
  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    // Answered by the runtime while the object hibernates: a keep-alive costs nothing.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    meterRoom(env, { kind: "wake" });
  }

  /** The upgrade, forwarded by the Worker after it checked who may listen (api/rooms/live.ts). */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket")
      return new Response("Expected a WebSocket upgrade.", { status: 426 });
    if (this.ctx.getWebSockets().length >= MAX_SOCKETS)
      return new Response("The room is full.", { status: 503 });
    const listener: Listener = request.headers.get(LISTENER_HEADER) === "phone" ? "phone" : "screen";
    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    // The tag survives hibernation, so changed() can pick the sockets without waking any state.
    this.ctx.acceptWebSocket(server, [listener]);
    // The screens show how many phones are in the room (a count of sockets, nothing of anyone's).
    if (listener === "phone") await this.changed("phones");
    return new Response(null, { status: 101, webSocket: client });
  }

  /** Phones with their socket open now: the presenter's "phones in the room". */
  async phones(): Promise<number> {
    return this.ctx.getWebSockets("phone" satisfies Listener).filter((ws) => ws.readyState === WebSocket.OPEN)
      .length;
  }

  /** Called by the Worker (RPC) after a write; tells every open socket. */
  async changed(what: RoomChange): Promise<number> {
    const message = JSON.stringify({ type: "changed", what } satisfies RoomMessage);
    let sent = 0;
    const sockets = PHONE_HEARS.has(what)
      ? this.ctx.getWebSockets()
      : this.ctx.getWebSockets("screen" satisfies Listener);
    for (const ws of sockets) {
      try {
        ws.send(message);
        sent++;
      } catch {
        // A socket closing meanwhile: its client falls back to polling and reconnects.
      }
    }
    return sent;
  }

  /** Clients send nothing but "ping" (answered above); anything else is ignored. */
  override async webSocketMessage(): Promise<void> {
    meterRoom(this.env, { kind: "message" });
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    meterRoom(this.env, { kind: "close" });
    // Complete the closing handshake; 1005 and 1006 are reserved and cannot be sent back.
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, "closing");
    } catch {}
    if (this.ctx.getTags(ws).includes("phone" satisfies Listener)) await this.changed("phones");
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    try {
      ws.close(1011, "error");
    } catch {}
  }
}
