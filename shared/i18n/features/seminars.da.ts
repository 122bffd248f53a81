/** Danish strings of the seminars screens. Keys start with "seminars.". */
export const seminarsDa = {
  "seminars.title": "Seminarer",
};
