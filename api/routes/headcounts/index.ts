import { requireUser } from "../../lib/access.ts";
import { assertFieldworkCoordinator, roundScope } from "../../lib/round-scope.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./headcounts.routes.ts";
import { headcounts, updateHeadcounts } from "./headcounts.service.ts";

export const headcountsRoutes = createRouter()
  .openapi(routes.get, async (c) => {
    const p = requireUser(c);
    const scope = await roundScope(c.env.DB, p, c.req.valid("param").roundId);
    c.header("cache-control", "no-store");
    return c.json(await headcounts(c.env.DB, scope), 200);
  })
  .openapi(routes.update, async (c) => {
    const p = requireUser(c);
    const scope = await roundScope(c.env.DB, p, c.req.valid("param").roundId);
    assertFieldworkCoordinator(scope, "sets headcounts");
    await updateHeadcounts(c.env.DB, p, scope, c.req.valid("json"));
    return c.json(await headcounts(c.env.DB, scope), 200);
  });
