import { requireUser } from "../../lib/access.ts";
import { CodedProblem } from "../../lib/problem.ts";
import { roundScope } from "../../lib/round-scope.ts";
import { createRouter } from "../../lib/router.ts";
import { assertCentreAndTeam } from "../invitations/invitations.service.ts";
import * as routes from "./fieldwork-audit.routes.ts";
import { fieldworkAudit, slipRequestStatement } from "./fieldwork-audit.service.ts";

export const fieldworkAuditRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const scope = await roundScope(c.env.DB, p, c.req.valid("param").roundId);
    c.header("cache-control", "no-store");
    return c.json({ entries: await fieldworkAudit(c.env.DB, scope, c.req.valid("query").centreId) }, 200);
  })
  .openapi(routes.requestSlips, async (c) => {
    const p = requireUser(c);
    const scope = await roundScope(c.env.DB, p, c.req.valid("param").roundId);
    const input = c.req.valid("json");
    if (scope.round.status !== "draft" && scope.round.status !== "open")
      throw new CodedProblem(
        409,
        "round-not-open",
        `The round is ${scope.round.status}: no more codes are handed out.`,
      );
    await assertCentreAndTeam(c.env.DB, scope, input.centreId, input.teamId, { forNewCodes: true });
    await c.env.DB.batch([slipRequestStatement(c.env.DB, p, scope, input)]);
    return c.json({ count: input.count }, 201);
  });
