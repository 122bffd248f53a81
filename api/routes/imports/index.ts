import { requireUser } from "../../lib/access.ts";
import { assertFieldworkCoordinator, roundScope } from "../../lib/round-scope.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./imports.routes.ts";
import { importCsv } from "./imports.service.ts";

export const importsRoutes = createRouter().openapi(routes.importResponses, async (c) => {
  const p = requireUser(c);
  const scope = await roundScope(c.env.DB, p, c.req.valid("param").roundId);
  assertFieldworkCoordinator(scope, "imports answers");
  const query = c.req.valid("query");
  const { status, body } = await importCsv(c.env.DB, p, scope, await c.req.arrayBuffer(), {
    partial: query.partial === "true",
    filename: query.filename ?? null,
  });
  return status === 201 ? c.json(body, 201) : c.json(body, 200);
});
