import { type JSX, Show } from "solid-js";
import { t } from "../../lib/i18n.ts";

/**
 * A table that may be wider than a phone: it scrolls inside its own box (focusable, so that a
 * keyboard can scroll it too), never the page. Named by the table's caption. With `hint`, a
 * narrow screen says that there are more columns to the side (the CSS shows it only there).
 */
export function TableScroll(props: { captionId: string; children: JSX.Element; hint?: boolean }) {
  return (
    <>
      <Show when={props.hint}>
        <p class="table-scroll__hint no-print" aria-hidden="true">
          {t("results.table.scrollHint")}
        </p>
      </Show>
      {/* Focusable: a keyboard can scroll a box that is wider than the screen. */}
      <section class="table-scroll" tabindex="0" aria-labelledby={props.captionId}>
        {props.children}
      </section>
    </>
  );
}
