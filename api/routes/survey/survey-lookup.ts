/**
 * How a request naming a survey code is counted (see surveyLimits): a code that opens a survey
 * spends one of the code's daily looks; any other spends a look and one of the address's misses,
 * and is answered as unknown.
 */
import { assertNotThrottled, clientAddress, countHit } from "../../lib/rate-limit.ts";
import { codeHash } from "../invitations/codes.ts";
import { type CodeRecord, findCode, surveyLimits } from "./survey.service.ts";
import { roundNotOpen, unknownCode } from "./survey-problem.ts";

export type Limits = ReturnType<typeof surveyLimits>;

/** Counts a lookup of a code that exists, after checking the code's day of lookups is not spent. */
export async function looked(d1: D1Database, limits: Limits): Promise<void> {
  await assertNotThrottled(d1, [limits.look]);
  await d1.batch(countHit(d1, [limits.look]));
}

/**
 * An unknown, revoked or used code: one answer for all three, so a list of codes polled without
 * the device's receipt does not tell used from never issued. Counted per address (misses) and per
 * code (looks); only here does the address's count of misses stop anyone.
 */
export async function missed(d1: D1Database, limits: Limits): Promise<never> {
  await assertNotThrottled(d1, [limits.miss, limits.look]);
  await d1.batch(countHit(d1, [limits.miss, limits.look]));
  throw unknownCode();
}

/**
 * A code that can be answered now (known, not withdrawn, unused, its round open), counted as one
 * lookup; otherwise the lookup's own refusals (404 for all three kinds of dead code, 409 for a
 * round that is not open).
 */
export async function openCode(
  d1: D1Database,
  rawCode: string,
  headers: Headers,
): Promise<{ code: CodeRecord; hash: string }> {
  const hash = await codeHash(rawCode);
  const limits = surveyLimits(clientAddress(headers), hash);
  const code = await findCode(d1, hash);
  if (!code || code.revoked_at) return missed(d1, limits);
  if (code.status !== "open") {
    await looked(d1, limits);
    throw roundNotOpen(code.status);
  }
  if (code.used_at) return missed(d1, limits);
  await looked(d1, limits);
  return { code, hash };
}
