import { For } from "solid-js";
import { colours } from "./palette.ts";

export interface LegendItem {
  label: string;
  /** Draws the item's mark in a 16 × 16 box centred on 0,0. */
  mark: () => import("solid-js").JSX.Element;
}

/**
 * A legend inside the SVG (so that a downloaded chart explains itself), laid out in as many
 * columns as fit the width.
 */
export function legendHeight(count: number, width: number, itemWidth = 190): number {
  const perRow = Math.max(1, Math.floor(width / itemWidth));
  return Math.ceil(count / perRow) * 20 + 6;
}

export function SvgLegend(props: { items: LegendItem[]; y: number; width: number; itemWidth?: number }) {
  const itemWidth = () => props.itemWidth ?? 190;
  const perRow = () => Math.max(1, Math.floor(props.width / itemWidth()));
  return (
    <g transform={`translate(0,${props.y})`} font-size="12" fill={colours.ink}>
      <For each={props.items}>
        {(item, i) => (
          <g
            transform={`translate(${(i() % perRow()) * itemWidth() + 8},${Math.floor(i() / perRow()) * 20 + 10})`}
          >
            {item.mark()}
            <text x="14" dy="0.35em">
              {item.label}
            </text>
          </g>
        )}
      </For>
    </g>
  );
}
