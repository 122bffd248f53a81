import { Problem, type ProblemBody } from "../../lib/problem.ts";

export type SurveyRefusal = "code-used" | "round-closed" | "round-not-open" | "key-reused";

/**
 * A 409 on the survey with a machine-readable `reason` (an RFC 9457 extension member), so the
 * respondent's page can say "you have already answered" or "the survey is closed" in their language.
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

export const codeUsed = () =>
  new SurveyProblem(
    "This code has already been used to answer the survey. Each code answers once.",
    "code-used",
  );

export function roundNotOpen(status: string): SurveyProblem {
  return status === "draft"
    ? new SurveyProblem("This survey round has not opened yet.", "round-not-open")
    : new SurveyProblem("This survey round is closed: it takes no more answers.", "round-closed");
}

export const unknownCode = () => new Problem(404, "No survey has this code. Check it against your slip.");
