import { createRoute, z } from "@hono/zod-openapi";
import {
  ballotReceiptSchema,
  ballotSchema,
  collectViewSchema,
  createdSchema,
  idempotencyKeySchema,
  joinSchema,
  participantStatementSchema,
  voteViewSchema,
} from "../../../shared/schemas/workshop.ts";
import { jsonBody, jsonResponse, problems } from "../../lib/router.ts";

const codeParams = z.object({ code: z.string().min(1).max(32).openapi({ example: "K7QX3M" }) });
const tags = ["participants"];

export const join = createRoute({
  method: "get",
  path: "/join/{code}",
  tags,
  summary:
    "What a join code opens now: a workshop's statement collection, a voting session (a workshop's code leads to its open session), or waiting (no account)",
  request: { params: codeParams },
  responses: { 200: jsonResponse(joinSchema, "The code's kind"), ...problems(404, 429) },
});

export const collectView = createRoute({
  method: "get",
  path: "/collect/{code}",
  tags,
  summary: "The workshop a collection code belongs to (while it collects statements)",
  request: { params: codeParams },
  responses: {
    200: jsonResponse(collectViewSchema, "The workshop"),
    ...problems(404, 409, 429),
  },
});

export const collectStatement = createRoute({
  method: "post",
  path: "/collect/{code}/statements",
  tags,
  summary:
    "Add a statement anonymously: what gives or takes job satisfaction. After collecting: 409 with reason collecting-ended",
  request: { params: codeParams, ...jsonBody(participantStatementSchema) },
  responses: { 201: jsonResponse(createdSchema, "Added"), ...problems(404, 409, 422, 429) },
});

export const voteView = createRoute({
  method: "get",
  path: "/vote/{code}",
  tags,
  summary: "A voting session for a pair's phone: its form and statements",
  request: { params: codeParams },
  responses: { 200: jsonResponse(voteViewSchema, "The session"), ...problems(404, 429) },
});

export const submitBallot = createRoute({
  method: "post",
  path: "/vote/{code}/ballots",
  tags,
  summary:
    "Submit a pair's ballot. A retry with the same Idempotency-Key is counted once and answered with the first receipt (200); a closed session, or a phone past its ballots (X-Amica-Device), answers 409 with a reason",
  request: {
    params: codeParams,
    headers: z.object({
      "idempotency-key": idempotencyKeySchema,
      /** The phone's own random id (kept on the phone, names no person): ballots per phone. */
      "x-amica-device": z
        .string()
        .regex(/^[A-Za-z0-9-]{8,64}$/, "8 to 64 letters, digits or dashes.")
        .optional(),
    }),
    ...jsonBody(ballotSchema),
  },
  responses: {
    201: jsonResponse(ballotReceiptSchema, "Counted"),
    200: jsonResponse(ballotReceiptSchema, "A retry: counted the first time"),
    ...problems(400, 404, 409, 422, 429),
  },
});
