/**
 * A JSON Schema (2020-12) checker for the subset the OpenAPI document uses: type (one or a list),
 * properties, required, additionalProperties, items, prefixItems, enum, const, anyOf, oneOf,
 * allOf, string and number bounds, pattern, array and object size, uniqueItems, format (date,
 * date-time, email, uri) and `$ref` into the document. A keyword it does not know is an error, so
 * that a schema it cannot judge never passes by default.
 */
import type { JsonSchema } from "./routes.ts";

const ANNOTATIONS = new Set([
  "description",
  "example",
  "examples",
  "title",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$schema",
  "id",
  "$id",
  "contentMediaType",
]);

const isDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};

const formats: Record<string, (s: string) => boolean> = {
  date: isDate,
  "date-time": (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s),
  email: (s) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
  uri: (s) => URL.canParse(s),
};

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

const typeMatches = (t: string, actual: string) => t === actual || (t === "number" && actual === "integer");

/** Problems with `value` under `schema`, each as "at: what"; empty when it fits. */
export function check(value: unknown, schema: JsonSchema | boolean, root: JsonSchema, at = "$"): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${at}: nothing is allowed here`];
  const out: string[] = [];
  const fail = (what: string) => out.push(`${at}: ${what}`);
  for (const [k, s] of Object.entries(schema)) {
    switch (k) {
      case "$ref": {
        const path = String(s).replace(/^#\//, "").split("/");
        const target = path.reduce<any>((o, p) => o?.[p], root);
        if (!target) fail(`unresolved $ref ${s}`);
        else out.push(...check(value, target, root, at));
        break;
      }
      case "type": {
        const types: string[] = Array.isArray(s) ? s : [s];
        const actual = typeOf(value);
        if (!types.some((t) => typeMatches(t, actual))) fail(`expected ${types.join("|")}, got ${actual}`);
        break;
      }
      case "enum":
        if (!(s as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value)))
          fail(`${JSON.stringify(value)?.slice(0, 60)} not one of ${JSON.stringify(s).slice(0, 120)}`);
        break;
      case "const":
        if (JSON.stringify(s) !== JSON.stringify(value)) fail(`expected ${JSON.stringify(s)}`);
        break;
      case "anyOf":
      case "oneOf": {
        const fits = (s as JsonSchema[]).filter((b) => check(value, b, root, at).length === 0).length;
        if (k === "anyOf" ? fits === 0 : fits !== 1) fail(`${fits} of the ${k} branches fit`);
        break;
      }
      case "allOf":
        for (const b of s as JsonSchema[]) out.push(...check(value, b, root, at));
        break;
      case "properties":
        if (typeOf(value) === "object")
          for (const [name, sub] of Object.entries(s as Record<string, JsonSchema>))
            if (name in (value as object))
              out.push(...check((value as any)[name], sub, root, `${at}.${name}`));
        break;
      case "required":
        if (typeOf(value) === "object")
          for (const name of s as string[]) if (!(name in (value as object))) fail(`missing ${name}`);
        break;
      case "additionalProperties":
        if (typeOf(value) === "object") {
          const known = new Set(Object.keys(schema.properties ?? {}));
          for (const [name, v] of Object.entries(value as object))
            if (!known.has(name)) out.push(...check(v, s, root, `${at}.${name}`));
        }
        break;
      case "minProperties":
        if (typeOf(value) === "object" && Object.keys(value as object).length < s)
          fail(`fewer than ${s} properties`);
        break;
      case "items":
        if (Array.isArray(value))
          value.forEach((v, i) => {
            if (i >= (schema.prefixItems?.length ?? 0)) out.push(...check(v, s, root, `${at}[${i}]`));
          });
        break;
      case "prefixItems":
        if (Array.isArray(value))
          (s as JsonSchema[]).forEach((sub, i) => {
            if (i < value.length) out.push(...check(value[i], sub, root, `${at}[${i}]`));
          });
        break;
      case "minItems":
        if (Array.isArray(value) && value.length < s) fail(`fewer than ${s} items`);
        break;
      case "maxItems":
        if (Array.isArray(value) && value.length > s) fail(`more than ${s} items`);
        break;
      case "uniqueItems":
        if (s && Array.isArray(value) && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
          fail("items repeat");
        break;
      case "minLength":
        if (typeof value === "string" && [...value].length < s) fail(`shorter than ${s}`);
        break;
      case "maxLength":
        if (typeof value === "string" && [...value].length > s) fail(`longer than ${s}`);
        break;
      case "pattern":
        if (typeof value === "string" && !new RegExp(s, "u").test(value))
          fail(`${JSON.stringify(value).slice(0, 60)} does not match ${s}`);
        break;
      case "format":
        if (typeof value === "string" && formats[s] && !formats[s](value))
          fail(`${JSON.stringify(value).slice(0, 60)} is not a ${s}`);
        break;
      case "minimum":
        if (typeof value === "number" && value < s) fail(`below ${s}`);
        break;
      case "maximum":
        if (typeof value === "number" && value > s) fail(`above ${s}`);
        break;
      case "not":
        if (check(value, s as JsonSchema, root, at).length === 0)
          fail(`matches what ${JSON.stringify(s)} forbids`);
        break;
      case "exclusiveMinimum":
        if (typeof value === "number" && value <= s) fail(`not above ${s}`);
        break;
      case "exclusiveMaximum":
        if (typeof value === "number" && value >= s) fail(`not below ${s}`);
        break;
      default:
        if (!ANNOTATIONS.has(k)) fail(`schema keyword ${k} is not understood by the checker`);
    }
  }
  return out;
}
