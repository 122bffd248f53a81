/**
 * Participants: no account, only a join code. A workshop's code adds statements to that workshop
 * while it collects; a session's code shows that session and takes its ballots. Neither code
 * reaches anything else, and nothing here throttles by address alone except unknown codes.
 */
import { validateBallot } from "../../../shared/ranking/validate.ts";
import type { WorkshopStage } from "../../../shared/schemas/workshop.ts";
import { newId } from "../../lib/ids.ts";
import { Problem } from "../../lib/problem.ts";
import { clientAddress, countHit } from "../../lib/rate-limit.ts";
import { createRouter } from "../../lib/router.ts";
import { notifyRoom } from "../../rooms/live.ts";
import { limits, lookupCode } from "./codes.ts";
import * as routes from "./participant.routes.ts";
import { byJoinCode, codeTarget, collectFromPhone } from "./participant.service.ts";
import { sessionByCode, submitBallot } from "./voting.service.ts";
import { WorkshopProblem } from "./workshop-problem.ts";

const collectingEnded = (stage: WorkshopStage) =>
  new WorkshopProblem(
    409,
    "collecting-ended",
    `Collecting statements has ended; the workshop is at ${stage}.`,
  );

export const participantRoutes = createRouter()
  .openapi(routes.join, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    // A session's own code opens it; the workshop's code what the workshop does now (codeTarget).
    const { code, found } = await lookupCode(d1, client, c.req.valid("param").code, (k) => codeTarget(d1, k));
    c.header("cache-control", "no-store");
    return c.json(
      {
        type: found.type,
        code: found.type === "vote" ? found.code : code,
        ...(found.stage ? { stage: found.stage } : {}),
      },
      200,
    );
  })
  .openapi(routes.collectView, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const { code, found } = await lookupCode(d1, client, c.req.valid("param").code, byJoinCode(d1));
    c.header("cache-control", "no-store");
    if (found.stage !== "collect") throw collectingEnded(found.stage);
    return c.json({ code, title: found.title }, 200);
  })
  .openapi(routes.collectStatement, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const { code, found: w } = await lookupCode(
      d1,
      client,
      c.req.valid("param").code,
      byJoinCode(d1),
      (k) => [limits.statements(k)],
    );
    if (w.stage !== "collect") throw collectingEnded(w.stage);
    const input = c.req.valid("json");
    const id = newId();
    const stored = await collectFromPhone(d1, w.id, id, input, code, limits.statements(code));
    if (!stored) {
      // Collecting ended between the lookup and the insert, or the workshop is full.
      const now = await byJoinCode(d1)(code);
      if (now && now.stage !== "collect") throw collectingEnded(now.stage);
      throw new WorkshopProblem(409, "workshop-full", "The workshop takes no more statements.");
    }
    notifyRoom(c, w.id, "statements");
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
        ballotsPerPhone: s.ballotsPerPhone,
        statements: s.statementIds.map((id) => ({ id, text: s.texts.get(id) ?? "" })),
      },
      200,
    );
  })
  .openapi(routes.submitBallot, async (c) => {
    const d1 = c.env.DB;
    const client = clientAddress(c.req.raw.headers);
    const headers = c.req.valid("header");
    const key = headers["idempotency-key"];
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
    const receipt = await submitBallot(
      d1,
      s.id,
      key,
      checked.ballot,
      limits.ballots(code),
      headers["x-amica-device"] ?? null,
    );
    c.header("cache-control", "no-store");
    if (receipt.replayed) {
      c.header("idempotent-replayed", "true");
      return c.json(receipt, 200);
    }
    notifyRoom(c, s.workshopId, "ballot");
    return c.json(receipt, 201);
  });
