import type { Context } from "hono";
import { SHORT_LIST_MIN } from "../../../shared/schemas/workshop.ts";
import type { AppEnv } from "../../env.ts";
import { requireUser } from "../../lib/access.ts";
import { auditStatement } from "../../lib/audit.ts";
import { newId, nowIso } from "../../lib/ids.ts";
import { type FieldError, notFound, Problem } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { notifyRoom } from "../../rooms/live.ts";
import { freshCode } from "./codes.ts";
import { results, sessionScope, workshopScope } from "./results.service.ts";
import * as routes from "./voting.routes.ts";
import { type SessionAccess, sessionFor } from "./voting.service.ts";
import { WorkshopProblem } from "./workshop-problem.ts";
import { listSessions, SESSION_COLUMNS, toSession, workshopFor } from "./workshops.service.ts";

const MAX_POOLED = 50;

export const votingRoutes = createRouter()
  .openapi(routes.list, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    return c.json(await listSessions(c.env.DB, w.id), 200);
  })
  .openapi(routes.create, async (c) => {
    const p = requireUser(c);
    const w = await workshopFor(c.env.DB, p, c.req.valid("param").workshopId);
    const input = c.req.valid("json");
    const d1 = c.env.DB;
    const { results: shortList } = await d1
      .prepare(
        "SELECT id FROM statements WHERE workshop_id = ? AND short_list = 1 AND hidden = 0 ORDER BY position, created_at, id",
      )
      .bind(w.id)
      .all<{ id: string }>();
    let statementIds = shortList.map((s) => s.id);
    if (input.statementIds) {
      const onList = new Set(statementIds);
      const errors = input.statementIds.flatMap((id, i): FieldError[] =>
        !onList.has(id)
          ? [
              {
                code: "unknown",
                path: `statementIds.${i}`,
                message: "Not on this workshop's short list (or hidden).",
              },
            ]
          : input.statementIds?.indexOf(id) !== i
            ? [{ code: "duplicate", path: `statementIds.${i}`, message: "Listed twice." }]
            : [],
      );
      if (errors.length) throw new Problem(422, "Some statements cannot be voted on here.", errors);
      statementIds = input.statementIds;
    } else if (statementIds.length < SHORT_LIST_MIN) {
      throw new WorkshopProblem(
        409,
        "short-list-short",
        `The short list has ${statementIds.length} statements; a voting session needs ${SHORT_LIST_MIN} to 12.`,
      );
    }
    const topN = input.topN !== undefined && input.topN < statementIds.length ? input.topN : null;
    const id = newId();
    await d1.batch([
      d1
        .prepare(
          "INSERT INTO voting_sessions (id, workshop_id, mode, top_n, label, statement_ids, code, ballots_per_phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(
          id,
          w.id,
          input.mode,
          topN,
          input.label ?? null,
          JSON.stringify(statementIds),
          await freshCode(d1),
          input.ballotsPerPhone ?? 1,
        ),
      auditStatement(d1, p, {
        action: "voting-session.create",
        networkId: w.networkId,
        targetType: "voting-session",
        targetId: id,
      }),
    ]);
    notifyRoom(c, w.id, "sessions");
    return c.json(await getSession(d1, id), 201);
  })
  .openapi(routes.get, async (c) => {
    const {
      centreId: _c,
      networkId: _n,
      ...session
    } = await sessionFor(c.env.DB, requireUser(c), c.req.valid("param").sessionId);
    return c.json(session, 200);
  })
  .openapi(routes.close, async (c) => c.json(await setStatus(c, "closed"), 200))
  .openapi(routes.reopen, async (c) => c.json(await setStatus(c, "open"), 200))
  .openapi(routes.sessionResults, async (c) => {
    const scope = await sessionScope(c.env.DB, requireUser(c), c.req.valid("param").sessionId);
    c.header("cache-control", "no-store");
    return c.json(await results(c.env.DB, scope), 200);
  })
  .openapi(routes.workshopResults, async (c) => {
    const w = await workshopFor(c.env.DB, requireUser(c), c.req.valid("param").workshopId);
    const raw = c.req.valid("query").sessions;
    const only = raw
      ? [
          ...new Set(
            raw
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ]
      : [];
    if (only.length > MAX_POOLED)
      throw new Problem(400, "Too many sessions.", [
        { code: "too-many", path: "query.sessions", message: `At most ${MAX_POOLED} sessions.` },
      ]);
    const scope = await workshopScope(c.env.DB, w, only.length ? only : null);
    c.header("cache-control", "no-store");
    return c.json(await results(c.env.DB, scope), 200);
  });

async function getSession(d1: D1Database, id: string) {
  const r = await d1
    .prepare(`SELECT ${SESSION_COLUMNS} FROM voting_sessions v WHERE v.id = ?`)
    .bind(id)
    .first<Record<string, unknown>>();
  if (!r) throw notFound("Voting session");
  return toSession(r);
}

/** Open ↔ closed; conditional on the status read, so two clicks at once cannot both succeed. */
async function setStatus(c: Context<AppEnv>, to: "open" | "closed") {
  const s: SessionAccess = await sessionFor(c.env.DB, requireUser(c), c.req.param("sessionId") as string);
  const from = to === "closed" ? "open" : "closed";
  if (s.status !== from) throw new Problem(409, `The session is already ${s.status}.`);
  const d1 = c.env.DB;
  const [update] = await d1.batch([
    d1
      .prepare("UPDATE voting_sessions SET status = ?, closed_at = ? WHERE id = ? AND status = ?")
      .bind(to, to === "closed" ? nowIso() : null, s.id, from),
    auditStatement(d1, c.get("principal"), {
      action: to === "closed" ? "voting-session.close" : "voting-session.reopen",
      networkId: s.networkId,
      targetType: "voting-session",
      targetId: s.id,
    }),
  ]);
  if (update?.meta.changes !== 1)
    throw new Problem(409, "The session changed meanwhile; reload and try again.");
  notifyRoom(c, s.workshopId, "sessions");
  return getSession(d1, s.id);
}
