import { scaleLinear } from "d3-scale";
import { For, Show } from "solid-js";
import type { ChangeReading } from "../../../shared/scoring/benchmark.ts";
import { fmtNumber, fmtSigned, t } from "../lib/i18n.ts";
import { legendHeight, SvgLegend } from "./legend.tsx";
import {
  arrowGlyph,
  changeColour,
  colours,
  fontFamily,
  type LightName,
  lightColour,
  lightPath,
} from "./palette.ts";
import { charsFitting, shorten, wrap } from "./text-fit.ts";

export interface BenchmarkRow {
  key: string;
  label: string;
  polarity: "higher-better" | "higher-worse";
  centre: { mean: number; ci95: [number, number] } | null;
  network: { mean: number | null; highest: number | null; lowest: number | null };
  reference: number | null;
  light: LightName | null;
  /** Last round's score, drawn as a hollow ring: where the centre came from. */
  previous?: number | null;
  /** The change since last round as the page reads it (arrow, colour by polarity). */
  change?: ChangeReading | null;
}

interface BenchmarkChartProps {
  rows: BenchmarkRow[];
  width: number;
  /** Names the chart for screen readers, which read the figures in the table instead. */
  label: string;
  /** What the light compares with: the network average or the national reference. */
  comparison: "network" | "reference";
  /** For paper: rows closer together, "better →" only where it is the other way round. */
  dense?: boolean;
  /** The legend inside the SVG (on paper only the first domain's chart carries it). */
  legend?: boolean;
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
  const rowHeight = () => (wide() ? (props.dense ? 31 : 44) : 60);
  const top = 24;
  const x0 = () => labelWidth() + 10;
  const hasChange = () => props.rows.some((r) => r.change);
  // The right margin holds the score and, where there was a last round, its change.
  const x1 = () => props.width - (hasChange() ? 112 : 52);
  const x = () => scaleLinear().domain([0, 100]).range([x0(), x1()]);
  const labelSize = () => (props.dense ? 12 : 13);
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
    ...(hasChange()
      ? [
          {
            label: t("results.legend.previous"),
            mark: () => <circle r="5" fill="#fff" stroke={colours.ink} stroke-width="1.5" />,
          },
        ]
      : []),
    {
      // The intervals are drawn in their light's colour: the legend's line shows those colours.
      label: t("results.legend.interval"),
      mark: () => (
        <g stroke-width="3" data-legend="interval">
          <line x1="-8" x2="-2.7" y1="0" y2="0" stroke={lightColour.green} />
          <line x1="-2.7" x2="2.7" y1="0" y2="0" stroke={lightColour.yellow} />
          <line x1="2.7" x2="8" y1="0" y2="0" stroke={lightColour.red} />
        </g>
      ),
    },
    ...(["green", "yellow", "red"] as const).map((light) => ({
      label: t(`results.legend.light.${light}.${props.comparison}`),
      mark: () => (
        <>
          <line x1="-8" x2="8" y1="0" y2="0" stroke={lightColour[light]} stroke-width="3" />
          <path d={lightPath(light, 12)} fill={lightColour[light]} stroke={colours.ink} stroke-width="0.8" />
        </>
      ),
    })),
  ];
  const legendTop = () => top + plotHeight() + 10;
  const height = () =>
    props.legend === false ? legendTop() : legendTop() + legendHeight(legendItems().length, props.width, 230);

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
              ? wrap(row.label, charsFitting(labelWidth(), labelSize()))
              : [shorten(row.label, charsFitting(props.width, labelSize()))];
          return (
            <g data-scale={row.key}>
              <title>{row.label}</title>
              <text
                x={wide() ? labelWidth() : 0}
                y={wide() ? y() : y() - 18}
                text-anchor={wide() ? "end" : "start"}
                font-size={String(labelSize())}
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
                      <Show when={row.previous != null && row.change ? row.change : null}>
                        {(change) => (
                          <>
                            <line
                              x1={x()(row.previous ?? 0)}
                              x2={x()(c().mean)}
                              y1={y() - 9}
                              y2={y() - 9}
                              stroke={changeColour[change().verdict]}
                              stroke-width="1.5"
                              stroke-dasharray="2 2"
                            />
                            <circle
                              cx={x()(row.previous ?? 0)}
                              cy={y() - 9}
                              r="4.5"
                              fill="#fff"
                              stroke={colours.ink}
                              stroke-width="1.5"
                              data-mark="previous"
                            />
                          </>
                        )}
                      </Show>
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
                      <Show when={row.change}>
                        {(change) => (
                          <text
                            x={x1() + 48}
                            y={y()}
                            dy="0.35em"
                            font-size="12"
                            fill={changeColour[change().verdict]}
                            font-weight={change().meaningful ? "700" : "400"}
                            data-mark="change"
                          >
                            {`${arrowGlyph[change().direction]} ${fmtSigned(change().shown)}`}
                          </text>
                        )}
                      </Show>
                    </>
                  );
                }}
              </Show>
              <Show when={!(props.dense && better())}>
                <text
                  x={better() ? x1() : x0()}
                  y={y() + (props.dense ? 15 : 19)}
                  text-anchor={better() ? "end" : "start"}
                  font-size="11"
                  fill={colours.muted}
                >
                  {better() ? t("results.chart.betterRight") : t("results.chart.betterLeft")}
                </text>
              </Show>
            </g>
          );
        }}
      </For>
      <Show when={props.legend !== false}>
        <SvgLegend items={legendItems()} y={legendTop()} width={props.width} itemWidth={230} />
      </Show>
    </svg>
  );
}
