import type { seminarsDa } from "./seminars.da.ts";

/** English strings of the seminars screens: the same keys as Danish (checked by the type). */
export const seminarsEn: Record<keyof typeof seminarsDa, string> = {
  "seminars.title": "Seminars",
};
