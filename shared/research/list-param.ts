/**
 * The `rounds=` and `centres=` filters of the research exports. Round labels may hold commas
 * ("1. måling, juni 2007"), so a value is read in this order:
 * - the whole value, if it names something (a label with a comma, given alone);
 * - else a comma-separated list, where an item may be quoted as in CSV (`"1. måling, juni 2007",2`,
 *   `""` for a quote inside) and unquoted neighbours that together name something are joined again;
 * - the parameter may be repeated (`rounds=a&rounds=b`), each value read as above.
 * Pure: `names` tells whether a string names something (an id, a wave number, a label).
 */
export function readListParam(
  value: string | readonly string[] | undefined,
  names: (s: string) => boolean = () => false,
): string[] | null {
  if (value === undefined) return null;
  const out: string[] = [];
  for (const v of typeof value === "string" ? [value] : value) out.push(...readOne(v, names));
  // `rounds=` with nothing in it filters nothing, as if it were left out.
  return out.length > 0 ? out : null;
}

interface Token {
  raw: string;
  quoted: boolean;
}

function readOne(value: string, names: (s: string) => boolean): string[] {
  const whole = value.trim();
  if (!whole) return [];
  if (names(whole)) return [whole];
  const tokens = tokenize(value);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.quoted) {
      out.push(t.raw);
      continue;
    }
    // The longest run of unquoted tokens from here that names something, else this token alone.
    let taken = i;
    for (let j = tokens.length - 1; j > i; j--) {
      const run = tokens.slice(i, j + 1);
      if (run.some((x) => x.quoted)) continue;
      if (
        names(
          run
            .map((x) => x.raw)
            .join(",")
            .trim(),
        )
      ) {
        taken = j;
        break;
      }
    }
    const joined = tokens
      .slice(i, taken + 1)
      .map((x) => x.raw)
      .join(",")
      .trim();
    if (joined) out.push(joined);
    i = taken;
  }
  return out;
}

/** Splits on commas outside double quotes; a quoted token loses its quotes, `""` is one quote. */
function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i <= value.length) {
    let j = i;
    while (j < value.length && value[j] === " ") j++;
    if (value[j] === '"') {
      let text = "";
      let k = j + 1;
      for (; k < value.length; k++) {
        if (value[k] === '"' && value[k + 1] === '"') {
          text += '"';
          k++;
        } else if (value[k] === '"') break;
        else text += value[k];
      }
      // Anything between the closing quote and the next comma is ignored, as is an unclosed quote's end.
      const comma = value.indexOf(",", k);
      tokens.push({ raw: text, quoted: true });
      if (comma === -1) break;
      i = comma + 1;
      continue;
    }
    const comma = value.indexOf(",", i);
    tokens.push({ raw: value.slice(i, comma === -1 ? undefined : comma), quoted: false });
    if (comma === -1) break;
    i = comma + 1;
  }
  return tokens;
}
