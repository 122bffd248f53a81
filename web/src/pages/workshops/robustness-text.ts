/**
 * How sure a ranking is, in words for the facilitator's results and the projector alike (the rules
 * are shared/ranking/robustness.ts's).
 */
import { MIN_BALLOTS_FOR_ROBUSTNESS, robustnessOf } from "../../../../shared/ranking/robustness.ts";
import type { Results } from "../../../../shared/schemas/workshop.ts";
import { fmtNumber, t } from "../../lib/i18n.ts";

/** A statement's chance of the top three, said honestly (see shared/ranking/robustness.ts). */
export function chanceText(chance: number, ballots: number): string {
  const r = robustnessOf(chance, ballots);
  switch (r.kind) {
    case "too-few":
      return t("workshops.results.pTop3TooFew");
    case "almost-certain":
      return t("workshops.results.pTop3AlmostCertain");
    case "hardly":
      return t("workshops.results.pTop3Hardly");
    default:
      return t("workshops.results.pTop3Short", { p: fmtNumber(r.percent, 0) });
  }
}

/** How clear the top three is, in a sentence the room can take in, without jargon. */
export function stabilityText(results: Results): string | undefined {
  const s = results.topThreeStability;
  if (s === null || results.ballots === 0) return undefined;
  if (results.ballots < MIN_BALLOTS_FOR_ROBUSTNESS)
    return t("workshops.results.stability.tooFew", { n: MIN_BALLOTS_FOR_ROBUSTNESS });
  if (s >= 0.9) return t("workshops.results.stability.clear");
  if (s >= 0.6) return t("workshops.results.stability.fair");
  return t("workshops.results.stability.unclear");
}
