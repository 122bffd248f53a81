/**
 * Values drawn from the OpenAPI document's JSON schemas: `validValues` an arbitrary of values the
 * schema accepts, `invalidValues` a few values it refuses (wrong type, out of range, too long,
 * off-pattern, not a calendar date, not in the enum). The conformance test sends both and holds
 * the server to the document: what the schema accepts passes the validator, what it refuses is
 * refused.
 */
import fc from "fast-check";
import type { JsonSchema } from "./routes.ts";

const typesOf = (s: JsonSchema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

const isoDay = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

/** Text as a form sends it: printable ASCII, with something other than blanks in it. */
function text(min: number, max: number): fc.Arbitrary<string> {
  const lo = Math.max(min, 1);
  return fc
    .string({ unit: "grapheme-ascii", minLength: lo, maxLength: Math.max(lo, Math.min(max, 80)) })
    .filter((s) => s.trim().length >= lo);
}

export function validValues(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const branches: JsonSchema[] | undefined = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => validValues(b, depth + 1)));
  const types = typesOf(schema);
  if (types.length > 1) return fc.oneof(...types.map((t) => validValues({ ...schema, type: t }, depth)));
  switch (types[0]) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case "number":
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
    case "string": {
      const min = schema.minLength ?? 0;
      const max = schema.maxLength ?? 80;
      if (schema.format === "date") return isoDay;
      if (schema.format === "email") return fc.stringMatching(/^[a-z]{1,12}\.[a-z]{1,8}@example\.org$/);
      if (schema.pattern && schema.pattern !== "\\S")
        return fc
          .stringMatching(new RegExp(schema.pattern))
          .filter((s) => s.length >= min && s.length <= max);
      return text(min, max);
    }
    case "array": {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? min + 3, min + 3);
      const item = validValues(schema.items ?? {}, depth + 1);
      return schema.uniqueItems
        ? fc.uniqueArray(item, { minLength: min, maxLength: max, selector: (v) => JSON.stringify(v) })
        : fc.array(item, { minLength: min, maxLength: max });
    }
    case "object": {
      if (depth > 4) return fc.constant({});
      const props: Record<string, JsonSchema> = schema.properties ?? {};
      const required: string[] = schema.required ?? [];
      return fc
        .record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, validValues(s, depth + 1)])), {
          requiredKeys: required.filter((k) => k in props),
        })
        .filter((o) => Object.keys(o).length >= (schema.minProperties ?? 0));
    }
  }
  return fc.constant("x");
}

/** Values of another JSON type than any the schema allows. */
function wrongTypes(schema: JsonSchema): unknown[] {
  const types = typesOf(schema);
  if (!types.length || schema.anyOf || schema.oneOf) return [];
  const fits = (v: unknown) => {
    const t = v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
    return types.some((x) => x === t || (t === "number" && (x === "integer" || x === "number")));
  };
  return [42, "text", true, { a: 1 }, [1], null].filter((v) => !fits(v)).slice(0, 2);
}

/** Values the schema refuses, each with why. */
export function invalidValues(schema: JsonSchema): { value: unknown; why: string }[] {
  const out: { value: unknown; why: string }[] = wrongTypes(schema).map((value) => ({
    value,
    why: "wrong type",
  }));
  const types = typesOf(schema);
  if (Array.isArray(schema.enum) && schema.enum.every((e: unknown) => typeof e === "string"))
    out.push({ value: "not-one-of-them", why: "not in the enum" });
  if (types.includes("string") && !schema.enum && !("const" in schema)) {
    if (schema.format === "date") {
      out.push({ value: "2031-02-30", why: "not a calendar date" });
      out.push({ value: "31/12/2031", why: "not YYYY-MM-DD" });
    }
    if (schema.maxLength !== undefined)
      out.push({ value: "x".repeat(schema.maxLength + 1), why: `longer than ${schema.maxLength}` });
    if (schema.minLength > 0)
      out.push({ value: "x".repeat(schema.minLength - 1), why: `shorter than ${schema.minLength}` });
    if (schema.pattern) {
      const re = new RegExp(schema.pattern, "u");
      const off = ["", "   ", "!!", "x y", "Æ-Ø"].find((s) => !re.test(s));
      if (off !== undefined) out.push({ value: off, why: `off pattern ${schema.pattern}` });
    }
  }
  if (types.includes("integer") || types.includes("number")) {
    if (schema.minimum !== undefined) out.push({ value: schema.minimum - 1, why: `below ${schema.minimum}` });
    if (schema.maximum !== undefined) out.push({ value: schema.maximum + 1, why: `above ${schema.maximum}` });
    if (types.includes("integer") && !types.includes("number")) out.push({ value: 1.5, why: "not whole" });
  }
  if (types.includes("array") && schema.minItems > 0)
    out.push({ value: [], why: `fewer than ${schema.minItems}` });
  return out;
}

/** A query, path or header value as text, as a client would put it on the wire. */
export const wireText = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
