import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import { For, Show } from "solid-js";
import { fmtNumber, t } from "../lib/i18n.ts";
import { legendHeight, SvgLegend } from "./legend.tsx";
import { colours, fontFamily } from "./palette.ts";
import { charsFitting, shorten } from "./text-fit.ts";

export interface ValueMostBar {
  key: string;
  label: string;
  centre: number | null;
  network: { mean: number | null; highest: number | null; lowest: number | null };
}

interface ValueMostChartProps {
  rows: ValueMostBar[];
  width: number;
  label: string;
  /** Who "our" bar is: the centre's name. */
  centreName: string;
  /** For paper: the option's name beside its bars rather than above them. */
  dense?: boolean;
}

/**
 * "What do you value most": per option a bar for the centre's percentage and one for the
 * network's average, with the network's lowest and highest centre as a whisker on the latter.
 */
export function ValueMostChart(props: ValueMostChartProps) {
  const dense = () => Boolean(props.dense) && props.width >= 480;
  const labelWidth = () => (dense() ? Math.round(props.width * 0.3) : 0);
  const rowHeight = () => (dense() ? 32 : 62);
  /** Where in its row the centre's bar and the network's bar start, and their height. */
  const ourBar = () => (dense() ? 2 : 21);
  const netBar = () => (dense() ? 16 : 38);
  const bar = () => (dense() ? 12 : 13);
  const top = 22;
  const x0 = () => (dense() ? labelWidth() + 10 : 4);
  // The right margin is the column of figures (ours and the network's average, one per bar).
  const x1 = () => props.width - 50;
  const domainMax = () => {
    const highest =
      max(props.rows, (r) => Math.max(r.centre ?? 0, r.network.highest ?? 0, r.network.mean ?? 0)) ?? 0;
    return Math.min(100, Math.max(10, Math.ceil(highest / 10) * 10));
  };
  const x = () => scaleLinear().domain([0, domainMax()]).range([x0(), x1()]);
  const ticks = () => x().ticks(props.width < 420 ? 3 : 5);
  const plotHeight = () => props.rows.length * rowHeight();
  const legendItems = () => [
    {
      label: props.centreName,
      mark: () => <rect x="-7" y="-5" width="14" height="10" fill={colours.centre} />,
    },
    {
      label: t("results.legend.networkMean"),
      mark: () => <rect x="-7" y="-5" width="14" height="10" fill={colours.network} />,
    },
    {
      label: t("results.legend.range"),
      mark: () => <line x1="-7" x2="7" y1="0" y2="0" stroke={colours.ink} stroke-width="1.5" />,
    },
  ];
  const legendTop = () => top + plotHeight() + 8;
  const height = () => legendTop() + legendHeight(3, props.width, 210);

  return (
    <svg
      width={props.width}
      height={height()}
      viewBox={`0 0 ${props.width} ${height()}`}
      role="img"
      aria-label={props.label}
      font-family={fontFamily}
      data-chart="value-most"
    >
      <g font-size="11" fill={colours.muted}>
        <For each={ticks()}>
          {(tick) => (
            <>
              <line
                x1={x()(tick)}
                x2={x()(tick)}
                y1={top - 4}
                y2={top + plotHeight()}
                stroke={colours.grid}
              />
              <text x={x()(tick)} y={top - 8} text-anchor={tick === 0 ? "start" : "middle"}>
                {`${fmtNumber(tick)} %`}
              </text>
            </>
          )}
        </For>
      </g>
      <For each={props.rows}>
        {(row, i) => {
          const y = () => top + i() * rowHeight();
          return (
            <g data-option={row.key}>
              <title>{row.label}</title>
              <text
                x={dense() ? labelWidth() : x0()}
                y={dense() ? y() + 14 : y() + 12}
                dy={dense() ? "0.35em" : undefined}
                text-anchor={dense() ? "end" : "start"}
                font-size={dense() ? "12" : "13"}
                fill={colours.ink}
              >
                {shorten(row.label, charsFitting(dense() ? labelWidth() : props.width, dense() ? 12 : 13))}
              </text>
              <Show
                when={row.centre !== null}
                fallback={
                  <text
                    x={x0()}
                    y={y() + ourBar() + 7}
                    dy="0.35em"
                    font-size="11"
                    font-style="italic"
                    fill={colours.muted}
                  >
                    {t("results.tooFewShort")}
                  </text>
                }
              >
                <rect
                  x={x0()}
                  y={y() + ourBar()}
                  width={Math.max(1, x()(row.centre ?? 0) - x0())}
                  height={bar()}
                  fill={colours.centre}
                  data-mark="centre"
                />
                <text
                  x={props.width - 4}
                  text-anchor="end"
                  y={y() + ourBar() + bar() / 2}
                  dy="0.35em"
                  font-size="12"
                  fill={colours.ink}
                >
                  {`${fmtNumber(row.centre ?? 0, 0)} %`}
                </text>
              </Show>
              <Show when={row.network.mean !== null}>
                <rect
                  x={x0()}
                  y={y() + netBar()}
                  width={Math.max(1, x()(row.network.mean ?? 0) - x0())}
                  height={bar()}
                  fill={colours.network}
                />
                <Show when={row.network.lowest !== null && row.network.highest !== null}>
                  <g stroke={colours.ink} stroke-width="1.5">
                    <line
                      x1={x()(row.network.lowest ?? 0)}
                      x2={x()(row.network.highest ?? 0)}
                      y1={y() + netBar() + bar() / 2}
                      y2={y() + netBar() + bar() / 2}
                    />
                    <line
                      x1={x()(row.network.lowest ?? 0)}
                      x2={x()(row.network.lowest ?? 0)}
                      y1={y() + netBar() + 2}
                      y2={y() + netBar() + bar() - 2}
                    />
                    <line
                      x1={x()(row.network.highest ?? 0)}
                      x2={x()(row.network.highest ?? 0)}
                      y1={y() + netBar() + 2}
                      y2={y() + netBar() + bar() - 2}
                    />
                  </g>
                </Show>
                {/* In the figures' column at the right: at the whisker's end it read as the
                    network's highest. */}
                <text
                  x={props.width - 4}
                  text-anchor="end"
                  data-label="network-mean"
                  y={y() + netBar() + bar() / 2}
                  dy="0.35em"
                  font-size="12"
                  fill={colours.ink}
                >
                  {`${fmtNumber(row.network.mean ?? 0, 0)} %`}
                </text>
              </Show>
            </g>
          );
        }}
      </For>
      <SvgLegend items={legendItems()} y={legendTop()} width={props.width} itemWidth={210} />
    </svg>
  );
}
