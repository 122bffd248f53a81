import type { Domain, Item, LocalizedText, Scale } from "../schema.ts";
import type { ResponseSetKey } from "./response-sets.ts";

/** One domain of the built-in instrument with its scales and their items, kept together for review. */
export interface DomainBlock {
  domain: Domain;
  scales: Scale[];
  items: Item[];
}

export const text = (da: string, en: string): LocalizedText => ({ da, en });

/** Items of one scale: `[code, responseSet, da, en, reversed?]`. */
export function scaleItems(
  scale: string,
  entries: readonly (readonly [string, ResponseSetKey, string, string, "reversed"?])[],
): Item[] {
  return entries.map(([code, responseSet, da, en, reversed]) => ({
    code,
    scale,
    text: { da, en },
    responseSet,
    reversed: reversed === "reversed",
  }));
}
