/** Every feature's Danish strings, loaded as one chunk when Danish is in use. */

import { researchDa } from "./research.da.ts";
import { resultsDa } from "./results.da.ts";
import { seminarsDa } from "./seminars.da.ts";
import { surveyDa } from "./survey.da.ts";
import { workshopsDa } from "./workshops.da.ts";

export const featuresDa = { ...resultsDa, ...surveyDa, ...workshopsDa, ...seminarsDa, ...researchDa };
