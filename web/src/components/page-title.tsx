import { createEffect, type JSX, onMount } from "solid-js";
import { t } from "../lib/i18n.ts";

let firstPage = true;

/**
 * The page's one `<h1>`. It names the document too, and after a navigation inside the app it
 * takes the focus, so that keyboard and screen-reader users start reading at the new page.
 */
export function PageTitle(props: { children: JSX.Element; text: string }) {
  let heading: HTMLHeadingElement | undefined;
  createEffect(() => {
    document.title = `${props.text} · ${t("app.name")}`;
  });
  onMount(() => {
    if (firstPage) firstPage = false;
    else heading?.focus({ preventScroll: false });
  });
  return (
    <h1 ref={heading} tabindex="-1">
      {props.children}
    </h1>
  );
}
