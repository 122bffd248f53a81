/**
 * What the pages read, as router queries: cached per argument, shared between the route's
 * `preload` and the page, and revalidated by key after a change (see `mutations.ts`).
 */
import { query } from "@solidjs/router";
import { z } from "zod";
import { centreSchema, teamSchema } from "../../../shared/schemas/centre.ts";
import { memberInvitationSchema, membershipSchema } from "../../../shared/schemas/membership.ts";
import { networkSchema } from "../../../shared/schemas/network.ts";
import { roundSchema } from "../../../shared/schemas/round.ts";
import { supportTextSchema } from "../../../shared/schemas/support-text.ts";
import { api } from "../lib/api.ts";

const enc = encodeURIComponent;

export const getNetworks = query(() => api.get(z.array(networkSchema), "/api/v1/networks"), "networks");

export const getNetwork = query(
  (networkId: string) => api.get(networkSchema, `/api/v1/networks/${enc(networkId)}`),
  "network",
);

export const getCentres = query(
  (networkId: string) => api.get(z.array(centreSchema), `/api/v1/networks/${enc(networkId)}/centres`),
  "centres",
);

export const getCentre = query(
  (centreId: string) => api.get(centreSchema, `/api/v1/centres/${enc(centreId)}`),
  "centre",
);

export const getSupportText = query(
  (centreId: string) => api.get(supportTextSchema, `/api/v1/centres/${enc(centreId)}/support-text`),
  "support-text",
);

export const getTeams = query(
  (centreId: string) => api.get(z.array(teamSchema), `/api/v1/centres/${enc(centreId)}/teams`),
  "teams",
);

export const getMemberships = query(
  (networkId: string) => api.get(z.array(membershipSchema), `/api/v1/networks/${enc(networkId)}/memberships`),
  "memberships",
);

export const getMemberInvitations = query(
  (networkId: string) =>
    api.get(z.array(memberInvitationSchema), `/api/v1/networks/${enc(networkId)}/member-invitations`),
  "memberInvitations",
);

export const getRounds = query(
  (networkId: string) => api.get(z.array(roundSchema), `/api/v1/networks/${enc(networkId)}/rounds`),
  "rounds",
);
