/** Danish strings of the research screens. Keys start with "research.". */
export const researchDa = {
  "research.title": "Forskning",
};
