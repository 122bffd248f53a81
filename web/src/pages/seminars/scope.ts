/**
 * What the signed-in person may do in a network, read from their memberships: the pages hide
 * what the API would refuse anyway (the API stays the judge).
 */
import { me } from "../../lib/session.ts";

const rolesIn = (networkId: string) => (me()?.memberships ?? []).filter((m) => m.networkId === networkId);

export const isCoordinatorOf = (networkId: string) =>
  rolesIn(networkId).some((m) => m.role === "coordinator");

/** The facilitator's own centre in the network, if they are one. */
export const ownCentreOf = (networkId: string): string | null =>
  rolesIn(networkId).find((m) => m.role === "facilitator" && m.centreId)?.centreId ?? null;

/** The coordinator and facilitators write; researchers read. */
export const canWriteIn = (networkId: string) => rolesIn(networkId).some((m) => m.role !== "researcher");

/** The network the person works in (their first membership), for pages without one in the address. */
export const homeNetworkId = (): string | null => me()?.memberships[0]?.networkId ?? null;
