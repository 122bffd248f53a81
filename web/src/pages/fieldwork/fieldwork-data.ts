/**
 * What the fieldwork screens (invitations, import, participation) read and change, as router
 * queries with keys of their own; bodies and answers are typed by the shared schemas.
 */
import { query, revalidate } from "@solidjs/router";
import { instrumentDefinitionSchema } from "../../../../shared/instrument/schema.ts";
import { roundSchema } from "../../../../shared/schemas/round.ts";
import {
  type InvitationCreate,
  type InvitationRevoke,
  invitationCodesSchema,
  invitationRevokeResultSchema,
  invitationSummarySchema,
  participationSchema,
} from "../../../../shared/schemas/survey.ts";
import { api } from "../../lib/api.ts";

const enc = encodeURIComponent;

export const getFieldworkRound = query(
  (roundId: string) => api.get(roundSchema, `/api/v1/rounds/${enc(roundId)}`),
  "fieldwork.round",
);

export const getInvitationSummary = query(
  (roundId: string) => api.get(invitationSummarySchema, `/api/v1/rounds/${enc(roundId)}/invitations`),
  "fieldwork.invitations",
);

export const getInstrument = query(
  (instrumentId: string) => api.get(instrumentDefinitionSchema, `/api/v1/instruments/${enc(instrumentId)}`),
  "fieldwork.instrument",
);

/** Not cached: the participation page polls it and shows what it got. */
export const fetchParticipation = (roundId: string) =>
  api.get(participationSchema, `/api/v1/rounds/${enc(roundId)}/participation`);

export async function createCodes(roundId: string, body: InvitationCreate) {
  const result = await api.post(invitationCodesSchema, `/api/v1/rounds/${enc(roundId)}/invitations`, body);
  await revalidate(getInvitationSummary.keyFor(roundId));
  return result;
}

export async function revokeCodes(roundId: string, body: InvitationRevoke) {
  const result = await api.post(
    invitationRevokeResultSchema,
    `/api/v1/rounds/${enc(roundId)}/invitations/revoke`,
    body,
  );
  await revalidate(getInvitationSummary.keyFor(roundId));
  return result;
}
