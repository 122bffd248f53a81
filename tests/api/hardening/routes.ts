/**
 * The route table, read from the OpenAPI document the Worker serves: every sweep is generated from
 * it, so that a route added anywhere is swept the day it is declared with `createRoute`.
 */
import { send } from "./send.ts";

export type JsonSchema = Record<string, any>;

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: JsonSchema;
}

export interface Route {
  /** "METHOD /path/{template}": the policy's key. */
  key: string;
  method: string;
  /** The OpenAPI path, `{name}` for parameters. */
  template: string;
  tags: string[];
  params: Parameter[];
  /** The request body's media type and schema, if it takes one. */
  body?: { type: string; schema: JsonSchema; required: boolean };
  /** Statuses the document says the route answers. */
  statuses: number[];
}

const METHODS = ["get", "post", "put", "patch", "delete"];

export async function loadRoutes(): Promise<Route[]> {
  const r = await send("GET", "/api/openapi.json");
  if (r.status !== 200) throw new Error(`GET /api/openapi.json: ${r.status}`);
  const doc = r.json as { paths: Record<string, Record<string, any>> };
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(
        (p: any): Parameter => ({
          name: p.name,
          in: p.in,
          required: Boolean(p.required),
          schema: p.schema ?? {},
        }),
      );
      const content = op.requestBody?.content as Record<string, { schema?: JsonSchema }> | undefined;
      const [type, media] = Object.entries(content ?? {})[0] ?? [];
      routes.push({
        key: `${method.toUpperCase()} ${template}`,
        method: method.toUpperCase(),
        template,
        tags: op.tags ?? [],
        params,
        body: type
          ? { type, schema: media?.schema ?? {}, required: Boolean(op.requestBody?.required) }
          : undefined,
        statuses: Object.keys(op.responses ?? {}).map(Number),
      });
    }
  }
  return routes;
}

export const pathParams = (route: Route) => route.params.filter((p) => p.in === "path");

/** Fills `{name}` in the template; values are percent-encoded unless told otherwise. */
export function fillPath(template: string, values: Record<string, string>, encode = true): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encode ? encodeURIComponent(v) : v;
  });
}

export function queryString(values: Record<string, string>): string {
  const q = new URLSearchParams(values).toString();
  return q ? `?${q}` : "";
}
