/**
 * Participants: no account, only a join code. A workshop's code adds statements to that workshop
 * while it collects; a session's code shows that session and takes its ballots. Neither code
 * reaches anything else, and nothing here throttles by address alone except unknown codes.
 */
import { validateBallot } from "../../../shared/ranking/validate.ts";
import { newId } from "../../lib/ids.ts";
import { Problem } from "../../lib/problem.ts";
import { clientAddress, countHit } from "../../lib/rate-limit.ts";
import { createRouter } from "../../lib/router.ts";
import { guardLookup, limits, unknownCode } from "./codes.ts";
import * as routes from "./participant.routes.ts";
import { sessionByCode, submitBallot } from "./voting.service.ts";
import { insertCollected } from "./workshops.handlers.ts";

async function collectingWorkshop(d1: D1Database, code: string, client: string) {
  return (
    (await d1
      .prepare("SELECT id, title FROM workshops WHERE join_code = ? AND stage = 'collect'")
      .bind(code)
      .first<{ id: string; title: string }>()) ?? unknownCode(d1, client)
  );
}

export const participantRoutes = createRouter()
  .openapi(routes.join, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const code = await guardLookup(d1, client, c.req.valid("param").code);
    const r = await d1
      .prepare(
        `SELECT 'collect' AS type FROM workshops WHERE join_code = ?1 AND stage = 'collect'
         UNION ALL SELECT 'vote' AS type FROM voting_sessions WHERE code = ?1 LIMIT 1`,
      )
      .bind(code)
      .first<{ type: "collect" | "vote" }>();
    if (!r) return unknownCode(d1, client);
    c.header("cache-control", "no-store");
    return c.json({ type: r.type, code }, 200);
  })
  .openapi(routes.collectView, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const code = await guardLookup(d1, client, c.req.valid("param").code);
    const w = await collectingWorkshop(d1, code, client);
    c.header("cache-control", "no-store");
    return c.json({ code, title: w.title }, 200);
  })
  .openapi(routes.collectStatement, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const code = await guardLookup(d1, client, c.req.valid("param").code, (k) => [limits.statements(k)]);
    const w = await collectingWorkshop(d1, code, client);
    const input = c.req.valid("json");
    const id = newId();
    const [insert] = await d1.batch([
      insertCollected(d1, w.id, id, input.text, input.kind, "participant", code),
      ...countHit(d1, [limits.statements(code)]),
    ]);
    if (insert?.meta.changes !== 1)
      throw new Problem(409, "The workshop takes no more statements (collection is over or full).");
    return c.json({ id }, 201);
  })
  .openapi(routes.voteView, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const code = await guardLookup(d1, client, c.req.valid("param").code);
    const s = (await sessionByCode(d1, code)) ?? (await unknownCode(d1, client));
    c.header("cache-control", "no-store");
    return c.json(
      {
        code,
        title: s.title,
        label: s.label,
        mode: s.mode,
        topN: s.topN,
        places: s.topN ?? s.statementIds.length,
        status: s.status,
        statements: s.statementIds.map((id) => ({ id, text: s.texts.get(id) ?? "" })),
      },
      200,
    );
  })
  .openapi(routes.submitBallot, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const key = c.req.valid("header")["idempotency-key"];
    const input = c.req.valid("json");
    const code = await guardLookup(d1, client, c.req.valid("param").code, (k) => [limits.ballots(k)]);
    const s = (await sessionByCode(d1, code)) ?? (await unknownCode(d1, client));
    const checked = validateBallot(input, s);
    if (!checked.ok) throw new Problem(422, "The ballot does not fit this session.", checked.errors);
    const receipt = await submitBallot(d1, s.id, key, checked.ballot, limits.ballots(code));
    c.header("cache-control", "no-store");
    if (receipt.replayed) {
      c.header("idempotent-replayed", "true");
      return c.json(receipt, 200);
    }
    return c.json(receipt, 201);
  });
