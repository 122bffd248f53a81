/**
 * What the workshop screens read and change. Lists the router caches (`query`, revalidated after
 * a change); the live views (statements arriving, ballots arriving) poll the plain fetchers.
 * Bodies and answers are typed and checked by the shared schemas the API validates with.
 */
import { query, revalidate } from "@solidjs/router";
import { z } from "zod";
import {
  createdSchema,
  resultsSchema,
  type statementCreateSchema,
  statementSchema,
  type statementUpdateSchema,
  type votingSessionCreateSchema,
  votingSessionSchema,
  type WorkshopStage,
  type workshopCreateSchema,
  workshopDetailSchema,
  workshopRoomSchema,
  workshopSchema,
} from "../../../../shared/schemas/workshop.ts";
import { api } from "../../lib/api.ts";

const enc = encodeURIComponent;
type In<S extends z.ZodType> = z.output<S>;

export const stages: readonly WorkshopStage[] = ["collect", "condense", "prioritise", "plan", "follow-up"];

export const getWorkshops = query(
  (centreId: string) => api.get(z.array(workshopSchema), `/api/v1/centres/${enc(centreId)}/workshops`),
  "workshops.list",
);

export const fetchWorkshop = (workshopId: string) =>
  api.get(workshopDetailSchema, `/api/v1/workshops/${enc(workshopId)}`);

/** How many phones follow the workshop live (the room's open sockets). */
export const fetchRoom = (workshopId: string) =>
  api.get(workshopRoomSchema, `/api/v1/workshops/${enc(workshopId)}/room`);

export const fetchSession = (sessionId: string) =>
  api.get(votingSessionSchema, `/api/v1/voting-sessions/${enc(sessionId)}`);

export const fetchSessionResults = (sessionId: string) =>
  api.get(resultsSchema, `/api/v1/voting-sessions/${enc(sessionId)}/results`);

/** One ranking pooled over the workshop's sessions: those named, or all of them if none are. */
export const fetchWorkshopResults = (workshopId: string, sessionIds: readonly string[] = []) =>
  api.get(
    resultsSchema,
    `/api/v1/workshops/${enc(workshopId)}/results${sessionIds.length ? `?sessions=${sessionIds.map(enc).join(",")}` : ""}`,
  );

export async function createWorkshop(centreId: string, body: In<typeof workshopCreateSchema>) {
  const workshop = await api.post(workshopSchema, `/api/v1/centres/${enc(centreId)}/workshops`, body);
  await revalidate(getWorkshops.keyFor(centreId));
  return workshop;
}

export async function setStage(workshopId: string, centreId: string, stage: WorkshopStage) {
  const workshop = await api.patch(workshopSchema, `/api/v1/workshops/${enc(workshopId)}`, { stage });
  await revalidate(getWorkshops.keyFor(centreId));
  return workshop;
}

/** Deletes the workshop with everything under it; the API refuses (409) once ballots or plans exist. */
export async function deleteWorkshop(workshopId: string, centreId: string) {
  await api.send("DELETE", `/api/v1/workshops/${enc(workshopId)}`);
  await revalidate(getWorkshops.keyFor(centreId));
}

export const addStatement = (workshopId: string, body: In<typeof statementCreateSchema>) =>
  api.post(createdSchema, `/api/v1/workshops/${enc(workshopId)}/statements`, body);

export const updateStatement = (statementId: string, body: In<typeof statementUpdateSchema>) =>
  api.patch(statementSchema, `/api/v1/statements/${enc(statementId)}`, body);

export const deleteStatement = (statementId: string) =>
  api.send("DELETE", `/api/v1/statements/${enc(statementId)}`);

export const createSession = (workshopId: string, body: In<typeof votingSessionCreateSchema>) =>
  api.post(votingSessionSchema, `/api/v1/workshops/${enc(workshopId)}/voting-sessions`, body);

export const closeSession = (sessionId: string) =>
  api.post(votingSessionSchema, `/api/v1/voting-sessions/${enc(sessionId)}/close`);

export const reopenSession = (sessionId: string) =>
  api.post(votingSessionSchema, `/api/v1/voting-sessions/${enc(sessionId)}/reopen`);

/** Where participants go: one short address for both codes (it finds out which kind a code is). */
export const joinUrl = (code: string) => `${location.origin}/j/${code}`;
export const voteUrl = (code: string) => `${location.origin}/vote/${code}`;
