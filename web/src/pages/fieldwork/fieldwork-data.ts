/**
 * What the fieldwork screens (invitations, import, participation) read and change, as router
 * queries with keys of their own; bodies and answers are typed by the shared schemas.
 */
import { query, revalidate } from "@solidjs/router";
import { z } from "zod";
import { instrumentDefinitionSchema } from "../../../../shared/instrument/schema.ts";
import { fieldworkAuditSchema, type SlipRequest } from "../../../../shared/schemas/fieldwork-audit.ts";
import { type HeadcountsUpdate, headcountsSchema } from "../../../../shared/schemas/headcount.ts";
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

export const getHeadcounts = query(
  (roundId: string) => api.get(headcountsSchema, `/api/v1/rounds/${enc(roundId)}/headcounts`),
  "fieldwork.headcounts",
);

export const getFieldworkAudit = query(
  (roundId: string) => api.get(fieldworkAuditSchema, `/api/v1/rounds/${enc(roundId)}/audit`),
  "fieldwork.audit",
);

/** After any fieldwork change: the counts, the places taken and the audit all moved. */
const refresh = (roundId: string) =>
  revalidate([
    getInvitationSummary.keyFor(roundId),
    getHeadcounts.keyFor(roundId),
    getFieldworkAudit.keyFor(roundId),
  ]);

export async function createCodes(roundId: string, body: InvitationCreate) {
  const result = await api.post(invitationCodesSchema, `/api/v1/rounds/${enc(roundId)}/invitations`, body);
  await refresh(roundId);
  return result;
}

export async function saveHeadcounts(roundId: string, body: HeadcountsUpdate) {
  const result = await api.patch(headcountsSchema, `/api/v1/rounds/${enc(roundId)}/headcounts`, body);
  await refresh(roundId);
  return result;
}

export async function requestSlips(roundId: string, body: SlipRequest) {
  const result = await api.post(
    z.object({ count: z.number().int() }),
    `/api/v1/rounds/${enc(roundId)}/slip-requests`,
    body,
  );
  await refresh(roundId);
  return result;
}

/** After an import: the places taken and the audit moved. */
export const refreshAfterImport = (roundId: string) => refresh(roundId);

export async function revokeCodes(roundId: string, body: InvitationRevoke) {
  const result = await api.post(
    invitationRevokeResultSchema,
    `/api/v1/rounds/${enc(roundId)}/invitations/revoke`,
    body,
  );
  await refresh(roundId);
  return result;
}
