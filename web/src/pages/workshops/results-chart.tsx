import { scaleLinear } from "d3-scale";
import { createMemo, For } from "solid-js";
import { colours, fontFamily } from "../../charts/palette.ts";
import { charsFitting, wrap } from "../../charts/text-fit.ts";
import { fmtNumber } from "../../lib/i18n.ts";

export interface RankedRow {
  id: string;
  text: string;
  score: number;
  rank: number;
  tied: boolean;
  pTop3: number;
}

interface ResultsChartProps {
  rows: RankedRow[];
  width: number;
  /** The chart's accessible name; the table next to it carries the figures. */
  label: string;
  /** Bigger type for a projector. */
  large?: boolean;
  /** A statement's chance of the top three, in words (honest with few ballots). */
  chance: (pTop3: number) => string;
}

/** "=2." for a rank shared with another statement, "2." otherwise. */
export const rankLabel = (row: { rank: number; tied: boolean }) => `${row.tied ? "=" : ""}${row.rank}.`;

/**
 * The ranking as horizontal bars on the 0–100 score scale, best first: the statement's wording
 * over its bar, the score at the bar's end, and under it the chance of being in the top three
 * (from the bootstrap), so the room sees whether the top three is clear or a coin toss. The top
 * three bars are coloured, the rest grey; shared ranks are marked "=".
 */
export function ResultsChart(props: ResultsChartProps) {
  // Readable on a laptop across a table, and from a room's back rows when large.
  const font = () => (props.large ? 28 : 16);
  const small = () => (props.large ? 20 : 14);
  const lineHeight = () => font() * 1.3;
  const barHeight = () => (props.large ? 28 : 16);
  const top = 24;
  const x0 = 4;
  const x = () =>
    scaleLinear()
      .domain([0, 100])
      .range([x0, Math.max(x0 + 40, props.width - (props.large ? 56 : 40))]);
  const layout = createMemo(() => {
    const chars = charsFitting(props.width - 8, font());
    let y = top;
    return props.rows.map((row) => {
      const lines = wrap(`${rankLabel(row)} ${row.text}`, chars, 2);
      const at = y;
      y += lines.length * lineHeight() + barHeight() + small() * 1.4 + 16;
      return { row, lines, y: at };
    });
  });
  const height = () => {
    const last = layout().at(-1);
    if (!last) return top + 10;
    return last.y + last.lines.length * lineHeight() + barHeight() + small() * 1.4 + 12;
  };

  return (
    <svg
      width={props.width}
      height={height()}
      viewBox={`0 0 ${props.width} ${height()}`}
      role="img"
      aria-label={props.label}
      font-family={fontFamily}
      data-chart="workshop-results"
    >
      <g font-size={String(small())} fill={colours.muted}>
        <For each={[0, 25, 50, 75, 100]}>
          {(tick) => (
            <>
              <line x1={x()(tick)} x2={x()(tick)} y1={top - 6} y2={height() - 4} stroke={colours.grid} />
              <text x={x()(tick)} y={top - 10} text-anchor={tick === 0 ? "start" : "middle"}>
                {fmtNumber(tick)}
              </text>
            </>
          )}
        </For>
      </g>
      <For each={layout()}>
        {(item) => {
          const barY = () => item.y + item.lines.length * lineHeight() + 2;
          const topThree = () => item.row.rank <= 3;
          return (
            <g data-statement={item.row.id} data-rank={item.row.rank} data-tied={item.row.tied}>
              <title>{`${rankLabel(item.row)} ${item.row.text}`}</title>
              <text font-size={String(font())} fill={colours.ink} font-weight={topThree() ? "600" : "400"}>
                <For each={item.lines}>
                  {(line, i) => (
                    <tspan x={x0} y={item.y + (i() + 1) * lineHeight() - 4}>
                      {line}
                    </tspan>
                  )}
                </For>
              </text>
              <rect
                class="results-bar"
                x={x0}
                y={barY()}
                width={Math.max(2, x()(item.row.score) - x0)}
                height={barHeight()}
                fill={topThree() ? colours.centre : colours.network}
                data-score={item.row.score.toFixed(1)}
              />
              <text
                x={x()(item.row.score) + 6}
                y={barY() + barHeight() / 2}
                dy="0.35em"
                font-size={String(font())}
                font-weight="600"
                fill={colours.ink}
              >
                {fmtNumber(item.row.score, 0)}
              </text>
              <text
                x={x0}
                y={barY() + barHeight() + small() * 1.25}
                font-size={String(small())}
                fill={colours.muted}
              >
                {props.chance(item.row.pTop3)}
              </text>
            </g>
          );
        }}
      </For>
    </svg>
  );
}
