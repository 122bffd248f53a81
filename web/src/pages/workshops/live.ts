/**
 * A screen's line to its workshop's live room (api/rooms): a WebSocket on which the room says only
 * "changed" after a write, so the screen reads again at once through its ordinary routes. While
 * the socket is open the screen polls slowly, as a safety net; when it cannot open or drops, the
 * screen polls at its normal pace again and the socket is tried again after a growing pause.
 */
import { createSignal, onCleanup } from "solid-js";

/** What the room says changed; "reconnected" after a gap, in which anything may have. */
export type LiveChange = "ballot" | "statements" | "stage" | "sessions" | "phones" | "reconnected" | "lost";

/** Polling while the socket is open: only a safety net for a message lost on the way (ms). */
export const LIVE_SAFETY_EVERY = 30_000;

/** A keep-alive the room answers without waking (ms); proxies close sockets idle for a minute. */
const PING_EVERY = 25_000;
const RETRY_FIRST = 1_000;
const RETRY_MOST = 30_000;

export interface Live {
  /** True while the socket is open: the screen may poll slowly. */
  open: () => boolean;
}

/**
 * @param path the room's address (`/api/v1/workshops/:id/live`), or null for none
 * @param onChange called with what changed, and with "lost" when the socket drops (poll faster now)
 */
export function createLive(path: string | null, onChange: (what: LiveChange) => void): Live {
  const [open, setOpen] = createSignal(false);
  if (!path || typeof WebSocket === "undefined") return { open };
  let ws: WebSocket | undefined;
  let retry = RETRY_FIRST;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  let everOpened = false;
  let stopped = false;

  const connect = () => {
    if (stopped) return;
    const url = new URL(path, location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(url);
    ws = socket;
    socket.addEventListener("open", () => {
      retry = RETRY_FIRST;
      setOpen(true);
      pingTimer = setInterval(() => socket.send("ping"), PING_EVERY);
      // Whatever changed while there was no socket, the screen reads it now.
      if (everOpened) onChange("reconnected");
      everOpened = true;
    });
    socket.addEventListener("message", (event) => {
      if (typeof event.data !== "string" || event.data === "pong") return;
      try {
        const message = JSON.parse(event.data) as { type?: string; what?: LiveChange };
        if (message.type === "changed" && message.what) onChange(message.what);
      } catch {}
    });
    socket.addEventListener("close", () => {
      clearInterval(pingTimer);
      if (ws !== socket) return;
      ws = undefined;
      const wasOpen = open();
      setOpen(false);
      if (wasOpen) onChange("lost");
      if (stopped) return;
      retryTimer = setTimeout(connect, retry);
      retry = Math.min(RETRY_MOST, retry * 2);
    });
  };

  connect();
  onCleanup(() => {
    stopped = true;
    clearTimeout(retryTimer);
    clearInterval(pingTimer);
    ws?.close(1000);
  });
  return { open };
}
