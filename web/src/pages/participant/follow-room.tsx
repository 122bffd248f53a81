import { createEffect, onCleanup } from "solid-js";
import { createLive, type LiveChange } from "../workshops/live.ts";

/**
 * A phone's line to its workshop's room while it follows a code (renders nothing): the room says
 * when the stage changed or a session opened, never a figure. `onOpen` tells whether the socket
 * is up, so the page can poll more slowly while it is.
 */
export function FollowRoom(props: {
  code: string;
  onChange: (what: LiveChange) => void;
  onOpen?: (open: boolean) => void;
}) {
  const live = createLive(`/api/v1/join/${encodeURIComponent(props.code)}/live`, props.onChange);
  createEffect(() => props.onOpen?.(live.open()));
  onCleanup(() => props.onOpen?.(false));
  return null;
}

/** The address of a session's ballot, remembering the workshop's code the phone came in with. */
export const voteHref = (sessionCode: string, via?: string) =>
  `/vote/${sessionCode}${via ? `?via=${encodeURIComponent(via)}` : ""}`;
