/**
 * The cycle guide's logic, kept apart from the queries so that it reads as the rules it is: which
 * checks make up each of the six steps, when a step is done, and what to do next.
 */
import type {
  CentreCycle,
  CycleCheck,
  CycleCheckKey,
  CycleStep,
  CycleStepKey,
} from "../../../shared/schemas/cycle.ts";
import type { CentreRef } from "../../../shared/schemas/seminar.ts";

export interface CycleRound {
  id: string;
  label: string;
  status: "draft" | "open" | "closed" | "published";
  opensOn: string;
  closesOn: string;
  closedAt: string | null;
  publishedAt: string | null;
}

/** What the data says about one centre in one round's cycle. */
export interface CycleFacts {
  networkId: string;
  centre: CentreRef;
  round: CycleRound;
  /** The centre's next round: its results are this cycle's follow-up. */
  nextRound: CycleRound | null;
  /** The earliest results meeting of this round, and of the next. */
  meetingOn: string | null;
  nextMeetingOn: string | null;
  /** The first seminar the centre took part in during the cycle. */
  seminarOn: string | null;
  workshopsWithStatements: number;
  firstStatementAt: string | null;
  workshopsPrioritised: number;
  prioritisedAt: string | null;
  plans: number;
  firstPlanAt: string | null;
}

const done = (status: string) => status === "closed" || status === "published";

export function deriveCycle(f: CycleFacts): CentreCycle {
  const c = `/centres/${f.centre.id}`;
  const r = `${c}/rounds/${f.round.id}`;
  const next = f.nextRound ? `${c}/rounds/${f.nextRound.id}` : null;
  const check = (
    key: CycleCheckKey,
    isDone: boolean,
    actor: CycleCheck["actor"],
    href: string,
    on: string | null = null,
    count: number | null = null,
  ): CycleCheck => ({ key, done: isDone, on: isDone ? on : null, count, actor, href });

  const steps: [CycleStepKey, CycleCheck[]][] = [
    [
      "survey",
      [
        check(
          "round-closed",
          done(f.round.status),
          "coordinator",
          `/networks/${f.networkId}/rounds`,
          f.round.closedAt,
        ),
      ],
    ],
    [
      "results",
      [
        check(
          "report-published",
          f.round.status === "published",
          "coordinator",
          `/rounds/${f.round.id}/report/${f.centre.id}`,
          f.round.publishedAt,
        ),
        check(
          "results-meeting-held",
          f.meetingOn !== null,
          "facilitator",
          `${r}/results-meeting`,
          f.meetingOn,
        ),
      ],
    ],
    [
      "seminar",
      [
        check(
          "seminar-attended",
          f.seminarOn !== null,
          "facilitator",
          `/networks/${f.networkId}/seminars`,
          f.seminarOn,
        ),
      ],
    ],
    [
      "workshops",
      [
        check(
          "statements-collected",
          f.workshopsWithStatements > 0,
          "facilitator",
          `${c}/workshops`,
          f.firstStatementAt,
          f.workshopsWithStatements,
        ),
        check(
          "priorities-set",
          f.workshopsPrioritised > 0,
          "facilitator",
          `${c}/workshops`,
          f.prioritisedAt,
          f.workshopsPrioritised,
        ),
      ],
    ],
    [
      "action-plans",
      [check("plans-written", f.plans > 0, "facilitator", `${c}/plans`, f.firstPlanAt, f.plans)],
    ],
    [
      "follow-up",
      [
        check(
          "next-round-published",
          f.nextRound?.status === "published",
          "coordinator",
          f.nextRound ? `/rounds/${f.nextRound.id}/report/${f.centre.id}` : `/networks/${f.networkId}/rounds`,
          f.nextRound?.publishedAt ?? null,
        ),
        check(
          "follow-up-reviewed",
          f.nextMeetingOn !== null,
          "facilitator",
          next ? `${next}/results-meeting` : `${c}/plans`,
          f.nextMeetingOn,
        ),
      ],
    ],
  ];

  const shaped: CycleStep[] = steps.map(([key, checks], i) => ({
    key,
    number: i + 1,
    status: checks.every((x) => x.done) ? "done" : checks.some((x) => x.done) ? "in-progress" : "to-do",
    checks,
  }));
  return {
    centre: f.centre,
    round: roundSummary(f.round),
    nextRound: f.nextRound ? roundSummary(f.nextRound) : null,
    steps: shaped,
    stepsDone: shaped.filter((s) => s.status === "done").length,
    next: nextThing(shaped),
  };
}

/**
 * The next thing to do: the first open check after the furthest one the centre itself has done (it
 * has moved on past a gap it left, such as a seminar it did not attend), else the first gap, else
 * nothing. The coordinator's checks (rounds closed and published) do not move the centre on.
 */
function nextThing(steps: CycleStep[]): CentreCycle["next"] {
  const flat = steps.flatMap((s) => s.checks.map((c) => ({ step: s.key, c })));
  let lastDone = -1;
  flat.forEach((x, i) => {
    if (x.c.done && x.c.actor === "facilitator") lastDone = i;
  });
  const pick = flat.find((x, i) => i > lastDone && !x.c.done) ?? flat.find((x) => !x.c.done);
  return pick ? { step: pick.step, check: pick.c.key, actor: pick.c.actor, href: pick.c.href } : null;
}

const roundSummary = (r: CycleRound) => ({
  id: r.id,
  label: r.label,
  status: r.status,
  opensOn: r.opensOn,
  closesOn: r.closesOn,
});
