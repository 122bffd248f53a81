/**
 * A round's steps after it opened, each one request (coordinator): close (score and store the
 * aggregates), publish (facilitators see their reports), reopen (a closed, unpublished round takes
 * more answers; its stored figures are computed again at the next close).
 */
import { revalidate } from "@solidjs/router";
import { roundSchema } from "../../../../shared/schemas/round.ts";
import { getRounds } from "../../data/queries.ts";
import { api } from "../../lib/api.ts";
import { getOverview, getReport, getRound } from "./results-data.ts";

export type RoundAction = "close" | "publish" | "reopen";

export async function changeRound(roundId: string, networkId: string, action: RoundAction) {
  const round = await api.post(roundSchema, `/api/v1/rounds/${encodeURIComponent(roundId)}/${action}`);
  await revalidate([getRounds.keyFor(networkId), getRound.keyFor(roundId), getReport.key, getOverview.key]);
  return round;
}
