/**
 * Who may export a network's research data: a research token of that network, or a signed-in
 * coordinator or researcher of it. A token of another network, or a user outside the network,
 * gets 404 (the network is not theirs to learn about); a facilitator gets 403: they see their own
 * centre by name and must not get the other centres' respondent-level data.
 */
import type { Context } from "hono";
import type { AppEnv } from "../../env.ts";
import { grantsIn } from "../../lib/access.ts";
import { TOKEN_OR_COOKIE, wwwAuthenticate } from "../../lib/challenge.ts";
import type { Principal } from "../../lib/principal.ts";
import { notFound, Problem } from "../../lib/problem.ts";

export interface ExportCaller {
  principal: Principal;
  /** Coordinators also export closed (not yet published) rounds; researchers and tokens do not. */
  seesClosedRounds: boolean;
  /** Rate-limit and audit key: one bucket per token or per person. */
  bucket: string;
}

export function requireExportAccess(c: Context<AppEnv>, networkId: string): ExportCaller {
  const p = c.get("principal");
  if (!p)
    throw new Problem(
      401,
      "Sign in, or send `Authorization: Bearer <token>` with a research token.",
      undefined,
      wwwAuthenticate(TOKEN_OR_COOKIE),
    );
  if (p.kind === "token") {
    if (p.networkId !== networkId) throw notFound("Network");
    return { principal: p, seesClosedRounds: false, bucket: `token:${p.tokenId}` };
  }
  const grants = grantsIn(p, networkId);
  if (grants.length === 0) throw notFound("Network");
  const coordinator = grants.some((g) => g.role === "coordinator");
  if (!coordinator && !grants.some((g) => g.role === "researcher")) {
    throw new Problem(403, "Research exports are for the network's coordinator and researchers.");
  }
  return { principal: p, seesClosedRounds: coordinator, bucket: `user:${p.userId}` };
}
