import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { tokenCreatedSchema, tokenCreateSchema, tokenSchema } from "../../../shared/schemas/research.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const networkParams = z.object({ networkId: idParam });
const tokenParams = z.object({ networkId: idParam, tokenId: idParam });

export const create = createRoute({
  method: "post",
  path: "/networks/{networkId}/tokens",
  tags: ["research"],
  summary: "Create a read-only research token for the network (coordinator); the token is shown once",
  description:
    "The answer holds the token itself; only its SHA-256 is stored, so it cannot be shown again. Send it as `Authorization: Bearer <token>`: it reaches only the export endpoints of this network, until its expiry date (inclusive) or until it is revoked.",
  request: { params: networkParams, ...jsonBody(tokenCreateSchema) },
  responses: {
    201: {
      description: "Created",
      content: {
        "application/json": {
          schema: tokenCreatedSchema,
          example: {
            id: "k3v9q0x2m7c1z8b4n6w5",
            token: "amr_3mJx0Qk9m2VtQ1bX8cYwLr7pN4sE6uH5gD0aZfKq",
            name: "Follow-up study 2010",
            expiresOn: "2010-12-31",
          },
        },
      },
    },
    ...problems(401, 403, 404, 422),
  },
});

export const list = createRoute({
  method: "get",
  path: "/networks/{networkId}/tokens",
  tags: ["research"],
  summary: "The network's research tokens, without their values, with when each was last used (coordinator)",
  request: { params: networkParams },
  responses: { 200: jsonResponse(z.array(tokenSchema), "Tokens, newest first"), ...problems(401, 403, 404) },
});

export const revoke = createRoute({
  method: "delete",
  path: "/networks/{networkId}/tokens/{tokenId}",
  tags: ["research"],
  summary: "Revoke a research token (coordinator); it answers 401 from then on",
  request: { params: tokenParams },
  responses: { 204: { description: "Revoked (also when it already was)" }, ...problems(401, 403, 404) },
});
