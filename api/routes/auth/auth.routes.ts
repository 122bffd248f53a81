import { createRoute } from "@hono/zod-openapi";
import { loginSchema, meSchema } from "../../../shared/schemas/auth.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

export const login = createRoute({
  method: "post",
  path: "/login",
  tags: ["auth"],
  summary: "Sign in with email and password; sets the session cookie",
  request: jsonBody(loginSchema),
  // Open to all: its 401 is a refused password, not a missing session.
  security: [],
  responses: { 200: jsonResponse(meSchema, "Signed in"), ...problems(401, 422, 429) },
});

export const logout = createRoute({
  method: "post",
  path: "/logout",
  tags: ["auth"],
  summary: "End the session and clear the cookie",
  responses: { 204: { description: "Signed out" } },
});

export const me = createRoute({
  method: "get",
  path: "/me",
  tags: ["auth"],
  summary: "The signed-in person and their memberships",
  responses: { 200: jsonResponse(meSchema, "The caller"), ...problems(401) },
});
