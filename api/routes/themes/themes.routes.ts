import { createRoute, z } from "@hono/zod-openapi";
import { themeSchema } from "../../../shared/themes/index.ts";
import { jsonResponse, problems } from "../../lib/router.ts";

const tags = ["themes"];
const key = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, "Use a key such as time-pressure.");

export const list = createRoute({
  method: "get",
  path: "/themes",
  tags,
  summary:
    "The nine themes of the work-environment guidance for contact centres, in Danish and English: what research shows, what you can do, questions, examples, related scales. Public: workshop participants see the questions as prompts.",
  responses: { 200: jsonResponse(z.array(themeSchema), "Themes, in the order of the guidance") },
});

export const get = createRoute({
  method: "get",
  path: "/themes/{key}",
  tags,
  summary: "One theme",
  request: { params: z.object({ key }) },
  responses: { 200: jsonResponse(themeSchema, "The theme"), ...problems(400, 404) },
});

export const forScale = createRoute({
  method: "get",
  path: "/scales/{scaleKey}/themes",
  tags,
  summary:
    "The themes a survey scale relates to, the most direct first (for example work-pace → time pressure); empty for a scale no theme covers",
  request: { params: z.object({ scaleKey: key }) },
  responses: { 200: jsonResponse(z.array(themeSchema), "Related themes"), ...problems(400) },
});
