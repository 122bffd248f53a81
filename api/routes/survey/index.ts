import { validateAnswers } from "../../../shared/instrument/index.ts";
import { nowIso } from "../../lib/ids.ts";
import { fieldErrors, Problem } from "../../lib/problem.ts";
import { assertNotThrottled, clientAddress, countHit } from "../../lib/rate-limit.ts";
import { createRouter } from "../../lib/router.ts";
import { loadInstrument } from "../instruments/instruments.service.ts";
import { codeHash } from "../invitations/codes.ts";
import * as routes from "./survey.routes.ts";
import {
  type CodeRecord,
  findCode,
  findSubmission,
  receipt,
  servedInstrument,
  storeSubmission,
  supportOf,
  surveyLimits,
} from "./survey.service.ts";
import { missed, openCode } from "./survey-lookup.ts";
import { roundNotOpen, SurveyProblem, unknownCode } from "./survey-problem.ts";

export const surveyRoutes = createRouter()
  .openapi(routes.get, async (c) => {
    const d1 = c.env.DB;
    // A closed round says so for every code it issued, used or not: no more answers either way.
    const { code } = await openCode(d1, c.req.valid("param").code, c.req.raw.headers);
    const def = await loadInstrument(d1, code.instrument_id);
    c.header("cache-control", "no-store");
    return c.json(
      {
        round: { label: code.label, closesOn: code.closes_on },
        instrument: servedInstrument(def),
        support: supportOf(code),
      },
      200,
    );
  })
  .openapi(
    routes.submit,
    async (c) => {
      const d1 = c.env.DB;
      const idempotencyKey = c.req.valid("header")["idempotency-key"];
      const input = c.req.valid("json");
      const hash = await codeHash(c.req.valid("param").code);
      const limits = surveyLimits(clientAddress(c.req.raw.headers), hash);
      await assertNotThrottled(d1, [limits.client, limits.code]);
      const code = await findCode(d1, hash);
      if (!code || code.revoked_at) return missed(d1, limits);
      c.header("cache-control", "no-store");
      // The device that sent these answers holds their key: it gets its receipt, nobody else does.
      const replayed = await replay(d1, code, idempotencyKey);
      if (replayed) return c.json(replayed, 201);
      const refuse = async (problem: Problem): Promise<never> => {
        await d1.batch(countHit(d1, [limits.client, limits.code, limits.look]));
        throw problem;
      };
      if (code.status !== "open") return refuse(roundNotOpen(code.status));
      if (code.used_at) return missed(d1, limits);
      const checked = validateAnswers(await loadInstrument(d1, code.instrument_id), input.answers);
      if (!checked.ok) {
        // A 422 tells an unused code from a used one (404): it spends the code's looks too.
        await assertNotThrottled(d1, [limits.look]);
        return refuse(new Problem(422, "Some answers do not fit the questionnaire.", checked.errors));
      }
      const submittedAt = nowIso();
      const inserted = await storeSubmission(
        d1,
        code,
        hash,
        {
          packed: checked.packed,
          openAnswers: checked.openAnswers,
          panelCode: input.panelCode || null,
          idempotencyKey,
          submittedAt,
        },
        limits,
      );
      if (inserted !== 1) {
        // Lost a race: tell the loser what the winner did.
        const now = await findCode(d1, hash);
        if (!now || now.revoked_at) throw unknownCode();
        const again = await replay(d1, now, idempotencyKey);
        if (again) return c.json(again, 201);
        if (now.status !== "open") throw roundNotOpen(now.status);
        throw unknownCode(); // used by another submission: answered as an unknown code is
      }
      return c.json(await receipt(d1, code, submittedAt), 201);
    },
    (result): undefined => {
      if (result.success) return undefined;
      if (result.target === "header")
        throw new Problem(
          400,
          "Send an Idempotency-Key header: a random value made once per submission and sent again on a retry.",
          fieldErrors(result.error.issues, "header"),
        );
      const where = result.target === "json" ? "body" : "path";
      throw new Problem(
        where === "body" ? 422 : 400,
        `The request ${where} is not valid.`,
        fieldErrors(result.error.issues, where === "body" ? undefined : where),
      );
    },
  );

/**
 * A retry of a stored submission: same round, same key. Its receipt is given again only if the
 * code is used; a key that belongs to another code's answers is refused.
 */
async function replay(d1: D1Database, code: CodeRecord, idempotencyKey: string) {
  const earlier = await findSubmission(d1, code.round_id, idempotencyKey);
  if (!earlier) return null;
  if (!code.used_at)
    throw new SurveyProblem(
      "This Idempotency-Key was already used for another submission; make a new one.",
      "key-reused",
    );
  return receipt(d1, code, earlier.submitted_at);
}
