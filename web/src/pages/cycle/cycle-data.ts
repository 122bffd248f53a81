/**
 * What the cycle guide and the results-meeting notes read and change, as router queries.
 */
import { query, revalidate } from "@solidjs/router";
import { z } from "zod";
import {
  centreCycleSchema,
  networkCycleSchema,
  type resultsMeetingCreateSchema,
  resultsMeetingSchema,
} from "../../../../shared/schemas/cycle.ts";
import { ApiError, api } from "../../lib/api.ts";

const enc = encodeURIComponent;
const roundQuery = (roundId?: string) => (roundId ? `?roundId=${enc(roundId)}` : "");

export const getCentreCycle = query(
  (centreId: string, roundId?: string) =>
    api.get(centreCycleSchema, `/api/v1/centres/${enc(centreId)}/cycle${roundQuery(roundId)}`),
  "seminars.centreCycle",
);

export const getNetworkCycle = query(
  (networkId: string, roundId?: string) =>
    api.get(networkCycleSchema, `/api/v1/networks/${enc(networkId)}/cycle${roundQuery(roundId)}`),
  "seminars.networkCycle",
);

export const getResultsMeetings = query(
  (centreId: string) =>
    api.get(z.array(resultsMeetingSchema), `/api/v1/centres/${enc(centreId)}/results-meetings`),
  "seminars.resultsMeetings",
);

/** The report's attention points for the centre, to point out in the meeting form; none before publishing. */
export const getReportAttention = query(async (roundId: string, centreId: string) => {
  try {
    const report = await api.get(
      z.object({ attention: z.array(z.string()) }),
      `/api/v1/rounds/${enc(roundId)}/report?centre=${enc(centreId)}`,
    );
    return report.attention;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 403 || err.status === 409))
      return [];
    throw err;
  }
}, "seminars.reportAttention");

export async function createResultsMeeting(
  centreId: string,
  body: z.output<typeof resultsMeetingCreateSchema>,
) {
  const made = await api.post(
    resultsMeetingSchema,
    `/api/v1/centres/${enc(centreId)}/results-meetings`,
    body,
  );
  await revalidate([getResultsMeetings.keyFor(centreId), getCentreCycle.key, getNetworkCycle.key]);
  return made;
}
