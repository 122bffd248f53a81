/**
 * How a valid request is made hostile (wire.ts applies it): one to three mutations at once, of its
 * body (schema-shaped random values, wrong types anywhere in it, missing and extra fields, malformed
 * JSON, CSV rows gone wrong, bytes that are not UTF-8, too large by a little), its content type, a
 * path parameter, the query, a header, or its method.
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
import type { JsonSchema, Route } from "./routes.ts";

export const JSON_LIMIT = 1024 * 1024;
export const IMPORT_LIMIT = 25 * 1024 * 1024;

export type Mutation =
  | { kind: "body"; value: unknown }
  | { kind: "field"; pick: number; value: unknown }
  | { kind: "drop"; pick: number }
  | { kind: "deep"; pick: number; value: unknown }
  | { kind: "cells"; rows: string[][] }
  | { kind: "extra"; entries: [string, unknown][] }
  | { kind: "text"; text: string }
  | { kind: "bytes"; bytes: Uint8Array<ArrayBuffer> }
  | { kind: "oversize"; extra: number; stream: boolean }
  | { kind: "contentType"; value: string | null }
  | { kind: "param"; pick: number; value: string; raw: boolean }
  | { kind: "query"; entries: [string, string][]; raw: string | null }
  | { kind: "header"; name: string; value: string }
  | { kind: "method"; method: string };

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

export const fieldSchemas = (route: Route): [string, JsonSchema][] =>
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
          weight: 6,
          arbitrary: fc
            .tuple(
              fc.nat(),
              fc.oneof(hostileValue, fc.constantFrom(0, -1, 1.5, 99, 256, "1", "", null, [], {})),
            )
            .map(([pick, value]): Mutation => ({ kind: "deep", pick, value })),
        },
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
      const cell = fc.oneof(
        hostileString,
        fc.constantFrom("1", "0", "-1", "1.5", "99", "", "1|2", "C01", "T01"),
      );
      options.push(
        { weight: 4, arbitrary: hostileCsv.map((text): Mutation => ({ kind: "text", text })) },
        {
          weight: 6,
          arbitrary: fc
            .array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 6 })
            .map((rows): Mutation => ({ kind: "cells", rows })),
        },
      );
    }
  }
  return fc.array(fc.oneof(...options), { minLength: 1, maxLength: 3 });
}
