import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { membershipSchema } from "../../../shared/schemas/membership.ts";
import { jsonResponse, problems } from "../../lib/router.ts";

export const list = createRoute({
  method: "get",
  path: "/networks/{networkId}/memberships",
  tags: ["people"],
  summary: "People and their roles in the network (coordinator)",
  request: { params: z.object({ networkId: idParam }) },
  responses: { 200: jsonResponse(z.array(membershipSchema), "Memberships"), ...problems(401, 403, 404) },
});

export const remove = createRoute({
  method: "delete",
  path: "/memberships/{membershipId}",
  tags: ["people"],
  summary: "Take a role away (coordinator); the network's last coordinator cannot be removed",
  request: { params: z.object({ membershipId: idParam }) },
  responses: { 204: { description: "Removed" }, ...problems(401, 403, 404, 409) },
});
