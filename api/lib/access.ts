/**
 * Who may see and change what. A caller outside a network, or a facilitator asking about another
 * centre, gets 404, not 403: the existence of other centres' things is itself not theirs to learn.
 * A member of the right network or centre with too weak a role gets 403.
 */
import type { Context } from "hono";
import type { Role } from "../../shared/schemas/common.ts";
import type { AppEnv } from "../env.ts";
import type { Grant, Principal } from "./principal.ts";
import { notFound, Problem } from "./problem.ts";

export type UserPrincipal = Extract<Principal, { kind: "user" }>;

export function requireUser(c: Context<AppEnv>): UserPrincipal {
  const p = c.get("principal");
  if (!p) throw new Problem(401, "Sign in first.");
  if (p.kind !== "user") throw new Problem(403, "Research tokens reach only the export endpoints.");
  return p;
}

export function grantsIn(p: UserPrincipal, networkId: string): Grant[] {
  return p.grants.filter((g) => g.networkId === networkId);
}

export const isCoordinator = (p: UserPrincipal, networkId: string) =>
  grantsIn(p, networkId).some((g) => g.role === "coordinator");

/** Any role in the network; else 404. Returns the caller's grants there. */
export function assertNetworkMember(p: UserPrincipal, networkId: string, what = "Network"): Grant[] {
  const grants = grantsIn(p, networkId);
  if (grants.length === 0) throw notFound(what);
  return grants;
}

export function assertCoordinator(p: UserPrincipal, networkId: string, what = "Network"): void {
  assertNetworkMember(p, networkId, what);
  if (!isCoordinator(p, networkId)) throw new Problem(403, "Only the network's coordinator may do this.");
}

/** Centre-level reading: the coordinator, or the centre's own facilitator. */
export function canSeeCentre(p: UserPrincipal, networkId: string, centreId: string): boolean {
  return grantsIn(p, networkId).some(
    (g) => g.role === "coordinator" || (g.role === "facilitator" && g.centreId === centreId),
  );
}

export function assertCentreAccess(
  p: UserPrincipal,
  networkId: string,
  centreId: string,
  what = "Centre",
): void {
  if (!canSeeCentre(p, networkId, centreId)) {
    const grants = assertNetworkMember(p, networkId, what);
    // A researcher is a network member but reads centres only through exports.
    if (grants.every((g) => g.role === "researcher"))
      throw new Problem(403, "Researchers read through exports.");
    throw notFound(what);
  }
}

export function bestRole(grants: Grant[]): Role {
  const order: Role[] = ["coordinator", "facilitator", "researcher"];
  return order.find((r) => grants.some((g) => g.role === r)) ?? "researcher";
}
