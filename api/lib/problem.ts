/**
 * RFC 9457 problem details: the one error shape of the API. Handlers throw `Problem`;
 * `onError` turns it (and anything unexpected) into `application/problem+json`.
 */
import type { z } from "zod";
import { type FieldErrorCode, issueCode } from "../../shared/schemas/field-error-code.ts";

export interface FieldError {
  path: string;
  /** English, for people reading the API directly; the SPA never shows it. */
  message: string;
  /** What is wrong, for the SPA to say in the reader's language. */
  code: FieldErrorCode;
  /** Bounds the words need ("at most {max} characters"). */
  params?: Record<string, number>;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** A machine code the SPA and scripts can act on (never match the English detail). */
  code?: string;
  errors?: FieldError[];
}

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Not authenticated",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  426: "Upgrade required",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    readonly code?: string,
  ) {
    super(detail);
  }

  body(): ProblemBody {
    const title = titles[this.status] ?? "Error";
    const slug = title.toLowerCase().replaceAll(" ", "-");
    return {
      type: `https://amica.example.org/problems/${slug}`,
      title,
      status: this.status,
      detail: this.detail,
      ...(this.code ? { code: this.code } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const notFound = (what: string) => new Problem(404, `${what} not found.`);

export function problemResponse(p: Problem): Response {
  return new Response(JSON.stringify(p.body()), {
    status: p.status,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...p.headers },
  });
}

/** zod issues to field errors; `prefix` says where the value came from (body, query, path). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldError[] {
  return issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join(".") || "(root)",
    message: i.message,
    ...issueCode(i),
  }));
}

/**
 * A problem with a machine-readable `code` (an RFC 9457 extension member) that the SPA translates,
 * so it never has to match the English `detail`.
 */
export class CodedProblem extends Problem {
  declare readonly code: string;

  constructor(status: number, code: string, detail: string, errors?: FieldError[]) {
    super(status, detail, errors, undefined, code);
  }
}
