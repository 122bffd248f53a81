/**
 * Join codes: 6 characters from an alphabet without look-alikes (humanCode), shown large on the
 * facilitator's screen. A workshop's code lets participants add statements; a voting session's
 * code lets pairs vote. Neither reaches anything else.
 *
 * Guessing is stopped by counting unknown codes per client address; a valid code is never throttled
 * by address (a meeting room of 40 pairs shares one), only per code.
 */

import { normaliseCode } from "../../../shared/codes.ts";
import { humanCode } from "../../lib/ids.ts";
import { notFound, Problem } from "../../lib/problem.ts";
import { assertNotThrottled, countHit, type Limit } from "../../lib/rate-limit.ts";

export const CODE_LENGTH = 6;

/** Codes are typed on phones: ignore case, spaces and dashes; null for what cannot be a code. */
function readCode(raw: string): string | null {
  const code = normaliseCode(raw);
  return /^[A-Z0-9]{4,12}$/.test(code) ? code : null;
}

export const limits = {
  /** Ten typos per phone in a room of 40 that shares one address. */
  miss: (client: string): Limit => ({ key: `join:miss:${client}`, max: 400, windowSeconds: 900 }),
  /** Ballots of one session: far above a room's pace, far below a flood. */
  ballots: (code: string): Limit => ({ key: `vote:code:${code}`, max: 600, windowSeconds: 60 }),
  statements: (code: string): Limit => ({ key: `collect:code:${code}`, max: 300, windowSeconds: 300 }),
};

/**
 * Looks a code up (with `find`). A valid code always opens, whatever the client's address did
 * before (only the code's own `perCode` limits apply); an unknown or malformed code is a 404
 * counted as a miss, or a 429 once the address has missed too often.
 */
export async function lookupCode<T>(
  d1: D1Database,
  client: string,
  raw: string,
  find: (code: string) => Promise<T | null>,
  perCode: (code: string) => Limit[] = () => [],
): Promise<{ code: string; found: T }> {
  const code = readCode(raw);
  const own = code ? perCode(code) : [];
  const [found] = await Promise.all([
    code ? find(code) : null,
    own.length ? assertNotThrottled(d1, own) : undefined,
  ]);
  if (!code || found === null) {
    await assertNotThrottled(d1, [limits.miss(client)]);
    return unknownCode(d1, client);
  }
  return { code, found };
}

export async function unknownCode(d1: D1Database, client: string): Promise<never> {
  await d1.batch(countHit(d1, [limits.miss(client)]));
  throw notFound("Code");
}

/** A fresh code, unused by any workshop or voting session. */
export async function freshCode(d1: D1Database): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = humanCode(CODE_LENGTH);
    const taken = await d1
      .prepare(
        "SELECT 1 FROM workshops WHERE join_code = ?1 UNION ALL SELECT 1 FROM voting_sessions WHERE code = ?1 LIMIT 1",
      )
      .bind(code)
      .first();
    if (!taken) return code;
  }
  throw new Problem(500, "Could not find a free join code.");
}
