import type { Role } from "../../shared/schemas/common.ts";

export interface Grant {
  networkId: string;
  centreId: string | null;
  role: Role;
}

/** Who is calling: a signed-in person (cookie session) or a research token. */
export type Principal =
  | { kind: "user"; userId: string; sessionId: string; grants: Grant[] }
  | { kind: "token"; tokenId: string; networkId: string };
