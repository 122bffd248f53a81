/** Danish strings of the survey screens. Keys start with "survey.". */
export const surveyDa = {
  "survey.title": "Spørgeskema",
};
