/**
 * The changes the SPA makes. Each sends one request and revalidates the queries whose answers it
 * changed; bodies are typed by the shared zod schemas the API validates them with.
 */
import { revalidate } from "@solidjs/router";
import type { z } from "zod";
import {
  type centreCreateSchema,
  centreSchema,
  type centreUpdateSchema,
  teamSchema,
} from "../../../shared/schemas/centre.ts";
import {
  type memberInvitationCreateSchema,
  memberInvitationIssuedSchema,
} from "../../../shared/schemas/membership.ts";
import {
  type networkCreateSchema,
  networkSchema,
  type networkUpdateSchema,
} from "../../../shared/schemas/network.ts";
import { type roundCreateSchema, roundSchema } from "../../../shared/schemas/round.ts";
import { supportTextSchema, type supportTextUpdateSchema } from "../../../shared/schemas/support-text.ts";
import { api } from "../lib/api.ts";
import {
  getCentre,
  getCentres,
  getMemberInvitations,
  getMemberships,
  getNetwork,
  getNetworks,
  getRounds,
  getSupportText,
  getTeams,
} from "./queries.ts";

const enc = encodeURIComponent;
type In<S extends z.ZodType> = z.output<S>;

export async function createNetwork(body: In<typeof networkCreateSchema>) {
  const network = await api.post(networkSchema, "/api/v1/networks", body);
  await revalidate(getNetworks.key);
  return network;
}

export async function updateNetwork(networkId: string, body: In<typeof networkUpdateSchema>) {
  const network = await api.patch(networkSchema, `/api/v1/networks/${enc(networkId)}`, body);
  await revalidate([getNetwork.keyFor(networkId), getNetworks.key]);
  return network;
}

export async function createCentre(networkId: string, body: In<typeof centreCreateSchema>) {
  const centre = await api.post(centreSchema, `/api/v1/networks/${enc(networkId)}/centres`, body);
  await revalidate(getCentres.keyFor(networkId));
  return centre;
}

export async function updateCentre(centreId: string, networkId: string, body: In<typeof centreUpdateSchema>) {
  const centre = await api.patch(centreSchema, `/api/v1/centres/${enc(centreId)}`, body);
  await revalidate([getCentre.keyFor(centreId), getCentres.keyFor(networkId)]);
  return centre;
}

export async function setSupportText(centreId: string, body: In<typeof supportTextUpdateSchema>) {
  const saved = await api.put(supportTextSchema, `/api/v1/centres/${enc(centreId)}/support-text`, body);
  await revalidate(getSupportText.keyFor(centreId));
  return saved;
}

export async function createTeam(centreId: string, name: string) {
  const team = await api.post(teamSchema, `/api/v1/centres/${enc(centreId)}/teams`, { name });
  await revalidate(getTeams.keyFor(centreId));
  return team;
}

export async function renameTeam(teamId: string, centreId: string, name: string) {
  const team = await api.patch(teamSchema, `/api/v1/teams/${enc(teamId)}`, { name });
  await revalidate(getTeams.keyFor(centreId));
  return team;
}

/** The answer carries the one-time link; it is shown once and never stored by the app. */
export async function inviteMember(networkId: string, body: In<typeof memberInvitationCreateSchema>) {
  const issued = await api.post(
    memberInvitationIssuedSchema,
    `/api/v1/networks/${enc(networkId)}/member-invitations`,
    body,
  );
  await revalidate(getMemberInvitations.keyFor(networkId));
  return issued;
}

export async function revokeMemberInvitation(invitationId: string, networkId: string) {
  await api.send("DELETE", `/api/v1/member-invitations/${enc(invitationId)}`);
  await revalidate(getMemberInvitations.keyFor(networkId));
}

export async function issuePasswordReset(membershipId: string, networkId: string) {
  const issued = await api.post(
    memberInvitationIssuedSchema,
    `/api/v1/memberships/${enc(membershipId)}/password-reset`,
    {},
  );
  await revalidate(getMemberInvitations.keyFor(networkId));
  return issued;
}

export async function removeMembership(membershipId: string, networkId: string) {
  await api.send("DELETE", `/api/v1/memberships/${enc(membershipId)}`);
  await revalidate(getMemberships.keyFor(networkId));
}

export async function createRound(networkId: string, body: In<typeof roundCreateSchema>) {
  const round = await api.post(roundSchema, `/api/v1/networks/${enc(networkId)}/rounds`, body);
  await revalidate(getRounds.keyFor(networkId));
  return round;
}

export async function openRound(roundId: string, networkId: string) {
  const round = await api.post(roundSchema, `/api/v1/rounds/${enc(roundId)}/open`);
  await revalidate(getRounds.keyFor(networkId));
  return round;
}
