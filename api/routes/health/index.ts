import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, jsonResponse } from "../../lib/router.ts";

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["meta"],
  summary: "Liveness: the Worker answers (no database call)",
  responses: { 200: jsonResponse(z.object({ status: z.literal("ok") }), "Alive") },
});

export const healthRoutes = createRouter().openapi(health, (c) => c.json({ status: "ok" as const }, 200));
