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

/**
 * `text` in at most `lines` lines of at most `max` characters, keeping its beginning and its end
 * and leaving out the middle ("Tillid og troværdighed" / "…de ansatte"): two names that begin
 * alike stay told apart, where cutting the end gave "Social støtte og feedback…" twice.
 */
export function wrapKeepingEnd(text: string, max: number, lines = 2): string[] {
  const all = wrap(text, max, Number.POSITIVE_INFINITY);
  if (all.length <= lines && all.every((l) => l.length <= max)) return all;
  const head = wrap(text, max, Number.POSITIVE_INFINITY).slice(0, Math.max(1, lines - 1));
  const words = text.split(/\s+/);
  const used = head.join(" ").split(/\s+/).length;
  const tail: string[] = [];
  for (let k = words.length - 1; k >= used; k--) {
    const next = [words[k], ...tail].join(" ");
    if (next.length + 1 > max) break;
    tail.unshift(words[k] as string);
  }
  const last = tail.length > 0 ? `…${tail.join(" ")}` : shorten(words.slice(used).join(" "), max);
  return lines === 1 ? [headAndTail(text, max)] : [...head.map((l) => shorten(l, max)), last];
}

/** One line of at most `max` characters: the first letters, "…", and the last word or words. */
function headAndTail(text: string, max: number): string {
  if (text.length <= max) return text;
  const words = text.split(/\s+/);
  let end = words.at(-1) ?? "";
  if (end.length > max - 6) return shorten(text, max);
  for (let k = words.length - 2; k > 0; k--) {
    const next = `${words[k]} ${end}`;
    if (next.length > max / 2) break;
    end = next;
  }
  const start = text.slice(0, max - 2 - end.length).trimEnd();
  return `${start}… ${end}`;
}
