/**
 * Turns a valid request into a hostile one. A request is mutated in one to three ways at once:
 * its body (schema-shaped random values, wrong types, missing and extra fields, malformed JSON,
 * bytes that are not UTF-8, too large by a little), its content type, a path parameter, the query,
 * a header, or its method.
 */
import fc from "fast-check";
import {
  FRAGMENTS,
  fromSchema,
  headerValue,
  hostileCsv,
  hostileString,
  hostileValue,
  invalidUtf8,
  malformedText,
} from "./hostile.ts";
import { encodeBody, type Request } from "./requests.ts";
import type { JsonSchema, Route } from "./routes.ts";

export const JSON_LIMIT = 1024 * 1024;
export const IMPORT_LIMIT = 25 * 1024 * 1024;

export type Mutation =
  | { kind: "body"; value: unknown }
  | { kind: "field"; pick: number; value: unknown }
  | { kind: "drop"; pick: number }
  | { kind: "extra"; entries: [string, unknown][] }
  | { kind: "text"; text: string }
  | { kind: "bytes"; bytes: Uint8Array<ArrayBuffer> }
  | { kind: "oversize"; extra: number; stream: boolean }
  | { kind: "contentType"; value: string | null }
  | { kind: "param"; pick: number; value: string; raw: boolean }
  | { kind: "query"; entries: [string, string][]; raw: string | null }
  | { kind: "header"; name: string; value: string }
  | { kind: "method"; method: string };

/** What goes on the wire. */
export interface Wire {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer> | ReadableStream;
}

const CONTENT_TYPES = [
  null,
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz",
  "multipart/form-data",
  "application/xml",
  "application/json; charset=utf-16",
  "application/merge-patch+json",
  "APPLICATION/JSON",
  "text/csv",
  "application/json;;;",
  "application/octet-stream",
];

const HEADERS = [
  "idempotency-key",
  "accept",
  "authorization",
  "cookie",
  "origin",
  "sec-fetch-site",
  "x-d1-bookmark",
  "accept-language",
  "if-none-match",
  "range",
  "x-forwarded-for",
];

const fieldSchemas = (route: Route): [string, JsonSchema][] =>
  Object.entries((route.body?.schema.properties as Record<string, JsonSchema>) ?? {});

const text = (v: unknown) => (typeof v === "string" ? v : (JSON.stringify(v) ?? ""));

/**
 * `others`: the methods the same path takes besides the route's own. A method mutation never
 * picks one of them: GET /x/{id} turned into DELETE would delete the object every later route shares.
 */
export function mutations(route: Route, others: Set<string>): fc.Arbitrary<Mutation[]> {
  const strangers = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].filter(
    (m) => m !== route.method && !others.has(m),
  );
  const params = route.params.filter((p) => p.in === "path");
  const query = route.params.filter((p) => p.in === "query");
  const fields = fieldSchemas(route);
  const json = route.body?.type.includes("json") ?? false;
  const options: fc.WeightedArbitrary<Mutation>[] = [
    {
      weight: 2,
      arbitrary: fc.constantFrom(...CONTENT_TYPES).map((value): Mutation => ({ kind: "contentType", value })),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...HEADERS), headerValue)
        .map(([name, value]): Mutation => ({ kind: "header", name, value })),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.array(
            fc.tuple(
              query.length
                ? fc.oneof(fc.constantFrom(...query.map((q) => q.name)), hostileString)
                : hostileString,
              fc.oneof(hostileString, ...query.map((q) => fromSchema(q.schema).map(text))),
            ),
            { minLength: 1, maxLength: 4 },
          ),
          fc.option(
            fc.constantFrom("%", "%zz", "a=%E0%A4%A", "&&&=", "a[b]=1&a[]=2", "format=csv&format=json"),
          ),
        )
        .map(([entries, raw]): Mutation => ({ kind: "query", entries, raw })),
    },
  ];
  if (strangers.length)
    options.push({
      weight: 2,
      arbitrary: fc.constantFrom(...strangers).map((method): Mutation => ({ kind: "method", method })),
    });
  if (params.length)
    options.push({
      weight: 4,
      arbitrary: fc
        .tuple(fc.nat(), fc.oneof(hostileString, fc.constantFrom(...FRAGMENTS)), fc.boolean())
        .map(([pick, value, raw]): Mutation => ({ kind: "param", pick, value, raw })),
    });
  if (route.body) {
    options.push(
      { weight: 3, arbitrary: malformedText.map((text): Mutation => ({ kind: "text", text })) },
      { weight: 1, arbitrary: invalidUtf8.map((bytes): Mutation => ({ kind: "bytes", bytes })) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.integer({ min: 1, max: 4096 }), fc.boolean())
          .map(([extra, stream]): Mutation => ({ kind: "oversize", extra, stream })),
      },
    );
    if (json) {
      options.push(
        {
          weight: 8,
          arbitrary: fromSchema(route.body.schema).map((value): Mutation => ({ kind: "body", value })),
        },
        { weight: 2, arbitrary: hostileValue.map((value): Mutation => ({ kind: "body", value })) },
        {
          weight: 8,
          arbitrary: fc.nat().chain((pick) => {
            const [, schema] = fields[pick % Math.max(fields.length, 1)] ?? ["", {}];
            return fc
              .oneof(hostileValue, fromSchema(schema))
              .map((value): Mutation => ({ kind: "field", pick, value }));
          }),
        },
        { weight: 3, arbitrary: fc.nat().map((pick): Mutation => ({ kind: "drop", pick })) },
        {
          weight: 2,
          arbitrary: fc
            .array(
              fc.tuple(
                fc.oneof(fc.constantFrom("__proto__", "id", "networkId", "centreId", "role"), hostileString),
                hostileValue,
              ),
              {
                minLength: 1,
                maxLength: 4,
              },
            )
            .map((entries): Mutation => ({ kind: "extra", entries })),
        },
      );
    } else {
      options.push({ weight: 8, arbitrary: hostileCsv.map((text): Mutation => ({ kind: "text", text })) });
    }
  }
  return fc.array(fc.oneof(...options), { minLength: 1, maxLength: 3 });
}

function oversize(limit: number, extra: number, stream: boolean): Uint8Array<ArrayBuffer> | ReadableStream {
  const bytes = new Uint8Array(limit + extra).fill(0x20);
  bytes.set(new TextEncoder().encode('{"a":"'), 0);
  if (!stream) return bytes;
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 65_536) controller.enqueue(bytes.slice(i, i + 65_536));
      controller.close();
    },
  });
}

/**
 * encodeURIComponent, except that a lone surrogate (which it refuses) goes out as the three bytes
 * UTF-8 would give it: a sequence no decoder should accept, which is the point.
 */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((ch) => {
        const u = ch.charCodeAt(0);
        if (ch.length === 1 && u >= 0xd800 && u <= 0xdfff)
          return `%ED%${(0x80 | ((u >> 6) & 0x3f)).toString(16).toUpperCase()}%${(0x80 | (u & 0x3f)).toString(16).toUpperCase()}`;
        return encodeURIComponent(ch);
      })
      .join("");
  }
}

export function apply(route: Route, base: Request, muts: Mutation[], headers: Record<string, string>): Wire {
  let method = base.method;
  const pathValues = { ...base.pathValues };
  const raw = new Set<string>();
  const query = new URLSearchParams(base.query);
  let rawQuery = "";
  const h = { ...headers, ...base.headers };
  if (base.contentType) h["content-type"] = base.contentType;
  let body: Wire["body"] = encodeBody(base);
  let value = base.body;
  const names = Object.keys(pathValues);
  const keysOf = () =>
    value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
  for (const m of muts) {
    switch (m.kind) {
      case "method":
        method = m.method;
        break;
      case "contentType":
        if (m.value === null) delete h["content-type"];
        else h["content-type"] = m.value;
        break;
      case "header":
        h[m.name] = m.value;
        break;
      case "query":
        for (const [k, v] of m.entries) query.append(k, v);
        rawQuery = m.raw ?? "";
        break;
      case "param": {
        const name = names[m.pick % Math.max(names.length, 1)];
        if (name) {
          pathValues[name] = m.value;
          if (m.raw) raw.add(name);
        }
        break;
      }
      case "body":
        value = m.value;
        body = JSON.stringify(value);
        break;
      case "field": {
        const fields = fieldSchemas(route).map(([k]) => k);
        const key = fields[m.pick % Math.max(fields.length, 1)] ?? "x";
        value = { ...(typeof value === "object" && value ? value : {}), [key]: m.value };
        body = JSON.stringify(value);
        break;
      }
      case "drop": {
        const keys = keysOf();
        const key = keys[m.pick % Math.max(keys.length, 1)];
        if (key) {
          const { [key]: _, ...rest } = value as Record<string, unknown>;
          value = rest;
          body = JSON.stringify(value);
        }
        break;
      }
      case "extra":
        value = Object.assign(Object.create(null), value ?? {}, Object.fromEntries(m.entries));
        body = JSON.stringify(value);
        break;
      case "text":
        body = m.text;
        break;
      case "bytes":
        body = m.bytes;
        break;
      case "oversize":
        body = oversize(route.template.endsWith("/import") ? IMPORT_LIMIT : JSON_LIMIT, m.extra, m.stream);
        break;
    }
  }
  const path = route.template.replace(/\{([^}]+)\}/g, (_, n: string) =>
    raw.has(n) ? (pathValues[n] as string) : encodeSegment(pathValues[n] as string),
  );
  const qs = query.toString() ? `?${query.toString()}` : "";
  const full = rawQuery ? `${path}${qs ? `${qs}&` : "?"}${rawQuery}` : `${path}${qs}`;
  if (method === "GET" || method === "OPTIONS") body = undefined;
  return { method, path: full, headers: h, body };
}
