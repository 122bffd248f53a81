/**
 * Free text to an FTS5 query. The index uses the trigram tokenizer, so every word of three or more
 * characters matches anywhere inside a word ("samtale" finds "sundhedssamtaler"); words are quoted,
 * so nothing a user types is read as FTS syntax. Shorter words cannot use a trigram index and are
 * matched with LIKE instead. All words must match.
 */
export interface SearchTerms {
  /** The MATCH expression, or null when no word is long enough. */
  match: string | null;
  /** LIKE patterns for the short words, escaped with `\`. */
  like: string[];
}

const MAX_WORDS = 12;

export function searchTerms(q: string): SearchTerms {
  // A handful of words is plenty, and keeps the statement far below D1's 100 bound parameters.
  const words = q
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  const long = words.filter((w) => [...w].length >= 3);
  const short = words.filter((w) => [...w].length < 3);
  return {
    match: long.length ? long.map((w) => `"${w.replaceAll('"', '""')}"`).join(" AND ") : null,
    like: short.map((w) => `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`),
  };
}

/** Bullet lines ("-", "*", "•" or "1.") of a practice body, as actions for a plan. */
export function bulletLines(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.match(/^\s*(?:[-*•–]|\d+[.)])\s+(.+)$/)?.[1]?.trim())
    .filter((line): line is string => Boolean(line));
}
