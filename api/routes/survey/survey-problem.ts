import { Problem, type ProblemBody } from "../../lib/problem.ts";

export type SurveyRefusal = "round-closed" | "round-not-open" | "key-reused";

/**
 * A 409 on the survey with a machine-readable `reason` (an RFC 9457 extension member), so the
 * respondent's page can say "the survey is closed" in their language. A used code has no refusal of
 * its own: it is answered as an unknown code (see "Survey codes" in the README).
 */
export class SurveyProblem extends Problem {
  constructor(
    detail: string,
    readonly reason: SurveyRefusal,
  ) {
    super(409, detail);
  }

  override body(): ProblemBody & { reason: SurveyRefusal } {
    return { ...super.body(), reason: this.reason };
  }
}

export function roundNotOpen(status: string): SurveyProblem {
  return status === "draft"
    ? new SurveyProblem("This survey round has not opened yet.", "round-not-open")
    : new SurveyProblem("This survey round is closed: it takes no more answers.", "round-closed");
}

export const unknownCode = () =>
  new Problem(
    404,
    "No survey can be answered with this code: it is unknown, withdrawn or already used. Check it against your slip.",
  );
