import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import {
  invitationAcceptedSchema,
  invitationAcceptSchema,
  invitationLookupSchema,
  memberInvitationCreateSchema,
  memberInvitationIssuedSchema,
  memberInvitationSchema,
} from "../../../shared/schemas/membership.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const tokenParam = z.object({ token: z.string().regex(/^[0-9a-f]{48}$/, "Not a link token.") });

export const create = createRoute({
  method: "post",
  path: "/networks/{networkId}/member-invitations",
  tags: ["people"],
  summary:
    "Invite a person to a role (coordinator): answers a one-time link, shown once, the same whether or not the person has an account",
  request: { params: z.object({ networkId: idParam }), ...jsonBody(memberInvitationCreateSchema) },
  responses: {
    201: jsonResponse(memberInvitationIssuedSchema, "The invitation and its one-time link"),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

export const list = createRoute({
  method: "get",
  path: "/networks/{networkId}/member-invitations",
  tags: ["people"],
  summary: "Links not used yet: invitations and password resets (coordinator)",
  request: { params: z.object({ networkId: idParam }) },
  responses: {
    200: jsonResponse(z.array(memberInvitationSchema), "Pending links"),
    ...problems(400, 401, 403, 404),
  },
});

export const revoke = createRoute({
  method: "delete",
  path: "/member-invitations/{invitationId}",
  tags: ["people"],
  summary: "Withdraw a link before it is used (coordinator)",
  request: { params: z.object({ invitationId: idParam }) },
  responses: { 204: { description: "Withdrawn" }, ...problems(400, 401, 403, 404) },
});

export const reset = createRoute({
  method: "post",
  path: "/memberships/{membershipId}/password-reset",
  tags: ["people"],
  summary: "A one-time link through which a member sets a new password (coordinator)",
  request: { params: z.object({ membershipId: idParam }) },
  responses: {
    201: jsonResponse(memberInvitationIssuedSchema, "The one-time link"),
    ...problems(400, 401, 403, 404, 409),
  },
});

export const lookup = createRoute({
  method: "get",
  path: "/account-links/{token}",
  tags: ["people"],
  summary: "What a one-time link is for (no sign-in needed)",
  request: { params: tokenParam },
  responses: { 200: jsonResponse(invitationLookupSchema, "The link"), ...problems(400, 404, 429) },
});

export const accept = createRoute({
  method: "post",
  path: "/account-links/{token}/accept",
  tags: ["people"],
  summary:
    "Use a one-time link: accept an invitation (signed in, or as a new person with name and password) or set a new password",
  request: { params: tokenParam, ...jsonBody(invitationAcceptSchema) },
  responses: {
    200: jsonResponse(invitationAcceptedSchema, "Done"),
    ...problems(400, 403, 404, 409, 422, 429),
  },
});
