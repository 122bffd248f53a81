// biome-ignore-all lint/a11y/useSemanticElements: an SVG drawing of a grid cannot be an HTML table; the table is beside it.
// biome-ignore-all lint/a11y/noNoninteractiveElementToInteractiveRole: the SVG is an ARIA grid whose cells the arrow keys move between.
// biome-ignore-all lint/a11y/noAriaHiddenOnFocusable: an SVG <g> is not focusable; its legend repeats what each cell says.
import { scaleBand } from "d3-scale";
import { createSignal, For, Show } from "solid-js";
import { t } from "../lib/i18n.ts";
import { legendHeight, SvgLegend } from "./legend.tsx";
import { colours, fontFamily, type LightName, lightColour, lightPath, lightTint } from "./palette.ts";
import { charsFitting, shorten } from "./text-fit.ts";

export interface HeatmapCell {
  light: LightName | null;
  /** Null: suppressed (too few answers). */
  value: number | null;
  /** What hover, focus and screen readers get: group, scale, figure and light in words. */
  description: string;
}

interface HeatmapProps {
  rows: { id: string; label: string }[];
  columns: { key: string; label: string }[];
  cell: (row: number, column: number) => HeatmapCell;
  width: number;
  label: string;
  /** Names what the colours compare with. */
  comparison: "network" | "reference";
  /** Where a row leads (the centre's report): its name becomes a link, and Enter or a click on
   *  one of its cells opens it. */
  rowHref?: (row: number) => string | null;
  onOpenRow?: (row: number) => void;
  /** On paper: cells as narrow as it takes to fit the width (a wider SVG would be shrunk, and
   *  its text with it). */
  fit?: boolean;
}

const LABEL_WIDTH = 170;
const HEADER_HEIGHT = 150;

/**
 * Groups × scales, each cell coloured and marked by its light. The figures are on hover and on
 * focus: the cells are one tab stop, and the arrow keys move between them (a roving focus), so a
 * keyboard can read the whole grid without tabbing through every cell.
 */
export function Heatmap(props: HeatmapProps) {
  const [active, setActive] = createSignal<[number, number]>([0, 0]);
  const [tip, setTip] = createSignal<{ x: number; y: number; text: string } | null>(null);
  const cellWidth = () =>
    Math.max(
      props.fit ? 12 : 26,
      Math.min(44, Math.floor((props.width - LABEL_WIDTH - 90) / Math.max(1, props.columns.length))),
    );
  const rowHeight = 28;
  const x = () =>
    scaleBand<number>()
      .domain(props.columns.map((_, i) => i))
      .range([LABEL_WIDTH, LABEL_WIDTH + cellWidth() * props.columns.length])
      .paddingInner(0.08);
  const y = () =>
    scaleBand<number>()
      .domain(props.rows.map((_, i) => i))
      .range([HEADER_HEIGHT, HEADER_HEIGHT + rowHeight * props.rows.length])
      .paddingInner(0.08);
  // Room on the right for the last column's slanted header.
  const svgWidth = () => Math.max(props.width, LABEL_WIDTH + cellWidth() * props.columns.length + 90);
  const legendItems = () => [
    ...(["green", "yellow", "red"] as const).map((light) => ({
      label: t(`results.legend.light.${light}.${props.comparison}`),
      mark: () => (
        <>
          <rect x="-7" y="-7" width="14" height="14" fill={lightTint[light]} />
          <path d={lightPath(light, 9)} fill={lightColour[light]} stroke={colours.ink} stroke-width="0.6" />
        </>
      ),
    })),
    {
      label: t("results.tooFewShort"),
      mark: () => <rect x="-7" y="-7" width="14" height="14" fill="#ffffff" stroke={colours.grid} />,
    },
  ];
  const legendTop = () => HEADER_HEIGHT + rowHeight * props.rows.length + 10;
  const height = () => legendTop() + legendHeight(4, svgWidth(), 250);

  let svgEl: SVGSVGElement | undefined;
  const focusCell = (r: number, c: number) => {
    const row = Math.max(0, Math.min(props.rows.length - 1, r));
    const col = Math.max(0, Math.min(props.columns.length - 1, c));
    setActive([row, col]);
    svgEl?.querySelector<SVGElement>(`[data-cell="${row}-${col}"]`)?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    const [r, c] = active();
    const moves: Record<string, [number, number]> = {
      ArrowRight: [r, c + 1],
      ArrowLeft: [r, c - 1],
      ArrowDown: [r + 1, c],
      ArrowUp: [r - 1, c],
      Home: [r, 0],
      End: [r, props.columns.length - 1],
    };
    if (event.key === "Enter" && props.onOpenRow) {
      event.preventDefault();
      props.onOpenRow(r);
      return;
    }
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    focusCell(next[0], next[1]);
  };
  const show = (r: number, c: number) => {
    const cell = props.cell(r, c);
    setTip({ x: (x()(c) ?? 0) + cellWidth() / 2, y: (y()(r) ?? 0) - 4, text: cell.description });
  };

  return (
    <div class="heatmap">
      {/* An ARIA grid: one tab stop, arrow keys between cells, each cell read with its figure. */}
      <svg
        ref={svgEl}
        width={svgWidth()}
        height={height()}
        viewBox={`0 0 ${svgWidth()} ${height()}`}
        role="grid"
        aria-label={props.label}
        font-family={fontFamily}
        data-chart="heatmap"
        onKeyDown={onKey}
      >
        <g role="row">
          <For each={props.columns}>
            {(column, c) => (
              <text
                role="columnheader"
                aria-label={column.label}
                transform={`translate(${(x()(c()) ?? 0) + x().bandwidth() / 2 + 4},${HEADER_HEIGHT - 6}) rotate(-55)`}
                font-size="11"
                fill={colours.ink}
              >
                {shorten(column.label, 26)}
              </text>
            )}
          </For>
        </g>
        <For each={props.rows}>
          {(row, r) => (
            <g role="row">
              {/* Each branch is a whole <text>, so that Solid creates the <a> in the SVG namespace. */}
              <Show
                when={props.rowHref?.(r())}
                fallback={
                  <text
                    role="rowheader"
                    aria-label={row.label}
                    x={LABEL_WIDTH - 8}
                    y={(y()(r()) ?? 0) + y().bandwidth() / 2}
                    dy="0.35em"
                    text-anchor="end"
                    font-size="12"
                    fill={colours.ink}
                  >
                    {shorten(row.label, charsFitting(LABEL_WIDTH - 10, 12))}
                  </text>
                }
              >
                {(href) => (
                  <text
                    role="rowheader"
                    aria-label={row.label}
                    x={LABEL_WIDTH - 8}
                    y={(y()(r()) ?? 0) + y().bandwidth() / 2}
                    dy="0.35em"
                    text-anchor="end"
                    font-size="12"
                    fill={colours.link}
                  >
                    <a href={href()} data-link="report" text-decoration="underline">
                      {shorten(row.label, charsFitting(LABEL_WIDTH - 10, 12))}
                    </a>
                  </text>
                )}
              </Show>
              <For each={props.columns}>
                {(_, c) => {
                  const cell = () => props.cell(r(), c());
                  const cx = () => (x()(c()) ?? 0) + x().bandwidth() / 2;
                  const cy = () => (y()(r()) ?? 0) + y().bandwidth() / 2;
                  const isActive = () => active()[0] === r() && active()[1] === c();
                  return (
                    <g
                      data-cell={`${r()}-${c()}`}
                      tabindex={isActive() ? 0 : -1}
                      role="gridcell"
                      aria-label={cell().description}
                      onFocus={() => {
                        setActive([r(), c()]);
                        show(r(), c());
                      }}
                      onBlur={() => setTip(null)}
                      onMouseEnter={() => show(r(), c())}
                      onClick={() => props.onOpenRow?.(r())}
                      style={props.onOpenRow ? { cursor: "pointer" } : undefined}
                      onMouseLeave={() => setTip(null)}
                    >
                      <rect
                        x={x()(c())}
                        y={y()(r())}
                        width={x().bandwidth()}
                        height={y().bandwidth()}
                        fill={cell().light ? lightTint[cell().light as LightName] : "#ffffff"}
                        stroke={cell().value === null ? colours.grid : "none"}
                      />
                      <Show when={cell().light}>
                        {(light) => (
                          <path
                            transform={`translate(${cx()},${cy()})`}
                            d={lightPath(light(), 10)}
                            fill={lightColour[light()]}
                            stroke={colours.ink}
                            stroke-width="0.6"
                            data-mark="cell"
                          />
                        )}
                      </Show>
                    </g>
                  );
                }}
              </For>
            </g>
          )}
        </For>
        <g aria-hidden="true">
          <SvgLegend items={legendItems()} y={legendTop()} width={svgWidth()} itemWidth={250} />
        </g>
      </svg>
      <Show when={tip()}>
        {(shown) => (
          <div
            class="heatmap__tip"
            style={{ left: `${shown().x}px`, top: `${shown().y}px` }}
            aria-hidden="true"
          >
            {shown().text}
          </div>
        )}
      </Show>
    </div>
  );
}
