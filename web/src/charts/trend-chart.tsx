import { extent } from "d3-array";
import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { For, Show } from "solid-js";
import { fmtNumber, t } from "../lib/i18n.ts";
import { legendHeight, SvgLegend } from "./legend.tsx";
import { colours, fontFamily } from "./palette.ts";
import { charsFitting, shorten } from "./text-fit.ts";

export interface TrendSeries {
  key: string;
  label: string;
  polarity: "higher-better" | "higher-worse";
  /** One value per round (in the order of `rounds`); null where the round has no figure. */
  centre: (number | null)[];
  network: (number | null)[];
}

interface TrendChartProps {
  /** Short names of the rounds, oldest first (the x axis). */
  rounds: string[];
  series: TrendSeries[];
  width: number;
  label: string;
  centreName: string;
}

const PANEL_MIN = 165;
const PANEL_HEIGHT = 132;

/**
 * Change over time as small multiples: per scale the centre's score in every round it took part
 * in, with the network average alongside. Each panel has its own vertical range (at least 20
 * points, so that small differences do not look large), labelled at both ends.
 */
export function TrendChart(props: TrendChartProps) {
  const columns = () => Math.max(1, Math.floor(props.width / PANEL_MIN));
  const panelWidth = () => props.width / columns();
  const rowsOfPanels = () => Math.ceil(props.series.length / columns());
  const legendTop = () => rowsOfPanels() * PANEL_HEIGHT + 6;
  const legendItems = () => [
    {
      label: props.centreName,
      mark: () => <line x1="-7" x2="7" y1="0" y2="0" stroke={colours.centre} stroke-width="2.5" />,
    },
    {
      label: t("results.legend.networkMean"),
      mark: () => (
        <line x1="-7" x2="7" y1="0" y2="0" stroke={colours.network} stroke-width="2" stroke-dasharray="4 3" />
      ),
    },
  ];
  const height = () => legendTop() + legendHeight(2, props.width, 220);

  return (
    <svg
      width={props.width}
      height={height()}
      viewBox={`0 0 ${props.width} ${height()}`}
      role="img"
      aria-label={props.label}
      font-family={fontFamily}
      data-chart="trend"
    >
      <For each={props.series}>
        {(series, i) => {
          const left = () => (i() % columns()) * panelWidth();
          const topY = () => Math.floor(i() / columns()) * PANEL_HEIGHT;
          const plotLeft = 30;
          const plotRight = () => panelWidth() - 18;
          const plotTop = 34;
          const plotBottom = PANEL_HEIGHT - 30;
          const yDomain = () => {
            const values = [...series.centre, ...series.network].filter((v): v is number => v !== null);
            const [lo = 0, hi = 100] = extent(values);
            const mid = (lo + hi) / 2;
            const half = Math.max(10, (hi - lo) / 2 + 3);
            let a = Math.max(0, Math.floor((mid - half) / 5) * 5);
            let b = Math.min(100, Math.ceil((mid + half) / 5) * 5);
            if (b - a < 20) {
              if (a === 0) b = 20;
              else a = b - 20;
            }
            return [a, b] as [number, number];
          };
          const y = () => scaleLinear().domain(yDomain()).range([plotBottom, plotTop]);
          const x = () =>
            scalePoint<number>()
              .domain(props.rounds.map((_, k) => k))
              .range([plotLeft + 8, plotRight() - 8])
              .padding(props.rounds.length === 1 ? 0.5 : 0);
          const path = (values: (number | null)[]) =>
            line<number | null>()
              .defined((v) => v !== null)
              .x((_, k) => x()(k) ?? 0)
              .y((v) => y()(v ?? 0))(values) ?? "";
          return (
            <g transform={`translate(${left()},${topY()})`} data-scale={series.key}>
              <title>{series.label}</title>
              <text x="4" y="14" font-size="12" font-weight="600" fill={colours.ink}>
                {shorten(series.label, charsFitting(panelWidth() - 8, 12))}
              </text>
              <text x="4" y="27" font-size="11" fill={colours.muted}>
                {series.polarity === "higher-better"
                  ? t("results.chart.betterUp")
                  : t("results.chart.betterDown")}
              </text>
              <rect
                x={plotLeft}
                y={plotTop}
                width={plotRight() - plotLeft}
                height={plotBottom - plotTop}
                fill="#f6f7f5"
                stroke={colours.grid}
              />
              <g font-size="11" fill={colours.muted} text-anchor="end">
                <text x={plotLeft - 3} y={plotTop} dy="0.35em">
                  {fmtNumber(yDomain()[1])}
                </text>
                <text x={plotLeft - 3} y={plotBottom} dy="0.35em">
                  {fmtNumber(yDomain()[0])}
                </text>
              </g>
              <g font-size="11" fill={colours.muted} text-anchor="middle">
                <For each={props.rounds}>
                  {(round, k) => (
                    <text x={x()(k()) ?? 0} y={plotBottom + 13}>
                      {round}
                    </text>
                  )}
                </For>
              </g>
              <path
                d={path(series.network)}
                fill="none"
                stroke={colours.network}
                stroke-width="2"
                stroke-dasharray="4 3"
              />
              <path d={path(series.centre)} fill="none" stroke={colours.centre} stroke-width="2.5" />
              <For each={series.centre}>
                {(v, k) => (
                  <Show when={v !== null}>
                    <circle
                      cx={x()(k()) ?? 0}
                      cy={y()(v ?? 0)}
                      r="3.5"
                      fill={colours.centre}
                      data-mark="centre"
                    />
                  </Show>
                )}
              </For>
              <Show when={series.centre.every((v) => v === null)}>
                <text
                  x={(plotLeft + plotRight()) / 2}
                  y={(plotTop + plotBottom) / 2}
                  text-anchor="middle"
                  font-size="11"
                  font-style="italic"
                  fill={colours.muted}
                >
                  {t("results.tooFewShort")}
                </text>
              </Show>
            </g>
          );
        }}
      </For>
      <SvgLegend items={legendItems()} y={legendTop()} width={props.width} itemWidth={220} />
    </svg>
  );
}
