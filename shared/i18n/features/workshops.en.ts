import type { workshopsDa } from "./workshops.da.ts";

/** English strings of the workshops screens: the same keys as Danish (checked by the type). */
export const workshopsEn: Record<keyof typeof workshopsDa, string> = {
  "workshops.title": "Workshops",
};
