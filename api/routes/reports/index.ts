import type { UserPrincipal } from "../../lib/access.ts";
import {
  assertCentreAccess,
  assertCoordinator,
  assertNetworkMember,
  isCoordinator,
  requireUser,
} from "../../lib/access.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { cachedJson } from "../../lib/response-cache.ts";
import { type RoundMeta, roundMeta } from "../../lib/round-meta.ts";
import { createRouter } from "../../lib/router.ts";
import * as routes from "./reports.routes.ts";
import { centreReport, roundOverview } from "./reports.service.ts";

/** Results exist once a round is closed; facilitators see them once it is published. */
function assertResultsVisible(p: UserPrincipal, round: RoundMeta) {
  if (round.status === "draft" || round.status === "open") {
    throw new Problem(409, "The round is not closed yet: its results have not been computed.");
  }
  if (round.status === "closed" && !isCoordinator(p, round.networkId)) {
    throw new Problem(409, "The round's results are not published yet.");
  }
}

async function visibleRound(d1: D1Database, p: UserPrincipal, roundId: string): Promise<RoundMeta> {
  const round = await roundMeta(d1, roundId);
  if (!round) throw notFound("Round");
  assertNetworkMember(p, round.networkId, "Round");
  return round;
}

export const reportsRoutes = createRouter()
  .openapi(routes.report, async (c) => {
    const p = requireUser(c);
    const { roundId } = c.req.valid("param");
    const { centre, team } = c.req.valid("query");
    const round = await visibleRound(c.env.DB, p, roundId);
    assertCentreAccess(p, round.networkId, centre);
    assertResultsVisible(p, round);
    const key = `report/${round.id}/v${round.dataVersion}/${centre}/${team ?? "-"}`;
    return cachedJson(
      key,
      () => centreReport(c.env.DB, round, centre, team ?? null),
      c.executionCtx,
    ) as never;
  })
  .openapi(routes.overview, async (c) => {
    const p = requireUser(c);
    const round = await visibleRound(c.env.DB, p, c.req.valid("param").roundId);
    assertCoordinator(p, round.networkId, "Round");
    assertResultsVisible(p, round);
    const withTeams = c.req.valid("query").teams === "true";
    const key = `overview/${round.id}/v${round.dataVersion}/${withTeams ? "teams" : "centres"}`;
    return cachedJson(key, () => roundOverview(c.env.DB, round, withTeams), c.executionCtx) as never;
  });
