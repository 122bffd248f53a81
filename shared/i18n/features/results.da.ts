/** Danish strings of the results screens. Keys start with "results.". */
export const resultsDa = {
  "results.title": "Resultater",
};
