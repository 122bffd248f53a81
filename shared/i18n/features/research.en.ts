import type { researchDa } from "./research.da.ts";

/** English strings of the research screens: the same keys as Danish (checked by the type). */
export const researchEn: Record<keyof typeof researchDa, string> = {
  "research.title": "Research",
};
