import { requireUser } from "../../lib/access.ts";
import { roundScope } from "../../lib/round-scope.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./participation.routes.ts";
import { participation } from "./participation.service.ts";

export const participationRoutes = createRouter().openapi(routes.get, async (c) => {
  const p = requireUser(c);
  const scope = await roundScope(c.env.DB, p, c.req.valid("param").roundId);
  c.header("cache-control", "no-store");
  return c.json(await participation(c.env.DB, scope), 200);
});
