import { createSignal, onCleanup, onMount } from "solid-js";

/**
 * The printable width of A4 portrait with the report's margins (210 mm less 2 × 12 mm), in CSS
 * pixels. Charts are drawn for the screen's width; printed from a wide window they were shrunk
 * onto the page and their 11 px text came out at 5 pt. While printing they are drawn for the
 * page instead, so their text prints at the size it was drawn.
 */
export const PRINT_WIDTH = Math.floor((186 / 25.4) * 96);

/**
 * True while the page is being printed (or print media is emulated). `beforeprint` comes before
 * the browser lays the page out for paper, and Solid redraws synchronously, so the print sees the
 * redrawn charts.
 */
export function usePrinting(): () => boolean {
  const [printing, setPrinting] = createSignal(false);
  onMount(() => {
    const media = window.matchMedia("print");
    const sync = () => setPrinting(media.matches);
    const on = () => setPrinting(true);
    sync();
    media.addEventListener("change", sync);
    window.addEventListener("beforeprint", on);
    window.addEventListener("afterprint", sync);
    onCleanup(() => {
      media.removeEventListener("change", sync);
      window.removeEventListener("beforeprint", on);
      window.removeEventListener("afterprint", sync);
    });
  });
  return printing;
}
