import { requireUser } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { CodedProblem } from "../../lib/problem.ts";
import { assertFieldworkCoordinator, roundScope } from "../../lib/round-scope.ts";
import { createRouter } from "../../lib/router.ts";
import {
  adding,
  assertRoom,
  guardTripped,
  overHeadcount,
  roomGuardStatement,
  roundCapacity,
} from "../headcounts/capacity.ts";
import * as routes from "./invitations.routes.ts";
import {
  assertCentreAndTeam,
  invitationStatements,
  invitationSummary,
  revokeStatement,
} from "./invitations.service.ts";

export const invitationsRoutes = createRouter()
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const scope = await roundScope(c.env.DB, p, c.req.valid("param").roundId);
    assertFieldworkCoordinator(scope, "issues survey codes");
    const input = c.req.valid("json");
    const { round } = scope;
    if (round.status !== "draft" && round.status !== "open")
      throw new CodedProblem(
        409,
        "round-not-open",
        `The round is ${round.status}: no more codes can be handed out.`,
      );
    await assertCentreAndTeam(c.env.DB, scope, input.centreId, input.teamId, { forNewCodes: true });
    const teamId = input.teamId ?? null;
    const add = adding(Array.from({ length: input.count }, () => ({ centreId: input.centreId, teamId })));
    assertRoom(await roundCapacity(c.env.DB, round.id), add, "codes");
    const { codes, statements } = await invitationStatements(
      c.env.DB,
      round.id,
      input.centreId,
      teamId,
      input.count,
    );
    try {
      await c.env.DB.batch([
        ...statements,
        roomGuardStatement(c.env.DB, round.id, add),
        auditStatement(c.env.DB, p, {
          action: "invitations.create",
          networkId: round.networkId,
          targetType: "round",
          targetId: round.id,
          detail: { centreId: input.centreId, teamId, count: input.count },
        }),
      ]);
    } catch (err) {
      if (guardTripped(err))
        throw overHeadcount("Codes were issued for this group meanwhile; it is at its headcount.", "count");
      throw err;
    }
    c.header("cache-control", "no-store");
    return c.json({ codes }, 201);
  })
  .openapi(routes.list, async (c) => {
    const p = requireUser(c);
    const scope = await roundScope(c.env.DB, p, c.req.valid("param").roundId);
    return c.json(await invitationSummary(c.env.DB, scope), 200);
  })
  .openapi(routes.revoke, async (c) => {
    const p = requireUser(c);
    const scope = await roundScope(c.env.DB, p, c.req.valid("param").roundId);
    // Revoking is the codes' holder's duty too: a facilitator could otherwise void the slips of
    // colleagues who have not answered yet.
    assertFieldworkCoordinator(scope, "revokes survey codes");
    const input = c.req.valid("json");
    await assertCentreAndTeam(c.env.DB, scope, input.centreId, input.teamId, { forNewCodes: false });
    const [res] = await c.env.DB.batch([
      await revokeStatement(c.env.DB, scope.round.id, input),
      auditStatement(c.env.DB, p, {
        action: "invitations.revoke",
        networkId: scope.round.networkId,
        targetType: "round",
        targetId: scope.round.id,
        detail: {
          centreId: input.centreId,
          teamId: input.teamId ?? null,
          listed: input.codes?.length ?? null,
        },
      }),
    ]);
    return c.json({ revoked: res.meta.changes }, 200);
  });
