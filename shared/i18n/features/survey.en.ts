import type { surveyDa } from "./survey.da.ts";

/** English strings of the survey screens: the same keys as Danish (checked by the type). */
export const surveyEn: Record<keyof typeof surveyDa, string> = {
  "survey.title": "Questionnaire",
};
