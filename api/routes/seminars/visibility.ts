/**
 * Who may see which centre behind seminar contributions, practices and cycle rows, and who may
 * write them. The coordinator sees every centre by name; a facilitator sees their own centre by
 * name and other centres only where a centre agreed to be named (practices); a researcher sees
 * pseudonyms. Writes are for the coordinator and, for their own centre, the facilitator.
 */
import type { CentreRef } from "../../../shared/schemas/seminar.ts";
import { grantsIn, isCoordinator, type UserPrincipal } from "../../lib/access.ts";
import { notFound, Problem } from "../../lib/problem.ts";

export interface CentreFacts {
  id: string;
  name: string;
  pseudonym: string;
}

/** The centres the caller runs as facilitator in this network. */
export const ownCentres = (p: UserPrincipal, networkId: string): string[] =>
  grantsIn(p, networkId)
    .filter((g) => g.role === "facilitator" && g.centreId)
    .map((g) => g.centreId as string);

export const isOwnCentre = (p: UserPrincipal, networkId: string, centreId: string | null) =>
  centreId !== null && ownCentres(p, networkId).includes(centreId);

/**
 * The centre as the caller may see it; null where the caller may not learn which centre it is.
 * `shared`: the centre agreed that other centres see its name.
 */
export function centreRef(
  p: UserPrincipal,
  networkId: string,
  centre: CentreFacts | null,
  shared = false,
): CentreRef | null {
  if (!centre) return null;
  if (isCoordinator(p, networkId) || isOwnCentre(p, networkId, centre.id)) return { ...centre };
  const grants = grantsIn(p, networkId);
  // Researchers work with pseudonyms; a name never reaches them next to one.
  if (grants.some((g) => g.role === "researcher"))
    return { id: centre.id, name: null, pseudonym: centre.pseudonym };
  // Another centre's facilitator learns the name only with consent, and never the pseudonym.
  if (shared) return { id: centre.id, name: centre.name, pseudonym: null };
  return null;
}

/** Writing at all: the coordinator or a facilitator of the network (researchers read only). */
export function assertWriter(p: UserPrincipal, networkId: string, what: string): void {
  const grants = grantsIn(p, networkId);
  if (grants.length === 0) throw notFound(what);
  if (!grants.some((g) => g.role === "coordinator" || g.role === "facilitator"))
    throw new Problem(403, "Researchers have read-only access.");
}

/**
 * The centre a write is about: the given one, or the facilitator's own when left out. A facilitator
 * naming another centre gets 404, as for every centre-scoped thing; the coordinator naming a centre
 * outside the network gets a field error.
 */
export async function writableCentreId(
  p: UserPrincipal,
  networkId: string,
  given: string | null | undefined,
  inNetwork: (centreId: string) => Promise<boolean>,
): Promise<string> {
  const coordinator = isCoordinator(p, networkId);
  const own = ownCentres(p, networkId);
  if (given === undefined || given === null) {
    if (!coordinator && own.length === 1) return own[0];
    throw new Problem(422, "Say which centre this is about.", [
      { code: "required", path: "centreId", message: "Required." },
    ]);
  }
  if (coordinator) {
    if (!(await inNetwork(given)))
      throw new Problem(422, "Unknown centre.", [
        { code: "unknown", path: "centreId", message: "Not a centre of this network." },
      ]);
    return given;
  }
  if (!own.includes(given)) throw notFound("Centre");
  return given;
}
