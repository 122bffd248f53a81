import { OpenAPIHono } from "@hono/zod-openapi";
import type { z } from "zod";
import { problemSchema } from "../../shared/schemas/common.ts";
import type { AppEnv } from "../env.ts";
import { fieldErrors, Problem } from "./problem.ts";

const targetName: Record<string, string> = { json: "body", query: "query", param: "path", header: "header" };

/**
 * Every sub-app is made here so that a failed validation anywhere becomes the same problem+json:
 * 422 for a body that parses but breaks the rules, 400 for bad query, path or header values.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const where = targetName[result.target] ?? result.target;
        throw new Problem(
          where === "body" ? 422 : 400,
          `The request ${where} is not valid.`,
          fieldErrors(result.error.issues, where === "body" ? undefined : where),
        );
      }
    },
  });
}

const problemContent = { "application/problem+json": { schema: problemSchema } };

/**
 * Error responses of a route for the OpenAPI document. The statuses every operation shares (400,
 * 401 with WWW-Authenticate, 403, 404, 413, 415, 422 from the middleware and the validator) are
 * added by openapi-document.ts; declare here what is the route's own (409, 429, a domain 422).
 */
export function problems(...statuses: number[]) {
  const out: Record<number, { description: string; content: typeof problemContent }> = {};
  const words: Record<number, string> = {
    400: "Bad query or path value",
    401: "Not signed in",
    403: "Role not allowed",
    404: "Not found, or not visible to the caller",
    409: "Conflicts with the current state",
    413: "Body too large",
    422: "Body not valid (field errors)",
    429: "Throttled",
  };
  for (const s of statuses) out[s] = { description: words[s] ?? "Error", content: problemContent };
  return out;
}

export function jsonBody<T extends z.ZodType>(schema: T, description = "JSON body") {
  return { body: { required: true, description, content: { "application/json": { schema } } } };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}
