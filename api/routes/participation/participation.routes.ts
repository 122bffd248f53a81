import { createRoute, z } from "@hono/zod-openapi";
import { idParam } from "../../../shared/schemas/common.ts";
import { participationSchema } from "../../../shared/schemas/survey.ts";
import { jsonResponse, problems } from "../../lib/router.ts";

export const get = createRoute({
  method: "get",
  path: "/rounds/{roundId}/participation",
  tags: ["participation"],
  summary:
    "Invited, answered and response rate per centre and team, live while the round is open; counts only. The coordinator sees every centre, a facilitator their own.",
  description:
    "`invited` is the number of codes made and not revoked. `answered` counts every stored response, from the survey and from imports. `headcount` is the group's headcount for the round (null where none was entered), and `rate` is answered / headcount: null (unknown) without a headcount, never above 1 (codes and imports are capped at the headcount).",
  request: { params: z.object({ roundId: idParam }) },
  responses: { 200: jsonResponse(participationSchema, "Counts"), ...problems(401, 403, 404) },
});
