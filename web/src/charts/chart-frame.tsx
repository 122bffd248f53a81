import { createSignal, type JSX, onCleanup, onMount, Show } from "solid-js";
import { t } from "../lib/i18n.ts";
import { downloadPng, downloadSvg } from "./download.ts";
import { PRINT_WIDTH, usePrinting } from "./print-media.ts";

interface ChartFrameProps {
  /** The chart's visible title (also the figure's caption). */
  title: string;
  /** Download file name without extension. */
  filename: string;
  /** The id of the table that carries the same figures (the chart's text alternative). */
  tableId?: string;
  /** Below this width the chart keeps its size and scrolls inside its own box. */
  minWidth?: number;
  /** Draws the chart for the width available. */
  children: (width: number) => JSX.Element;
}

/**
 * A chart with its caption, its downloads (SVG and PNG) and a box that gives it the width there
 * is: charts are drawn for the measured width, and where even their smallest layout does not fit
 * (a heatmap on a phone), they scroll inside their own box, never the page.
 */
export function ChartFrame(props: ChartFrameProps) {
  let box: HTMLElement | undefined;
  const [width, setWidth] = createSignal(0);
  const [failed, setFailed] = createSignal(false);
  const printing = usePrinting();
  /** On paper the chart is drawn for the page (and may then be narrower than its minimum). */
  const drawWidth = () =>
    printing() ? Math.min(PRINT_WIDTH, width() || PRINT_WIDTH) : Math.max(width(), props.minWidth ?? 0);

  onMount(() => {
    if (!box) return;
    const measure = () => setWidth(Math.floor(box?.clientWidth ?? 0));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    onCleanup(() => observer.disconnect());
  });

  const svg = () => box?.querySelector("svg") ?? undefined;
  const onSvg = () => {
    const el = svg();
    if (el) downloadSvg(el, props.filename);
  };
  const onPng = async () => {
    const el = svg();
    if (!el) return;
    setFailed(false);
    try {
      await downloadPng(el, props.filename);
    } catch {
      setFailed(true);
    }
  };

  return (
    <figure class="chart">
      <figcaption class="chart__caption">
        <span class="chart__title">{props.title}</span>
        <span class="chart__tools no-print">
          <button
            type="button"
            class="button button--quiet button--small"
            aria-label={t("results.chart.downloadSvgLabel", { title: props.title })}
            onClick={onSvg}
          >
            SVG
          </button>
          <button
            type="button"
            class="button button--quiet button--small"
            aria-label={t("results.chart.downloadPngLabel", { title: props.title })}
            onClick={onPng}
          >
            PNG
          </button>
        </span>
      </figcaption>
      <Show when={failed()}>
        <p class="message message--error" role="alert">
          {t("results.chart.pngFailed")}
        </p>
      </Show>
      {/* Focusable so that a keyboard can scroll a chart that is wider than the screen. */}
      <section
        ref={box}
        class="chart__box"
        tabindex="0"
        aria-label={t("results.chart.region", { title: props.title })}
      >
        <Show when={width() > 0}>{props.children(drawWidth())}</Show>
      </section>
      <Show when={props.tableId}>
        {(id) => (
          <p class="chart__alt">
            <a href={`#${id()}`} target="_self">
              {t("results.chart.seeTable")}
            </a>
          </p>
        )}
      </Show>
    </figure>
  );
}
