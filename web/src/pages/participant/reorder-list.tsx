import { createSignal, For, type JSX, onCleanup, Show } from "solid-js";
import { t } from "../../lib/i18n.ts";

interface ReorderListProps {
  /** The statements' ids in their current order. */
  ids: string[];
  textOf: (id: string) => string;
  onReorder: (ids: string[]) => void;
  /** The id of the list's visible label. */
  labelledBy: string;
  /** The id of the help text (how to move). */
  describedBy: string;
  /** More controls per row (e.g. "remove"). */
  extra?: (id: string) => JSX.Element;
}

/**
 * A list a pair puts in order on a phone: "up"/"down" buttons on every row (large enough for a
 * thumb), dragging a row by its handle (pointer events, so touch works too), or, with a keyboard,
 * the arrow keys on the handle (Home/End: to the top/bottom). Every move is announced: "… is now
 * in place 2 of 7".
 */
export function ReorderList(props: ReorderListProps) {
  const [announcement, setAnnouncement] = createSignal("");
  const [dragging, setDragging] = createSignal<string | null>(null);
  let list: HTMLOListElement | undefined;

  const announce = (id: string) => {
    const place = props.ids.indexOf(id) + 1;
    setAnnouncement(t("workshops.ballot.moved", { text: props.textOf(id), place, of: props.ids.length }));
  };

  /** Moves `id` to index `to`; the keyboard stays on the control named by `refocus`. */
  const moveTo = (id: string, to: number, refocus?: "up" | "down" | "handle") => {
    const order = [...props.ids];
    const from = order.indexOf(id);
    const target = Math.max(0, Math.min(order.length - 1, to));
    if (from < 0 || from === target) return;
    order.splice(from, 1);
    order.splice(target, 0, id);
    props.onReorder(order);
    announce(id);
    if (!refocus) return;
    // The row moved in the DOM, which can drop the focus: put it back (on the other arrow if this
    // one is now disabled at the end of the list).
    queueMicrotask(() => {
      const row = list?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
      const wanted = row?.querySelector<HTMLButtonElement>(`[data-control="${refocus}"]`);
      const target =
        wanted && !wanted.disabled
          ? wanted
          : row?.querySelector<HTMLButtonElement>("[data-control='handle']");
      target?.focus();
    });
  };

  const onHandleKey = (id: string) => (event: KeyboardEvent) => {
    const at = props.ids.indexOf(id);
    const to =
      event.key === "ArrowUp"
        ? at - 1
        : event.key === "ArrowDown"
          ? at + 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? props.ids.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    moveTo(id, to, "handle");
  };

  // Dragging listens on the window: the row moves in the DOM while it is dragged, which would end a
  // pointer capture on the handle.
  // Auto-scroll: a finger held near the top or bottom edge scrolls the page (a phone shows only a
  // few rows), and the row keeps following the finger as the list moves under it.
  let pointerY = 0;
  let scrolling = 0;
  const EDGE = 72;
  const place = (id: string) => {
    if (!list) return;
    // The place is the number of other rows whose middle is above the pointer.
    let at = 0;
    for (const row of list.querySelectorAll<HTMLElement>("li[data-id]")) {
      if (row.dataset.id === id) continue;
      const box = row.getBoundingClientRect();
      if (box.top + box.height / 2 < pointerY) at++;
    }
    if (at !== props.ids.indexOf(id)) {
      const order = props.ids.filter((x) => x !== id);
      order.splice(at, 0, id);
      props.onReorder(order);
    }
  };
  const autoScroll = () => {
    scrolling = 0;
    const id = dragging();
    if (!id) return;
    const speed =
      pointerY < EDGE
        ? -(EDGE - pointerY) / 4
        : pointerY > innerHeight - EDGE
          ? (pointerY - innerHeight + EDGE) / 4
          : 0;
    if (speed === 0) return;
    const before = scrollY;
    scrollBy(0, speed);
    if (scrollY !== before) place(id);
    scrolling = requestAnimationFrame(autoScroll);
  };
  const onPointerMove = (event: PointerEvent) => {
    const id = dragging();
    if (!id || !list) return;
    event.preventDefault();
    pointerY = event.clientY;
    place(id);
    if (!scrolling) scrolling = requestAnimationFrame(autoScroll);
  };
  const onPointerUp = () => {
    const id = dragging();
    cancelAnimationFrame(scrolling);
    scrolling = 0;
    setDragging(null);
    window.removeEventListener("pointermove", onPointerMove);
    window.removeEventListener("pointerup", onPointerUp);
    window.removeEventListener("pointercancel", onPointerUp);
    if (id) announce(id);
  };
  const onPointerDown = (id: string) => (event: PointerEvent) => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    setDragging(id);
    window.addEventListener("pointermove", onPointerMove);
    window.addEventListener("pointerup", onPointerUp);
    window.addEventListener("pointercancel", onPointerUp);
  };
  onCleanup(onPointerUp);

  return (
    <>
      <ol
        ref={list}
        class="reorder-list"
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
      >
        <For each={props.ids}>
          {(id, i) => (
            <li class="reorder-item" classList={{ "reorder-item--dragging": dragging() === id }} data-id={id}>
              <button
                type="button"
                class="reorder-item__handle"
                data-control="handle"
                aria-label={t("workshops.ballot.handle", { text: props.textOf(id), place: i() + 1 })}
                aria-describedby={props.describedBy}
                onKeyDown={onHandleKey(id)}
                onPointerDown={onPointerDown(id)}
              >
                <span aria-hidden="true">⠿</span>
              </button>
              <span class="reorder-item__place" aria-hidden="true">
                {i() + 1}
              </span>
              <span class="reorder-item__text">{props.textOf(id)}</span>
              <span class="reorder-item__arrows">
                <button
                  type="button"
                  class="reorder-item__arrow"
                  data-control="up"
                  disabled={i() === 0}
                  aria-label={t("workshops.moveUp", { text: props.textOf(id) })}
                  onClick={() => moveTo(id, i() - 1, "up")}
                >
                  <span aria-hidden="true">▲</span>
                </button>
                <button
                  type="button"
                  class="reorder-item__arrow"
                  data-control="down"
                  disabled={i() === props.ids.length - 1}
                  aria-label={t("workshops.moveDown", { text: props.textOf(id) })}
                  onClick={() => moveTo(id, i() + 1, "down")}
                >
                  <span aria-hidden="true">▼</span>
                </button>
              </span>
              <Show when={props.extra}>{(extra) => extra()(id)}</Show>
            </li>
          )}
        </For>
      </ol>
      <p class="visually-hidden" aria-live="assertive" data-announcement>
        {announcement()}
      </p>
    </>
  );
}
