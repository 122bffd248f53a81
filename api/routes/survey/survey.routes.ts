import { createRoute, z } from "@hono/zod-openapi";
import {
  idempotencyHeadersSchema,
  surveyDraftReplySchema,
  surveyDraftSchema,
  surveyReceiptSchema,
  surveySchema,
  surveySubmitSchema,
} from "../../../shared/schemas/survey.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const codeParams = z.object({ code: z.string().min(1).max(64) });

export const get = createRoute({
  method: "get",
  path: "/survey/{code}",
  tags: ["survey"],
  summary:
    "The questionnaire behind a survey code: the round's label and closing date and the instrument, nothing else (public, no account)",
  description:
    "404 for an unknown, revoked or used code (one answer for all three, so that polling a list of codes does not tell used from unused cheaply; the device that sent the answers keeps its own receipt); 409 when the round is not open (`reason: round-closed` or `round-not-open`). Codes that open nothing are throttled per client; every lookup of a code counts against the code's own daily budget, from whatever client. A valid code is never throttled by its client's misses.",
  request: { params: codeParams },
  responses: { 200: jsonResponse(surveySchema, "The survey"), ...problems(404, 409, 429) },
});

export const submit = createRoute({
  method: "post",
  path: "/survey/{code}/responses",
  tags: ["survey"],
  summary:
    "Submit the answers of a survey code; the code is used up in the same transaction (public, no account)",
  description:
    "Answers are checked against the round's instrument: an unknown question, an option out of range or too many choices is a 422 naming the item (`answers.<code>`). A retry with the same Idempotency-Key returns the first receipt; another submission on a used code is answered as an unknown code (404). Nothing stored with the answers points back to the code. Throttled per code and per client.",
  request: { params: codeParams, headers: idempotencyHeadersSchema, ...jsonBody(surveySubmitSchema) },
  responses: {
    201: jsonResponse(surveyReceiptSchema, "Stored (or stored before, on a retry with the same key)"),
    ...problems(400, 404, 409, 422, 429),
  },
});

const draftNote =
  "Kept under the code only (no person, no address), never in any export or figure; deleted when the answers are sent and when the round closes. Every call counts as a lookup of the code (the same daily budget and the same answer for unknown, withdrawn and used codes as GET /survey/{code}), so it tells a poller nothing the lookup does not.";

export const getDraft = createRoute({
  method: "get",
  path: "/survey/{code}/draft",
  tags: ["survey"],
  summary:
    "The unfinished answers kept on the server for this code, if the respondent chose to (public, no account)",
  description: draftNote,
  request: { params: codeParams },
  responses: { 200: jsonResponse(surveyDraftReplySchema, "The draft, or null"), ...problems(404, 409, 429) },
});

export const putDraft = createRoute({
  method: "put",
  path: "/survey/{code}/draft",
  tags: ["survey"],
  summary:
    "Keep the unfinished answers on the server, to go on with the same code on another device (public, no account, opt-in)",
  description: `${draftNote} The answers are checked against the questionnaire as a submission's are (422 naming the item).`,
  request: { params: codeParams, ...jsonBody(surveyDraftSchema) },
  responses: { 200: jsonResponse(surveyDraftReplySchema, "Kept"), ...problems(400, 404, 409, 422, 429) },
});

export const deleteDraft = createRoute({
  method: "delete",
  path: "/survey/{code}/draft",
  tags: ["survey"],
  summary: "Remove the answers kept on the server for this code (public, no account)",
  description: draftNote,
  request: { params: codeParams },
  responses: { 204: { description: "Removed (or there was none)" }, ...problems(404, 409, 429) },
});
