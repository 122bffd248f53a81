import type { JSX } from "solid-js";

/**
 * A table that may be wider than a phone: it scrolls inside its own box (focusable, so that a
 * keyboard can scroll it too), never the page. Named by the table's caption.
 */
export function TableScroll(props: { captionId: string; children: JSX.Element }) {
  return (
    // Focusable: a keyboard can scroll a box that is wider than the screen.
    <section class="table-scroll" tabindex="0" aria-labelledby={props.captionId}>
      {props.children}
    </section>
  );
}
