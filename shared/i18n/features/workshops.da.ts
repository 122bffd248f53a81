/** Danish strings of the workshops screens. Keys start with "workshops.". */
export const workshopsDa = {
  "workshops.title": "Workshops",
};
