/**
 * What the seminar screens read and change. Queries are cached per argument; each change
 * revalidates the queries whose answers it changed.
 */
import { query, revalidate } from "@solidjs/router";
import { z } from "zod";
import {
  type contributionCreateSchema,
  contributionSchema,
  type contributionUpdateSchema,
  type seminarCreateSchema,
  seminarDetailSchema,
  seminarSchema,
  type seminarUpdateSchema,
} from "../../../../shared/schemas/seminar.ts";
import { api } from "../../lib/api.ts";
import { getPractice, getPractices } from "../practices/practices-data.ts";

const enc = encodeURIComponent;
type In<S extends z.ZodType> = z.output<S>;

export const getSeminars = query(
  (networkId: string) => api.get(z.array(seminarSchema), `/api/v1/networks/${enc(networkId)}/seminars`),
  "seminars.list",
);

export const getSeminar = query(
  (seminarId: string) => api.get(seminarDetailSchema, `/api/v1/seminars/${enc(seminarId)}`),
  "seminars.detail",
);

export async function createSeminar(networkId: string, body: In<typeof seminarCreateSchema>) {
  const seminar = await api.post(seminarDetailSchema, `/api/v1/networks/${enc(networkId)}/seminars`, body);
  await revalidate(getSeminars.keyFor(networkId));
  return seminar;
}

export async function updateSeminar(
  seminarId: string,
  networkId: string,
  body: In<typeof seminarUpdateSchema>,
) {
  const seminar = await api.patch(seminarDetailSchema, `/api/v1/seminars/${enc(seminarId)}`, body);
  await revalidate([getSeminar.keyFor(seminarId), getSeminars.keyFor(networkId)]);
  return seminar;
}

/**
 * Deletes the seminar with its contributions and list of taking-part centres; practices from it
 * stay in the library, unlinked (so the library is read afresh too).
 */
export async function removeSeminar(seminarId: string, networkId: string) {
  await api.send("DELETE", `/api/v1/seminars/${enc(seminarId)}`);
  await revalidate([getSeminars.keyFor(networkId), getPractices.key, getPractice.key]);
}

export async function addContribution(
  seminarId: string,
  networkId: string,
  body: In<typeof contributionCreateSchema>,
) {
  const made = await api.post(contributionSchema, `/api/v1/seminars/${enc(seminarId)}/contributions`, body);
  await revalidate([getSeminar.keyFor(seminarId), getSeminars.keyFor(networkId)]);
  return made;
}

export async function updateContribution(
  seminarId: string,
  networkId: string,
  contributionId: string,
  body: In<typeof contributionUpdateSchema>,
) {
  const saved = await api.patch(
    contributionSchema,
    `/api/v1/seminars/${enc(seminarId)}/contributions/${enc(contributionId)}`,
    body,
  );
  await revalidate([getSeminar.keyFor(seminarId), getSeminars.keyFor(networkId)]);
  return saved;
}

export async function removeContribution(seminarId: string, networkId: string, contributionId: string) {
  await api.send("DELETE", `/api/v1/seminars/${enc(seminarId)}/contributions/${enc(contributionId)}`);
  await revalidate([getSeminar.keyFor(seminarId), getSeminars.keyFor(networkId)]);
}
