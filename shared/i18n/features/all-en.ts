/** Every feature's English strings, loaded as one chunk when English is in use. */

import { researchEn } from "./research.en.ts";
import { resultsEn } from "./results.en.ts";
import { seminarsEn } from "./seminars.en.ts";
import { surveyEn } from "./survey.en.ts";
import { workshopsEn } from "./workshops.en.ts";

export const featuresEn = { ...resultsEn, ...surveyEn, ...workshopsEn, ...seminarsEn, ...researchEn };
