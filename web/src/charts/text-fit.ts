/**
 * Fitting labels into charts without measuring text: an average character width for the
 * charts' system font (about 0.55 em) is close enough to break lines and shorten labels.
 */

const CHAR_EM = 0.56;

export const charsFitting = (width: number, fontSize: number) =>
  Math.max(4, Math.floor(width / (fontSize * CHAR_EM)));

/** `text` shortened with an ellipsis to at most `max` characters. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** `text` broken at spaces into at most `lines` lines of at most `max` characters. */
export function wrap(text: string, max: number, lines = 2): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= max || !current) current = next;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current) out.push(current);
  if (out.length <= lines) return out.map((l) => shorten(l, max));
  const kept = out.slice(0, lines - 1);
  kept.push(shorten(out.slice(lines - 1).join(" "), max));
  return kept;
}
