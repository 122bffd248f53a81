/**
 * A small typed fetch wrapper for the API. Response bodies are checked against the same zod
 * schemas (from `shared/schemas`) that the API validates with, so the SPA's types and the API's
 * contract cannot drift apart silently. Errors arrive as RFC 9457 problem+json and become
 * `ApiError`, whose field errors the forms show next to their fields.
 *
 * Why not Hono's typed client (`hc`): the app's type pulls the Worker's own types (D1, KV …) into the browser's
 * typecheck; the schemas alone are the contract the SPA needs.
 */
import type { z } from "zod";

export interface FieldError {
  path: string;
  /** English, for people reading the API; never shown (the SPA says `code` in the reader's language). */
  message: string;
  /** What is wrong (shared/schemas/field-error-code.ts). */
  code?: string;
  /** Bounds the words need ("at most {max} characters"). */
  params?: Record<string, number>;
}

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** The problem's machine-readable `code`, where the API gives one; the SPA has words for it. */
    readonly code?: string,
    /** The problem's machine-readable `reason`, where the API gives one (e.g. "statement-in-use"). */
    readonly reason?: string,
  ) {
    super(detail);
  }
}

let onUnauthenticated: () => void = () => {};

/** Called when a request (other than sign-in) finds the session gone. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

async function call(method: Method, path: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "The server cannot be reached.");
  }
  if (response.status === 204) return undefined;
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const problem = (data ?? {}) as { detail?: unknown; errors?: unknown; code?: unknown; reason?: unknown };
    const errors = Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [];
    if (response.status === 401 && path !== "/api/auth/login" && path !== "/api/auth/me") onUnauthenticated();
    throw new ApiError(
      response.status,
      typeof problem.detail === "string" ? problem.detail : response.statusText,
      errors,
      typeof problem.code === "string" ? problem.code : undefined,
      typeof problem.reason === "string" ? problem.reason : undefined,
    );
  }
  return data;
}

async function parsed<S extends z.ZodType>(
  schema: S,
  method: Method,
  path: string,
  body?: unknown,
): Promise<z.infer<S>> {
  return schema.parse(await call(method, path, body));
}

export const api = {
  get: <S extends z.ZodType>(schema: S, path: string) => parsed(schema, "GET", path),
  post: <S extends z.ZodType>(schema: S, path: string, body?: unknown) =>
    parsed(schema, "POST", path, body ?? {}),
  patch: <S extends z.ZodType>(schema: S, path: string, body: unknown) => parsed(schema, "PATCH", path, body),
  put: <S extends z.ZodType>(schema: S, path: string, body: unknown) => parsed(schema, "PUT", path, body),
  /** For answers without a body (204). */
  send: async (method: "POST" | "DELETE", path: string) => {
    await call(method, path);
  },
};
