/**
 * Colours and marks of the charts. Colours are from the Okabe–Ito set, which readers with the
 * common colour-vision deficiencies can tell apart; the traffic light is never colour alone: each
 * light has its own shape (circle, diamond, triangle) and its word in the tables.
 */
import { type SymbolType, symbol, symbolCircle, symbolDiamond, symbolTriangle } from "d3-shape";

export type LightName = "green" | "yellow" | "red";

export const lightColour: Record<LightName, string> = {
  green: "#009E73",
  yellow: "#E69F00",
  red: "#D55E00",
};

/** A light's pale tint, for heatmap cells (text on it stays readable). */
export const lightTint: Record<LightName, string> = {
  green: "#bfe8da",
  yellow: "#f8e0a8",
  red: "#f5c4a6",
};

const lightSymbol: Record<LightName, SymbolType> = {
  green: symbolCircle,
  yellow: symbolDiamond,
  red: symbolTriangle,
};

/** The SVG path of a light's mark, centred on 0,0, of about `size` pixels across. */
export function lightPath(name: LightName, size: number): string {
  return symbol(lightSymbol[name], size * size * 0.8)() ?? "";
}

export const colours = {
  ink: "#1d2b2f",
  muted: "#4f5f63",
  grid: "#d5dcda",
  range: "#c9d3d6",
  centre: "#0072B2",
  network: "#6b7a80",
  reference: "#CC79A7",
  noLight: "#6b7a80",
  link: "#005a8c",
};

/** Text colours of a change's arrow: darker than the lights, to read as text on white (4.5:1). */
export const changeColour = {
  better: "#006b4f",
  worse: "#a63f00",
  same: "#4f5f63",
} as const;

/** The arrow of a change: which way the score moved (its colour says whether that is better). */
export const arrowGlyph = { up: "▲", down: "▼", flat: "▶" } as const;

export const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
