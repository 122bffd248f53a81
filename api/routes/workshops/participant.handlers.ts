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
import { limits, lookupCode } from "./codes.ts";
import * as routes from "./participant.routes.ts";
import { sessionByCode, submitBallot } from "./voting.service.ts";
import { insertCollected } from "./workshops.handlers.ts";

const collecting = (d1: D1Database) => (code: string) =>
  d1
    .prepare("SELECT id, title FROM workshops WHERE join_code = ? AND stage = 'collect'")
    .bind(code)
    .first<{ id: string; title: string }>();

export const participantRoutes = createRouter()
  .openapi(routes.join, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const { code, found } = await lookupCode(d1, client, c.req.valid("param").code, (k) =>
      d1
        .prepare(
          `SELECT 'collect' AS type FROM workshops WHERE join_code = ?1 AND stage = 'collect'
           UNION ALL SELECT 'vote' AS type FROM voting_sessions WHERE code = ?1 LIMIT 1`,
        )
        .bind(k)
        .first<{ type: "collect" | "vote" }>(),
    );
    c.header("cache-control", "no-store");
    return c.json({ type: found.type, code }, 200);
  })
  .openapi(routes.collectView, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const { code, found } = await lookupCode(d1, client, c.req.valid("param").code, collecting(d1));
    c.header("cache-control", "no-store");
    return c.json({ code, title: found.title }, 200);
  })
  .openapi(routes.collectStatement, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const { code, found: w } = await lookupCode(
      d1,
      client,
      c.req.valid("param").code,
      collecting(d1),
      (k) => [limits.statements(k)],
    );
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
    const { code, found: s } = await lookupCode(d1, client, c.req.valid("param").code, (k) =>
      sessionByCode(d1, k),
    );
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
    const { code, found: s } = await lookupCode(
      d1,
      client,
      c.req.valid("param").code,
      (k) => sessionByCode(d1, k),
      (k) => [limits.ballots(k)],
    );
    const checked = validateBallot(input, s);
    if (!checked.ok) {
      // Refused ballots count against the code too: a flood of bad ones is still a flood.
      await d1.batch(countHit(d1, [limits.ballots(code)]));
      throw new Problem(422, "The ballot does not fit this session.", checked.errors);
    }
    const receipt = await submitBallot(d1, s.id, key, checked.ballot, limits.ballots(code));
    c.header("cache-control", "no-store");
    if (receipt.replayed) {
      c.header("idempotent-replayed", "true");
      return c.json(receipt, 200);
    }
    return c.json(receipt, 201);
  });
