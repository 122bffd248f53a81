/**
 * A mutated request as it goes on the wire: the valid request with the mutations applied in turn.
 */

import { fieldSchemas, IMPORT_LIMIT, JSON_LIMIT, type Mutation } from "./mutate.ts";
import { encodeBody, type Request } from "./requests.ts";
import type { Route } from "./routes.ts";

/** What goes on the wire. */
export interface Wire {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer> | ReadableStream;
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

type Path = (string | number)[];

/** Every place inside a JSON value (not the root), breadth first, at most a few hundred. */
function pathsIn(value: unknown): Path[] {
  const out: Path[] = [];
  const queue: [unknown, Path][] = [[value, []]];
  while (queue.length && out.length < 500) {
    const [v, at] = queue.shift() as [unknown, Path];
    if (!v || typeof v !== "object") continue;
    for (const [k, child] of Object.entries(v)) {
      const p = [...at, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      queue.push([child, p]);
    }
  }
  return out;
}

/** A copy of `value` with `replacement` at `at`. */
function setAt(value: unknown, at: Path, replacement: unknown): unknown {
  if (!at.length) return replacement;
  const [head, ...rest] = at as [string | number, ...Path];
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head] = setAt(copy[head], rest, replacement);
  return copy;
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
      case "deep": {
        const paths = pathsIn(value);
        const at = paths[m.pick % Math.max(paths.length, 1)];
        if (at) {
          value = setAt(value, at, m.value);
          body = JSON.stringify(value);
        }
        break;
      }
      case "cells": {
        // The valid file's header row, then rows of odd cells under it (quoted where they must be).
        const header = typeof base.body === "string" ? (base.body.split(/\r?\n/)[0] ?? "") : "";
        const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
        body = [header, ...m.rows.map((r) => r.map(quote).join(","))].join("\n");
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
