import type { Context } from "hono";
import type { RoundInfo } from "../../../shared/scoring/report.ts";
import { historyPoint } from "../../../shared/scoring/report-history.ts";
import { centreReportResponseSchema, overviewResponseSchema } from "../../../shared/scoring/report-schema.ts";
import type { AppEnv } from "../../env.ts";
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
import {
  type CentreReportBody,
  centreReport,
  learnFromBestFor,
  type OverviewBody,
  reportRounds,
  roundOverview,
} from "./reports.service.ts";

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

/**
 * The report itself, built once per data version and kept in the cache (the key names everything
 * it depends on), with whether it came from the cache.
 */
async function cachedReport(
  c: Context<AppEnv>,
  round: RoundMeta,
  centre: string,
  team: string | null,
): Promise<{ body: CentreReportBody; cache: string | null }> {
  const key = `report/${round.id}/v${round.dataVersion}/${centre}/${team ?? "-"}`;
  const res = await cachedJson(
    key,
    centreReportResponseSchema,
    () => centreReport(c.env.DB, round, centre, team),
    c.executionCtx,
  );
  return { body: (await res.json()) as CentreReportBody, cache: res.headers.get("x-amica-cache") };
}

/** The cached part of the overview: all of its response but the round list. */
const overviewBodySchema = overviewResponseSchema.omit({ rounds: true });

export const reportsRoutes = createRouter()
  .openapi(routes.report, async (c) => {
    const p = requireUser(c);
    const { roundId } = c.req.valid("param");
    const { centre, team } = c.req.valid("query");
    const round = await visibleRound(c.env.DB, p, roundId);
    assertCentreAccess(p, round.networkId, centre);
    assertResultsVisible(p, round);
    const { body, cache } = await cachedReport(c, round, centre, team ?? null);
    // The round list and the earlier rounds depend on the caller's role and on other rounds'
    // states and versions: read per request, each earlier report from its own cache entry.
    let rounds: RoundInfo[] = [];
    let history: ReturnType<typeof historyPoint>[] = [];
    if (!team) {
      const all = await reportRounds(c.env.DB, round.networkId, centre, isCoordinator(p, round.networkId));
      rounds = all.map(({ id, label, date }) => ({ id, label, date }));
      const earlier = all.filter(
        (r) => r.date < round.opensOn && r.instrumentId === round.instrumentId && r.id !== round.id,
      );
      const reports = await Promise.all(
        earlier.map(async (r) => {
          const meta = await roundMeta(c.env.DB, r.id);
          // The same rules as a request for that round's own report.
          if (!meta || meta.status === "draft" || meta.status === "open") return null;
          if (meta.status === "closed" && !isCoordinator(p, meta.networkId)) return null;
          return (await cachedReport(c, meta, centre, null)).body;
        }),
      );
      history = reports.filter((r) => r !== null).map(historyPoint);
    }
    const out = c.json({ ...body, networkId: round.networkId, rounds, history }, 200);
    if (cache) out.headers.set("x-amica-cache", cache);
    out.headers.set("cache-control", "private, no-cache");
    return out;
  })
  .openapi(routes.learnFromBest, async (c) => {
    const p = requireUser(c);
    const { roundId } = c.req.valid("param");
    const { centre } = c.req.valid("query");
    const round = await visibleRound(c.env.DB, p, roundId);
    assertCentreAccess(p, round.networkId, centre);
    assertResultsVisible(p, round);
    const { body } = await cachedReport(c, round, centre, null);
    const items = await learnFromBestFor(c.env.DB, round, centre, body.attention);
    return c.json({ items }, 200);
  })
  .openapi(routes.overview, async (c) => {
    const p = requireUser(c);
    const round = await visibleRound(c.env.DB, p, c.req.valid("param").roundId);
    assertCoordinator(p, round.networkId, "Round");
    assertResultsVisible(p, round);
    const withTeams = c.req.valid("query").teams === "true";
    const key = `overview/${round.id}/v${round.dataVersion}/${withTeams ? "teams" : "centres"}`;
    // The round list depends on other rounds' states: read per request (and in parallel), never cached.
    const [res, all] = await Promise.all([
      cachedJson(key, overviewBodySchema, () => roundOverview(c.env.DB, round, withTeams), c.executionCtx),
      reportRounds(c.env.DB, round.networkId, null, true),
    ]);
    const body = (await res.json()) as OverviewBody;
    const rounds = all.map(({ id, label, date }) => ({ id, label, date }));
    const out = c.json({ ...body, rounds }, 200);
    const cache = res.headers.get("x-amica-cache");
    if (cache) out.headers.set("x-amica-cache", cache);
    out.headers.set("cache-control", "private, no-cache");
    return out;
  });
