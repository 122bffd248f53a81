import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { For, Show } from "solid-js";
import { sharedValueDomain } from "../../../shared/charts/value-domain.ts";
import { fmtNumber, t } from "../lib/i18n.ts";
import { legendHeight, SvgLegend } from "./legend.tsx";
import { colours, fontFamily } from "./palette.ts";
import { charsFitting, wrapKeepingEnd } from "./text-fit.ts";

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

/** The narrowest panel: four on A4, five on a laptop; on a phone two side by side, narrower still,
 *  so that 24 scales make 12 rows, not a 24-panel column. */
const PANEL_MIN = 150;
const PANEL_MIN_PHONE = 136;
/** Room between panels, so that one panel's last round and the next one's axis never touch. */
const GAP = 16;
const TITLE_SIZE = 12;
const PANEL_HEIGHT = 142;

/**
 * Change over time as small multiples: per scale the centre's score in every round it took part
 * in, with the network average alongside. All panels share one vertical range (labelled on each
 * panel), so that a slope or a level reads the same in every panel; the range is at least 20
 * points, so that small differences do not look large.
 */
export function TrendChart(props: TrendChartProps) {
  const columns = () =>
    Math.max(1, Math.floor((props.width + GAP) / ((props.width < 480 ? PANEL_MIN_PHONE : PANEL_MIN) + GAP)));
  const panelWidth = () => (props.width - GAP * (columns() - 1)) / columns();
  const rowsOfPanels = () => Math.ceil(props.series.length / columns());
  const legendTop = () => rowsOfPanels() * PANEL_HEIGHT + 2;
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
  const yDomain = () => sharedValueDomain(props.series.flatMap((s) => [...s.centre, ...s.network]));
  const yMid = () => (yDomain()[0] + yDomain()[1]) / 2;

  return (
    <svg
      width={props.width}
      height={height()}
      viewBox={`0 0 ${props.width} ${height()}`}
      role="img"
      aria-label={props.label}
      font-family={fontFamily}
      data-chart="trend"
      data-y-domain={yDomain().join("-")}
    >
      <For each={props.series}>
        {(series, i) => {
          const left = () => (i() % columns()) * (panelWidth() + GAP);
          const topY = () => Math.floor(i() / columns()) * PANEL_HEIGHT;
          const plotLeft = 24;
          const plotRight = () => panelWidth() - 2;
          const plotTop = 52;
          const plotBottom = PANEL_HEIGHT - 32;
          // Two lines of title where the name is long; the whole name is the panel's <title>.
          // Bold text is wider than the average the estimate is made for: two sizes up.
          const titleLines = () =>
            wrapKeepingEnd(series.label, charsFitting(panelWidth() - 2, TITLE_SIZE + 2), 2);
          const y = () => scaleLinear().domain(yDomain()).range([plotBottom, plotTop]);
          const x = () =>
            scalePoint<number>()
              .domain(props.rounds.map((_, k) => k))
              .range([plotLeft + 14, plotRight() - 14])
              .padding(props.rounds.length === 1 ? 0.5 : 0);
          const path = (values: (number | null)[]) =>
            line<number | null>()
              .defined((v) => v !== null)
              .x((_, k) => x()(k) ?? 0)
              .y((v) => y()(v ?? 0))(values) ?? "";
          return (
            <g transform={`translate(${left()},${topY()})`} data-scale={series.key}>
              <title>{series.label}</title>
              <text y="12" font-size={String(TITLE_SIZE)} font-weight="600" fill={colours.ink}>
                <For each={titleLines()}>
                  {(text, k) => (
                    <tspan x="0" dy={k() === 0 ? 0 : TITLE_SIZE + 2}>
                      {text}
                    </tspan>
                  )}
                </For>
              </text>
              <text x="0" y="40" font-size="11" fill={colours.muted}>
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
              <line x1={plotLeft} x2={plotRight()} y1={y()(yMid())} y2={y()(yMid())} stroke={colours.grid} />
              <g font-size="11" fill={colours.muted} text-anchor="end" data-axis="y">
                <text x={plotLeft - 3} y={plotTop} dy="0.35em">
                  {fmtNumber(yDomain()[1])}
                </text>
                <text x={plotLeft - 3} y={y()(yMid())} dy="0.35em">
                  {fmtNumber(yMid())}
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
