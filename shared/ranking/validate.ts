import type { FieldErrorCode } from "../schemas/field-error-code.ts";
/**
 * Whether a ballot fits its session: the right form, statements from the session's list, no
 * statement twice, no pair twice, nobody beating themselves. The API refuses a ballot that does
 * not (422, naming the field); the participant's page checks the same before sending.
 */
import type { Ballot } from "./types.ts";

export interface BallotInput {
  ranking?: readonly string[];
  comparisons?: readonly { winner: string; loser: string }[];
}

export interface SessionForm {
  mode: "rank" | "pairwise";
  statementIds: readonly string[];
  /** Rank mode: how many places a ballot fills; null = all statements. */
  topN: number | null;
}

export interface BallotIssue {
  path: string;
  message: string;
  /** What is wrong, for the SPA to say in the reader's language (see shared/schemas/field-error-code.ts). */
  code: FieldErrorCode;
}

export type BallotCheck = { ok: true; ballot: Ballot } | { ok: false; errors: BallotIssue[] };

/** Places a rank ballot must fill in a session. */
export const placesToRank = (s: SessionForm) =>
  s.topN === null ? s.statementIds.length : Math.min(s.topN, s.statementIds.length);

export function validateBallot(input: BallotInput, session: SessionForm): BallotCheck {
  const errors: BallotIssue[] = [];
  const known = new Set(session.statementIds);
  if (session.mode === "rank") {
    if (input.comparisons !== undefined)
      errors.push({
        code: "invalid",
        path: "comparisons",
        message: "This session takes a ranking, not comparisons.",
      });
    if (input.ranking === undefined) {
      errors.push({
        code: "required",
        path: "ranking",
        message: "Give the statements in order, the most important first.",
      });
      return { ok: false, errors };
    }
    const places = placesToRank(session);
    if (input.ranking.length !== places)
      errors.push({
        path: "ranking",
        code: "invalid",
        message:
          places === session.statementIds.length
            ? `Rank all ${places} statements.`
            : `Rank exactly ${places} statements (the top ${places}).`,
      });
    const seen = new Set<string>();
    input.ranking.forEach((id, i) => {
      if (!known.has(id))
        errors.push({ code: "unknown", path: `ranking.${i}`, message: "Not a statement of this session." });
      else if (seen.has(id))
        errors.push({ code: "duplicate", path: `ranking.${i}`, message: "Listed twice." });
      seen.add(id);
    });
    return errors.length
      ? { ok: false, errors }
      : { ok: true, ballot: { kind: "rank", ranking: [...input.ranking] } };
  }

  if (input.ranking !== undefined)
    errors.push({
      path: "ranking",
      code: "invalid",
      message: "This session compares pairs; send comparisons, not a ranking.",
    });
  if (input.comparisons === undefined) {
    errors.push({
      code: "required",
      path: "comparisons",
      message: "Give the choices made, as winner and loser of each pair.",
    });
    return { ok: false, errors };
  }
  if (input.comparisons.length === 0)
    errors.push({
      path: "comparisons",
      code: "required",
      message: "Make at least one choice (pairs may be skipped, not all).",
    });
  const pairs = new Set<string>();
  input.comparisons.forEach((c, i) => {
    let fine = true;
    for (const side of ["winner", "loser"] as const)
      if (!known.has(c[side])) {
        errors.push({
          code: "unknown",
          path: `comparisons.${i}.${side}`,
          message: "Not a statement of this session.",
        });
        fine = false;
      }
    if (!fine) return;
    if (c.winner === c.loser) {
      errors.push({
        path: `comparisons.${i}.loser`,
        code: "invalid",
        message: "A statement cannot be compared with itself.",
      });
      return;
    }
    const pair = c.winner < c.loser ? `${c.winner}\u0000${c.loser}` : `${c.loser}\u0000${c.winner}`;
    if (pairs.has(pair))
      errors.push({
        path: `comparisons.${i}`,
        code: "duplicate",
        message: "This pair was already compared.",
      });
    pairs.add(pair);
  });
  return errors.length
    ? { ok: false, errors }
    : {
        ok: true,
        ballot: {
          kind: "pairwise",
          comparisons: input.comparisons.map((c) => ({ winner: c.winner, loser: c.loser })),
        },
      };
}
