import { createRoute, z } from "@hono/zod-openapi";
import {
  centreCreateSchema,
  centreSchema,
  centreUpdateSchema,
  teamCreateSchema,
  teamSchema,
  teamUpdateSchema,
} from "../../../shared/schemas/centre.ts";
import { idParam } from "../../../shared/schemas/common.ts";
import { supportTextSchema, supportTextUpdateSchema } from "../../../shared/schemas/support-text.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const networkParams = z.object({ networkId: idParam });
const centreParams = z.object({ centreId: idParam });
const teamParams = z.object({ teamId: idParam });

export const list = createRoute({
  method: "get",
  path: "/networks/{networkId}/centres",
  tags: ["centres"],
  summary: "Centres of a network (a facilitator sees only their own; a researcher sees pseudonyms)",
  request: { params: networkParams },
  responses: { 200: jsonResponse(z.array(centreSchema), "Centres"), ...problems(401, 404) },
});

export const create = createRoute({
  method: "post",
  path: "/networks/{networkId}/centres",
  tags: ["centres"],
  summary: "Add a centre to the network (coordinator)",
  request: { params: networkParams, ...jsonBody(centreCreateSchema) },
  responses: { 201: jsonResponse(centreSchema, "Created"), ...problems(401, 403, 404, 409, 422) },
});

export const get = createRoute({
  method: "get",
  path: "/centres/{centreId}",
  tags: ["centres"],
  summary: "One centre",
  request: { params: centreParams },
  responses: { 200: jsonResponse(centreSchema, "The centre"), ...problems(401, 403, 404) },
});

export const update = createRoute({
  method: "patch",
  path: "/centres/{centreId}",
  tags: ["centres"],
  summary: "Rename a centre or record that it left the network (coordinator); its history is kept",
  request: { params: centreParams, ...jsonBody(centreUpdateSchema) },
  responses: { 200: jsonResponse(centreSchema, "Updated"), ...problems(401, 403, 404, 409, 422) },
});

export const listTeams = createRoute({
  method: "get",
  path: "/centres/{centreId}/teams",
  tags: ["teams"],
  summary: "Teams of a centre",
  request: { params: centreParams },
  responses: { 200: jsonResponse(z.array(teamSchema), "Teams"), ...problems(401, 403, 404) },
});

export const createTeam = createRoute({
  method: "post",
  path: "/centres/{centreId}/teams",
  tags: ["teams"],
  summary: "Add a team (coordinator or the centre's facilitator)",
  request: { params: centreParams, ...jsonBody(teamCreateSchema) },
  responses: { 201: jsonResponse(teamSchema, "Created"), ...problems(401, 403, 404, 409, 422) },
});

export const updateTeam = createRoute({
  method: "patch",
  path: "/teams/{teamId}",
  tags: ["teams"],
  summary: "Rename or archive a team",
  request: { params: teamParams, ...jsonBody(teamUpdateSchema) },
  responses: { 200: jsonResponse(teamSchema, "Updated"), ...problems(401, 403, 404, 409, 422) },
});

export const getSupportText = createRoute({
  method: "get",
  path: "/centres/{centreId}/support-text",
  tags: ["centres"],
  summary:
    "The centre's own line under a respondent's profile where stress, burnout or sleeping troubles are high (coordinator or the centre's facilitator); null is the default",
  request: { params: centreParams },
  responses: { 200: jsonResponse(supportTextSchema, "The text per language"), ...problems(401, 403, 404) },
});

export const putSupportText = createRoute({
  method: "put",
  path: "/centres/{centreId}/support-text",
  tags: ["centres"],
  summary:
    "Set the centre's line about whom to talk to, Danish and English, plain text (coordinator or the centre's facilitator); blank or null gives back the default",
  request: { params: centreParams, ...jsonBody(supportTextUpdateSchema) },
  responses: { 200: jsonResponse(supportTextSchema, "Stored"), ...problems(401, 403, 404, 422) },
});
