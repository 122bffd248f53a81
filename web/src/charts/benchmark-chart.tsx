import { scaleLinear } from "d3-scale";
import { For, Show } from "solid-js";
import { fmtNumber, t } from "../lib/i18n.ts";
import { legendHeight, SvgLegend } from "./legend.tsx";
import { colours, fontFamily, type LightName, lightColour, lightPath } from "./palette.ts";
import { charsFitting, shorten, wrap } from "./text-fit.ts";

export interface BenchmarkRow {
  key: string;
  label: string;
  polarity: "higher-better" | "higher-worse";
  centre: { mean: number; ci95: [number, number] } | null;
  network: { mean: number | null; highest: number | null; lowest: number | null };
  reference: number | null;
  light: LightName | null;
}

interface BenchmarkChartProps {
  rows: BenchmarkRow[];
  width: number;
  /** Names the chart for screen readers, which read the figures in the table instead. */
  label: string;
  /** What the light compares with: the network average or the national reference. */
  comparison: "network" | "reference";
}

const WIDE = 560;

/**
 * One row per scale on a 0–100 axis: the network's range (lowest to highest) as a bar, ticks for
 * the network average and the national reference, and the centre's score as a mark with its 95%
 * interval, coloured and shaped by its light. Each row says at which end "better" lies, so that a
 * scale where higher is worse is read the right way round rather than silently flipped.
 */
export function BenchmarkChart(props: BenchmarkChartProps) {
  const wide = () => props.width >= WIDE;
  const labelWidth = () => (wide() ? Math.min(230, Math.round(props.width * 0.34)) : 0);
  const rowHeight = () => (wide() ? 44 : 60);
  const top = 24;
  const x0 = () => labelWidth() + 10;
  const x1 = () => props.width - 52;
  const x = () => scaleLinear().domain([0, 100]).range([x0(), x1()]);
  const trackOffset = () => (wide() ? 16 : 32);
  const plotHeight = () => props.rows.length * rowHeight();
  const legendItems = () => [
    {
      label: t("results.legend.range"),
      mark: () => <rect x="-7" y="-4" width="14" height="8" fill={colours.range} />,
    },
    {
      label: t("results.legend.networkMean"),
      mark: () => <line x1="0" x2="0" y1="-8" y2="8" stroke={colours.ink} stroke-width="2.5" />,
    },
    {
      label: t("results.legend.reference"),
      mark: () => (
        <line
          x1="0"
          x2="0"
          y1="-8"
          y2="8"
          stroke={colours.reference}
          stroke-width="2.5"
          stroke-dasharray="3 2"
        />
      ),
    },
    {
      label: t("results.legend.interval"),
      mark: () => <line x1="-7" x2="7" y1="0" y2="0" stroke={colours.centre} stroke-width="2.5" />,
    },
    ...(["green", "yellow", "red"] as const).map((light) => ({
      label: t(`results.legend.light.${light}.${props.comparison}`),
      mark: () => (
        <path d={lightPath(light, 12)} fill={lightColour[light]} stroke={colours.ink} stroke-width="0.8" />
      ),
    })),
  ];
  const legendTop = () => top + plotHeight() + 10;
  const height = () => legendTop() + legendHeight(legendItems().length, props.width, 230);

  return (
    <svg
      width={props.width}
      height={height()}
      viewBox={`0 0 ${props.width} ${height()}`}
      role="img"
      aria-label={props.label}
      font-family={fontFamily}
      data-chart="benchmark"
    >
      <g font-size="11" fill={colours.muted}>
        <For each={[0, 25, 50, 75, 100]}>
          {(tick) => (
            <>
              <line
                x1={x()(tick)}
                x2={x()(tick)}
                y1={top - 4}
                y2={top + plotHeight()}
                stroke={colours.grid}
                stroke-width="1"
              />
              <text x={x()(tick)} y={top - 8} text-anchor="middle">
                {fmtNumber(tick)}
              </text>
            </>
          )}
        </For>
      </g>
      <For each={props.rows}>
        {(row, i) => {
          const y = () => top + i() * rowHeight() + trackOffset();
          const better = () => row.polarity === "higher-better";
          const lines = () =>
            wide()
              ? wrap(row.label, charsFitting(labelWidth(), 13))
              : [shorten(row.label, charsFitting(props.width, 13))];
          return (
            <g data-scale={row.key}>
              <title>{row.label}</title>
              <text
                x={wide() ? labelWidth() : 0}
                y={wide() ? y() : y() - 18}
                text-anchor={wide() ? "end" : "start"}
                font-size="13"
                fill={colours.ink}
              >
                <For each={lines()}>
                  {(text, k) => (
                    <tspan
                      x={wide() ? labelWidth() : 0}
                      dy={k() === 0 ? `${0.35 - (lines().length - 1) * 0.6}em` : "1.2em"}
                    >
                      {text}
                    </tspan>
                  )}
                </For>
              </text>
              <Show when={row.network.lowest !== null && row.network.highest !== null}>
                <rect
                  x={x()(row.network.lowest ?? 0)}
                  y={y() - 5}
                  width={Math.max(1, x()(row.network.highest ?? 0) - x()(row.network.lowest ?? 0))}
                  height="10"
                  rx="2"
                  fill={colours.range}
                />
              </Show>
              <Show when={row.reference !== null}>
                <line
                  x1={x()(row.reference ?? 0)}
                  x2={x()(row.reference ?? 0)}
                  y1={y() - 10}
                  y2={y() + 10}
                  stroke={colours.reference}
                  stroke-width="2.5"
                  stroke-dasharray="3 2"
                />
              </Show>
              <Show when={row.network.mean !== null}>
                <line
                  x1={x()(row.network.mean ?? 0)}
                  x2={x()(row.network.mean ?? 0)}
                  y1={y() - 10}
                  y2={y() + 10}
                  stroke={colours.ink}
                  stroke-width="2.5"
                />
              </Show>
              <Show
                when={row.centre}
                fallback={
                  <text
                    x={x1() + 6}
                    y={y()}
                    dy="0.35em"
                    font-size="11"
                    fill={colours.muted}
                    font-style="italic"
                  >
                    {t("results.tooFewShort")}
                  </text>
                }
              >
                {(c) => {
                  const colour = () => (row.light ? lightColour[row.light] : colours.noLight);
                  return (
                    <>
                      <line
                        x1={x()(c().ci95[0])}
                        x2={x()(c().ci95[1])}
                        y1={y()}
                        y2={y()}
                        stroke={colour()}
                        stroke-width="3"
                        stroke-linecap="round"
                        data-mark="interval"
                      />
                      <path
                        transform={`translate(${x()(c().mean)},${y()})`}
                        d={row.light ? lightPath(row.light, 14) : lightPath("green", 10)}
                        fill={colour()}
                        stroke={colours.ink}
                        stroke-width="1"
                        data-mark="centre"
                      />
                      <text
                        x={x1() + 8}
                        y={y()}
                        dy="0.35em"
                        font-size="13"
                        font-weight="600"
                        fill={colours.ink}
                      >
                        {fmtNumber(c().mean, 1)}
                      </text>
                    </>
                  );
                }}
              </Show>
              <text
                x={better() ? x1() : x0()}
                y={y() + 19}
                text-anchor={better() ? "end" : "start"}
                font-size="10"
                fill={colours.muted}
              >
                {better() ? t("results.chart.betterRight") : t("results.chart.betterLeft")}
              </text>
            </g>
          );
        }}
      </For>
      <SvgLegend items={legendItems()} y={legendTop()} width={props.width} itemWidth={230} />
    </svg>
  );
}
