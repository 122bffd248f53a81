import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { networkCreateSchema, networkSchema, networkUpdateSchema } from "../../../shared/schemas/network.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const params = z.object({ networkId: idParam });

export const list = createRoute({
  method: "get",
  path: "/networks",
  tags: ["networks"],
  summary: "Networks the caller belongs to",
  responses: { 200: jsonResponse(z.array(networkSchema), "Networks"), ...problems(401) },
});

export const create = createRoute({
  method: "post",
  path: "/networks",
  tags: ["networks"],
  summary: "Create a network; the caller becomes its coordinator",
  request: jsonBody(networkCreateSchema),
  responses: { 201: jsonResponse(networkSchema, "Created"), ...problems(401, 422) },
});

export const get = createRoute({
  method: "get",
  path: "/networks/{networkId}",
  tags: ["networks"],
  summary: "One network with its settings",
  request: { params },
  responses: { 200: jsonResponse(networkSchema, "The network"), ...problems(401, 404) },
});

export const update = createRoute({
  method: "patch",
  path: "/networks/{networkId}",
  tags: ["networks"],
  summary: "Rename the network or change its settings (coordinator)",
  request: { params, ...jsonBody(networkUpdateSchema) },
  responses: { 200: jsonResponse(networkSchema, "Updated"), ...problems(401, 403, 404, 422) },
});
