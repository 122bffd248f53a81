import { type FieldError, Problem, type ProblemBody } from "../../lib/problem.ts";

/** Why a workshop request was refused, as a machine code the SPA and the phones translate. */
export type WorkshopRefusal =
  | "collecting-ended"
  | "workshop-full"
  | "phone-limit"
  | "session-closed"
  | "session-full"
  | "key-reused"
  | "statement-in-use"
  | "statement-hidden"
  | "short-list-full"
  | "short-list-short";

/**
 * A workshop problem with a machine-readable `reason` (an RFC 9457 extension member, as the
 * survey's), so that a phone can say "collecting has ended" rather than "the code does not work".
 */
export class WorkshopProblem extends Problem {
  constructor(
    status: number,
    readonly reason: WorkshopRefusal,
    detail: string,
    errors?: FieldError[],
  ) {
    super(status, detail, errors);
  }

  override body(): ProblemBody & { reason: WorkshopRefusal } {
    return { ...super.body(), reason: this.reason };
  }
}
