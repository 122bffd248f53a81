import { validateAnswers } from "../../../shared/instrument/index.ts";
import { nowIso } from "../../lib/ids.ts";
import { Problem } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { loadInstrument } from "../instruments/instruments.service.ts";
import * as routes from "./survey.routes.ts";
import { deleteDraftStatement, readDraft, writeDraftStatement } from "./survey-draft.service.ts";
import { openCode } from "./survey-lookup.ts";
import { unknownCode } from "./survey-problem.ts";

/**
 * The respondent's draft on the server (opt-in): every call is a lookup of the code, counted and
 * refused exactly as GET /survey/{code} is, so these routes are no cheaper oracle of a code's use.
 */
export const surveyDraftRoutes = createRouter()
  .openapi(routes.getDraft, async (c) => {
    const { hash } = await openCode(c.env.DB, c.req.valid("param").code, c.req.raw.headers);
    c.header("cache-control", "no-store");
    return c.json(await readDraft(c.env.DB, hash), 200);
  })
  .openapi(routes.putDraft, async (c) => {
    const d1 = c.env.DB;
    const { code, hash } = await openCode(d1, c.req.valid("param").code, c.req.raw.headers);
    const draft = c.req.valid("json");
    // The same check as a submission's: a draft holds nothing the questionnaire would not take.
    const checked = validateAnswers(await loadInstrument(d1, code.instrument_id), draft.answers);
    if (!checked.ok) throw new Problem(422, "Some answers do not fit the questionnaire.", checked.errors);
    const savedAt = nowIso();
    const [written] = await d1.batch([writeDraftStatement(d1, hash, draft, savedAt)]);
    // Sent or closed between the lookup and the write: nothing was kept, as for a used code.
    if (written?.meta.changes !== 1) throw unknownCode();
    c.header("cache-control", "no-store");
    return c.json({ draft: { answers: draft.answers, panelCode: draft.panelCode }, savedAt }, 200);
  })
  .openapi(routes.deleteDraft, async (c) => {
    const { hash } = await openCode(c.env.DB, c.req.valid("param").code, c.req.raw.headers);
    await c.env.DB.batch([deleteDraftStatement(c.env.DB, hash)]);
    return c.body(null, 204);
  });
