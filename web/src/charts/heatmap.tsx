// biome-ignore-all lint/a11y/useSemanticElements: an SVG drawing of a grid cannot be an HTML table; the table is beside it.
// biome-ignore-all lint/a11y/noNoninteractiveElementToInteractiveRole: the SVG is an ARIA grid whose cells the arrow keys move between.
// biome-ignore-all lint/a11y/noAriaHiddenOnFocusable: an SVG <g> is not focusable; its legend repeats what each cell says.
import { createSignal, For, Show } from "solid-js";
import { fmtNumber, t } from "../lib/i18n.ts";
import { legendHeight, SvgLegend } from "./legend.tsx";
import { colours, fontFamily, type LightName, lightColour, lightPath, lightTint } from "./palette.ts";
import { charsFitting, wrapKeepingEnd } from "./text-fit.ts";

const emptyCell = { value: null, description: "" };

export interface HeatmapCell {
  light: LightName | null;
  /** Null: suppressed (too few answers). */
  value: number | null;
  /** What hover, focus and screen readers get: group, scale, figure and light in words. */
  description: string;
}

interface HeatmapProps {
  rows: { id: string; label: string }[];
  /** `group`: the domain a scale belongs to; neighbouring columns of one group are drawn
   *  together under its name. */
  columns: { key: string; label: string; group?: string }[];
  cell: (row: number, column: number) => HeatmapCell;
  /** A last row apart from the others, without lights: the network's average. */
  summary?: { label: string; cell: (column: number) => { value: number | null; description: string } };
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

const LABEL_WIDTH = 140;
/** The pinned row names: short of the first column, whose figures reach a little to its left. */
const PINNED_WIDTH = LABEL_WIDTH - 4;
/** Between two domains' columns. */
const GROUP_GAP = 6;
/** The column names' slant, and the room on the right that the last one needs. */
const HEADER_ANGLE = -65;
const HEADER_CHARS = 22;
const RIGHT_ROOM = 60;
const ROW_HEIGHT = 28;
/** A cell narrower than this has no room for its figure (on paper it is on hover nowhere, but
 *  in the table beside the chart). */
const VALUE_MIN_WIDTH = 29;

/**
 * Groups × scales, each cell coloured and marked by its light and, where it is wide enough,
 * carrying its figure; columns grouped by domain under the domain's name, and the network's
 * average as a last row. The figures are also on hover and on focus: the cells are one tab stop,
 * and the arrow keys move between them (a roving focus), so a keyboard can read the whole grid
 * without tabbing through every cell. Long names break over two lines keeping their end (two
 * scales that begin alike stay told apart); the whole name is the label's tooltip and its
 * accessible name.
 */
export function Heatmap(props: HeatmapProps) {
  const [active, setActive] = createSignal<[number, number]>([0, 0]);
  const [tip, setTip] = createSignal<{ x: number; y: number; text: string } | null>(null);
  /** Each column's group index (0 without groups), and the groups' runs of columns. */
  const groupIndex = () => {
    const out: number[] = [];
    let g = 0;
    props.columns.forEach((col, i) => {
      if (i > 0 && col.group !== props.columns[i - 1]?.group) g += 1;
      out.push(g);
    });
    return out;
  };
  const groupCount = () => (props.columns.length === 0 ? 0 : (groupIndex().at(-1) ?? 0) + 1);
  const grouped = () => props.columns.some((c) => c.group);
  const cellWidth = () =>
    Math.max(
      props.fit ? 12 : VALUE_MIN_WIDTH + 1,
      Math.min(
        44,
        Math.floor(
          (props.width - LABEL_WIDTH - RIGHT_ROOM - GROUP_GAP * (groupCount() - 1)) /
            Math.max(1, props.columns.length),
        ),
      ),
    );
  const showValues = () => cellWidth() >= VALUE_MIN_WIDTH;
  const rowHeight = ROW_HEIGHT;
  const pad = 2;
  const bandwidthY = () => rowHeight - pad;
  const colX = (c: number) => LABEL_WIDTH + c * cellWidth() + (groupIndex()[c] ?? 0) * GROUP_GAP + pad / 2;
  const bandwidth = () => cellWidth() - pad;
  /** The domains' names above their columns: up to three short lines each. */
  const groupBand = () => (grouped() ? 44 : 0);
  const headerHeight = () => groupBand() + 128;
  const rowY = (r: number) => headerHeight() + r * rowHeight + (r >= props.rows.length ? 8 : 0) + pad / 2;
  /** The average row carries figures only: where the cells are too narrow for them (on paper,
   *  where the table beside has them), it is left out. */
  const summary = () => (showValues() ? props.summary : undefined);
  const allRows = () => props.rows.length + (summary() ? 1 : 0);
  const gridRight = () => colX(props.columns.length - 1) + bandwidth();
  // Room on the right for the last column's slanted header.
  const svgWidth = () => Math.max(props.width, gridRight() + RIGHT_ROOM);
  const groups = () => {
    const out: { label: string; from: number; to: number }[] = [];
    props.columns.forEach((col, i) => {
      const last = out.at(-1);
      if (last && (groupIndex()[i] ?? 0) === (groupIndex()[last.from] ?? 0)) last.to = i;
      else out.push({ label: col.group ?? "", from: i, to: i });
    });
    return out;
  };
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
  const legendTop = () => rowY(allRows()) + 10;
  const height = () => legendTop() + legendHeight(4, svgWidth(), 250);

  let svgEl: SVGSVGElement | undefined;
  const focusCell = (r: number, c: number) => {
    const row = Math.max(0, Math.min(allRows() - 1, r));
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
    if (event.key === "Enter" && props.onOpenRow && r < props.rows.length) {
      event.preventDefault();
      props.onOpenRow(r);
      return;
    }
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    focusCell(next[0], next[1]);
  };
  const cellAt = (r: number, c: number) =>
    r < props.rows.length ? props.cell(r, c) : { light: null, ...(summary()?.cell(c) ?? emptyCell) };
  const show = (r: number, c: number) => {
    setTip({ x: colX(c) + bandwidth() / 2, y: rowY(r) - 4, text: cellAt(r, c).description });
  };

  /** Wider than its box (a phone): the box scrolls sideways under the row names, which stay. */
  const scrolls = () => !props.fit && svgWidth() > props.width + 1;
  const allLabels = () => [...props.rows, ...(summary() ? [{ id: "", label: summary()?.label ?? "" }] : [])];
  const labelLinesOf = (label: string) => wrapKeepingEnd(label, charsFitting(LABEL_WIDTH - 10, 12), 2);
  const hintLines = () =>
    wrapKeepingEnd(t("results.table.scrollHint"), charsFitting(LABEL_WIDTH - 12, 11), 2);

  return (
    <div class="heatmap" classList={{ "heatmap--scrolls": scrolls() }}>
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
        <Show when={grouped()}>
          <g aria-hidden="true" data-part="groups">
            <For each={groups()}>
              {(group) => {
                const left = () => colX(group.from);
                const right = () => colX(group.to) + bandwidth();
                const lines = () =>
                  wrapKeepingEnd(group.label, charsFitting(right() - left() + GROUP_GAP, 11), 3);
                return (
                  <g>
                    <title>{group.label}</title>
                    <text
                      x={(left() + right()) / 2}
                      y={groupBand() - 8 - (lines().length - 1) * 12}
                      text-anchor="middle"
                      font-size="11"
                      font-weight="600"
                      fill={colours.ink}
                    >
                      <For each={lines()}>
                        {(line, k) => (
                          <tspan x={(left() + right()) / 2} dy={k() === 0 ? 0 : 12}>
                            {line}
                          </tspan>
                        )}
                      </For>
                    </text>
                    <line
                      x1={left()}
                      x2={right()}
                      y1={groupBand() - 3}
                      y2={groupBand() - 3}
                      stroke={colours.muted}
                      stroke-width="1.5"
                    />
                  </g>
                );
              }}
            </For>
          </g>
        </Show>
        <g role="row">
          <For each={props.columns}>
            {(column, c) => {
              const lines = () => wrapKeepingEnd(column.label, HEADER_CHARS, showValues() ? 2 : 1);
              return (
                <text
                  role="columnheader"
                  aria-label={column.label}
                  transform={`translate(${colX(c()) + bandwidth() / 2 + 3},${headerHeight() - 6}) rotate(${HEADER_ANGLE})`}
                  font-size="11"
                  fill={colours.ink}
                >
                  <title>{column.label}</title>
                  {/* Two lines astride the column's centre line, clear of the next column's. */}
                  <For each={lines()}>
                    {(line, k) => (
                      <tspan x="0" dy={k() === 0 ? -(lines().length - 1) * 5.5 : 11}>
                        {line}
                      </tspan>
                    )}
                  </For>
                </text>
              );
            }}
          </For>
        </g>
        <For each={allLabels()}>
          {(row, r) => {
            const isSummary = () => r() >= props.rows.length;
            const labelLines = () => labelLinesOf(row.label);
            const labelY = () => rowY(r()) + bandwidthY() / 2 - (labelLines().length - 1) * 6.5;
            const href = () => (isSummary() ? null : (props.rowHref?.(r()) ?? null));
            const labelText = () => (
              <For each={labelLines()}>
                {(line, k) => (
                  <tspan x={LABEL_WIDTH - 8} dy={k() === 0 ? "0.35em" : "1.1em"}>
                    {/* The space keeps the words apart in the link's name ("Bøgely Pensionsservice"). */}
                    {k() === 0 ? line : ` ${line}`}
                  </tspan>
                )}
              </For>
            );
            return (
              <g role="row" data-row={isSummary() ? "summary" : undefined}>
                {/* Each branch is a whole <text>, so that Solid creates the <a> in the SVG namespace. */}
                <Show
                  when={href()}
                  fallback={
                    <text
                      role="rowheader"
                      aria-label={row.label}
                      y={labelY()}
                      text-anchor="end"
                      font-size="12"
                      font-weight={isSummary() ? "600" : undefined}
                      fill={colours.ink}
                    >
                      <title>{row.label}</title>
                      {labelText()}
                    </text>
                  }
                >
                  {(link) => (
                    <text
                      role="rowheader"
                      aria-label={row.label}
                      y={labelY()}
                      text-anchor="end"
                      font-size="12"
                      fill={colours.link}
                    >
                      <title>{row.label}</title>
                      <a href={link()} data-link="report" text-decoration="underline">
                        {labelText()}
                      </a>
                    </text>
                  )}
                </Show>
                <For each={props.columns}>
                  {(_, c) => {
                    const cell = () => cellAt(r(), c());
                    const x0 = () => colX(c());
                    const y0 = () => rowY(r());
                    const isActive = () => active()[0] === r() && active()[1] === c();
                    const opens = () => !isSummary() && props.onOpenRow;
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
                        onClick={() => (opens() ? props.onOpenRow?.(r()) : undefined)}
                        style={opens() ? { cursor: "pointer" } : undefined}
                        onMouseLeave={() => setTip(null)}
                      >
                        <rect
                          x={x0()}
                          y={y0()}
                          width={bandwidth()}
                          height={bandwidthY()}
                          fill={
                            cell().light
                              ? lightTint[cell().light as LightName]
                              : isSummary()
                                ? "#eef1f0"
                                : "#ffffff"
                          }
                          stroke={cell().value === null ? colours.grid : "none"}
                        />
                        <Show
                          when={showValues() && cell().value !== null}
                          fallback={
                            <Show when={cell().light}>
                              {(light) => (
                                <path
                                  transform={`translate(${x0() + bandwidth() / 2},${y0() + bandwidthY() / 2})`}
                                  d={lightPath(light(), 10)}
                                  fill={lightColour[light()]}
                                  stroke={colours.ink}
                                  stroke-width="0.6"
                                  data-mark="cell"
                                />
                              )}
                            </Show>
                          }
                        >
                          {/* The figure, and the light's shape small in the corner (never colour alone). */}
                          <text
                            x={x0() + (cell().light ? bandwidth() - 8 : bandwidth() / 2 + 10)}
                            y={y0() + bandwidthY() / 2}
                            dy="0.35em"
                            text-anchor="end"
                            font-size="11"
                            font-weight={isSummary() ? "600" : undefined}
                            fill={colours.ink}
                            data-value=""
                          >
                            {fmtNumber(cell().value ?? 0, 1)}
                          </text>
                          <Show when={cell().light}>
                            {(light) => (
                              <path
                                transform={`translate(${x0() + bandwidth() - 4},${y0() + 5})`}
                                d={lightPath(light(), 6)}
                                fill={lightColour[light()]}
                                stroke={colours.ink}
                                stroke-width="0.5"
                                data-mark="cell"
                              />
                            )}
                          </Show>
                        </Show>
                      </g>
                    );
                  }}
                </For>
              </g>
            );
          }}
        </For>
        <g aria-hidden="true">
          <SvgLegend items={legendItems()} y={legendTop()} width={svgWidth()} itemWidth={250} />
        </g>
      </svg>
      <Show when={scrolls()}>
        {/* After the grid, so that the frame downloads the grid (its first SVG). The row names again, pinned to the box's left edge over the scrolling grid, with a
            line saying there is more to the side. A picture of what the grid says (its row
            headers are the ones read out), so hidden from assistive technology; clicks go through
            it to the grid's cells below, which open the row's report. */}
        <svg
          class="heatmap__pinned"
          aria-hidden="true"
          width={PINNED_WIDTH}
          height={rowY(allRows())}
          font-family={fontFamily}
          data-part="pinned"
        >
          <rect width={PINNED_WIDTH} height={rowY(allRows())} fill="#ffffff" />
          <text y={14} font-size="11" fill={colours.muted} data-part="scroll-hint">
            <For each={hintLines()}>
              {(line, k) => (
                <tspan x="2" dy={k() === 0 ? 0 : 13}>
                  {k() === 0 ? line : ` ${line}`}
                </tspan>
              )}
            </For>
          </text>
          <For each={allLabels()}>
            {(row, r) => {
              const lines = () => labelLinesOf(row.label);
              const isSummary = () => r() >= props.rows.length;
              return (
                <text
                  y={rowY(r()) + bandwidthY() / 2 - (lines().length - 1) * 6.5}
                  text-anchor="end"
                  font-size="12"
                  font-weight={isSummary() ? "600" : undefined}
                  fill={!isSummary() && props.rowHref ? colours.link : colours.ink}
                  text-decoration={!isSummary() && props.rowHref ? "underline" : undefined}
                >
                  <For each={lines()}>
                    {(line, k) => (
                      <tspan x={LABEL_WIDTH - 8} dy={k() === 0 ? "0.35em" : "1.1em"}>
                        {k() === 0 ? line : ` ${line}`}
                      </tspan>
                    )}
                  </For>
                </text>
              );
            }}
          </For>
        </svg>
      </Show>
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
