import type { resultsDa } from "./results.da.ts";

/** English strings of the results screens: the same keys as Danish (checked by the type). */
export const resultsEn: Record<keyof typeof resultsDa, string> = {
  "results.title": "Results",
};
