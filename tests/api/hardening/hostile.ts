/**
 * fast-check arbitraries for what attackers and broken clients send: values shaped by a route's
 * JSON schema (and just outside it), and the things no schema mentions: wrong types, SQL, FTS and
 * HTML fragments, lone surrogates, long and deeply nested input, malformed JSON and bytes that are
 * not UTF-8.
 */
import fc from "fast-check";
import type { JsonSchema } from "./routes.ts";

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '" OR ""="',
  "1; SELECT * FROM sessions",
  "' UNION SELECT password_hash FROM users --",
  "%' --",
  "\\'",
  "?1",
  ":name",
  "$1",
  ")",
  "/*",
];
/** The practice search is FTS5: its query syntax is an input language of its own. */
const FTS = [
  '"',
  'NEAR("a" "b", -1)',
  "*",
  "a OR",
  "title:x",
  "^x",
  "-x",
  "AND",
  "(",
  '"unterminated',
  "x*y",
];
const HTML = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as it is
  "${7*7}",
];
const PATHS = [
  "..",
  "../../etc/passwd",
  "%",
  "%00",
  "%2F",
  "%zz",
  "/",
  "\\",
  "?x=1",
  "#x",
  " ",
  "\t",
  "\u0000",
];
const UNICODE = [
  "\ud800",
  "\udfff",
  "a\ud83d",
  "\uffff",
  "\u202e\u202d",
  "😀👩‍👩‍👧",
  "Æøå ÆØÅ",
  "e\u0301\u0301\u0301",
  "\u200b",
  "ﷺ",
];
const NUMBERISH = ["NaN", "Infinity", "-1", "1e309", "0x10", "9007199254740993", "-0", "١٢٣"];
const OBJECTISH = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

export const FRAGMENTS = [...SQL, ...FTS, ...HTML, ...PATHS, ...UNICODE, ...NUMBERISH, ...OBJECTISH];

/** A long run of one character, without generating every character one by one. */
const long = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.constantFrom("x", "é", "😀", "'", "\u0000", " ", "9"))
    .map(([n, ch]) => ch.repeat(n));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: long(300, 5000) },
  { weight: 1, arbitrary: long(100_000, 300_000) },
  { weight: 1, arbitrary: fc.constant("") },
);

/** A JSON-able value of any type, including the ones a field never expects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.constantFrom(0, -1, -0, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, 0.1, 1.5),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom(...OBJECTISH, "a", "id"), hostileString, { maxKeys: 3 }),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 10, max: 400 }).map((d) => {
      let v: unknown = 1;
      for (let i = 0; i < d; i++) v = i % 2 ? [v] : { a: v };
      return v;
    }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/**
 * Random values of the schema's shape: the valid region mostly, its edges (lengths, ranges,
 * enums) and now and then a step over them.
 */
export function fromSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(null);
  const over = (a: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 6, arbitrary: a }, { weight: 1, arbitrary: hostileValue });
  if ("const" in schema) return over(fc.constant(schema.const));
  if (Array.isArray(schema.enum)) return over(fc.constantFrom(...schema.enum));
  const branches: JsonSchema[] | undefined = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => fromSchema(b, depth + 1)));
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((t) => fromSchema({ ...schema, type: t }, depth)));
  switch (types[0]) {
    case "null":
      return fc.constant(null);
    case "object": {
      const props: Record<string, JsonSchema> = schema.properties ?? {};
      const record = fc.record(
        Object.fromEntries(Object.entries(props).map(([k, s]) => [k, fromSchema(s, depth + 1)])),
        { requiredKeys: (schema.required ?? []).filter((k: string) => k in props) },
      );
      if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
        const extra = fc.dictionary(
          fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), hostileString),
          fromSchema(schema.additionalProperties, depth + 1),
          { maxKeys: 6 },
        );
        return over(fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a })));
      }
      return over(record);
    }
    case "array": {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? min + 8, min + 20);
      return over(fc.array(fromSchema(schema.items ?? {}, depth + 1), { minLength: min, maxLength: max }));
    }
    case "string": {
      if (schema.pattern) return over(fc.stringMatching(new RegExp(schema.pattern)));
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 60, 400);
      return fc.oneof(
        { weight: 5, arbitrary: fc.string({ minLength: min, maxLength: Math.max(min, max) }) },
        { weight: 1, arbitrary: fc.constant("x".repeat((schema.maxLength ?? 10_000) + 1)) },
        {
          weight: 1,
          arbitrary: fc.constantFrom("2031-02-30", "2031-13-01", "0000-00-00", "31/12/2031", "2031-1-1"),
        },
        { weight: 2, arbitrary: hostileValue },
      );
    }
    case "integer":
    case "number": {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      const inRange =
        types[0] === "integer" ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
      return over(fc.oneof(inRange, fc.constantFrom(min - 1, max + 1, min, max, 0.5)));
    }
    case "boolean":
      return over(fc.boolean());
  }
  return hostileValue;
}

/** Bodies that are not the JSON they claim to be. */
export const malformedText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    '{"a":}',
    "[1,]",
    "{'a':1}",
    "NaN",
    '"unterminated',
    '{"a":1}garbage',
    "\uFEFF{}",
    "null",
    "[]",
    '"a string"',
    "123",
    '{"a":1,"a":2}',
    '{"__proto__":{"polluted":true}}',
    `1${"0".repeat(400)}`,
    "1e999",
    '{"text":"\\ud800"}',
    "a,b\r\n1,2\r\n",
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((d) => `${"[".repeat(d)}${"]".repeat(d)}`),
  fc.integer({ min: 1_000, max: 100_000 }).map((d) => `${'{"a":'.repeat(d)}1${"}".repeat(d)}`),
  fc.string({ unit: "binary", maxLength: 200 }),
);

/** CSV files gone wrong: quotes, delimiters, BOMs, ragged and very wide rows, formula injection. */
export const hostileCsv: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.array(fc.oneof(hostileString, fc.constantFrom('"', '""', '"a', "=cmd|' /C calc'!A0", "1", "")), {
        maxLength: 8,
      }),
      {
        maxLength: 12,
      },
    ),
    fc.constantFrom(",", ";", "\t", "|"),
    fc.constantFrom("\n", "\r\n", "\r"),
    fc.constantFrom("", "\uFEFF"),
  )
  .map(([rows, sep, eol, bom]) => bom + rows.map((r) => r.join(sep)).join(eol));

/** Bytes that are not UTF-8: overlong forms, encoded surrogates, stray continuation bytes. */
export const invalidUtf8: fc.Arbitrary<Uint8Array<ArrayBuffer>> = fc
  .tuple(
    fc.uint8Array({ maxLength: 100 }),
    fc.constantFrom(
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xff, 0xfe],
      [0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
    ),
  )
  .map(([noise, bad]) => {
    const head = new TextEncoder().encode('{"name":"');
    const tail = new TextEncoder().encode('"}');
    return new Uint8Array([...head, ...bad, ...noise, ...tail]);
  });

/** Header values a client can put on the wire (visible Latin-1, no line breaks). */
export const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FRAGMENTS.filter((s) => /^[\x20-\x7e]*$/.test(s))),
  fc.string({ unit: "binary-ascii", maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
  fc.integer({ min: 200, max: 9000 }).map((n) => "k".repeat(n)),
);
