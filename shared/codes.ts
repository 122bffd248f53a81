/**
 * Codes that people type (a survey slip's code, a workshop's join code, a session's vote code) may
 * carry the slip's grouping ("ABCD-EFGH-JK"), spaces or lower case; the code as issued is upper case
 * without them. The API and the SPA read a typed code the same way.
 */
export const normaliseCode = (typed: string): string => typed.replace(/[\s-]+/g, "").toUpperCase();
