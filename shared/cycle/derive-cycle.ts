/**
 * The cycle guide's logic, kept apart from the queries so that it reads as the rules it is: which
 * checks make up each of the six steps, when a step is done, and what to do next.
 */
import type { CentreCycle, CycleCheck, CycleCheckKey, CycleStep, CycleStepKey } from "../schemas/cycle.ts";
import type { CentreRef } from "../schemas/seminar.ts";

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
  /**
   * Which of the workshop's top statements each plan takes up (1 = the first), null where the plan
   * names none.
   */
  planPriorities: (number | null)[];
  firstPlanAt: string | null;
}

/** The action-plan step asks for a plan for each of the top three statements. */
export const PLANS_ASKED = 3;

/**
 * How many of the top three places have a plan: each of priorities 1–3 once, however many plans
 * take it up; a plan that names no priority fills one open place (it is a plan for some statement),
 * while a fourth or a repeated priority fills none.
 */
export function topPlacesCovered(priorities: (number | null)[]): number {
  const named = new Set(priorities.filter((p): p is number => p !== null && p >= 1 && p <= PLANS_ASKED));
  const unnamed = priorities.filter((p) => p === null).length;
  return Math.min(PLANS_ASKED, named.size + unnamed);
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
    asked: number | null = null,
  ): CycleCheck => ({ key, done: isDone, on: isDone ? on : null, count, asked, actor, href });
  const planPlaces = topPlacesCovered(f.planPriorities);

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
      [
        check(
          "plans-written",
          planPlaces >= PLANS_ASKED,
          "facilitator",
          `${c}/plans`,
          f.firstPlanAt,
          planPlaces,
          PLANS_ASKED,
        ),
      ],
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
    status: checks.every((x) => x.done)
      ? "done"
      : checks.some((x) => x.done || (x.count ?? 0) > 0)
        ? "in-progress"
        : "to-do",
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
 * nothing. The coordinator's checks (rounds closed and published) do not move the centre on. When
 * that check is the coordinator's, the centre is only waiting; so if it left a gap of its own
 * before it that it can fill now (no coordinator's check before it in its step still open), that
 * gap is the next thing instead, and otherwise the coordinator's earliest open check.
 */
function nextThing(steps: CycleStep[]): CentreCycle["next"] {
  const flat = steps.flatMap((s) =>
    s.checks.map((c, j) => ({
      step: s.key,
      c,
      blocked: s.checks.slice(0, j).some((b) => b.actor === "coordinator" && !b.done),
    })),
  );
  let lastDone = -1;
  flat.forEach((x, i) => {
    if (x.c.done && x.c.actor === "facilitator") lastDone = i;
  });
  const at = flat.findIndex((x, i) => i > lastDone && !x.c.done);
  const pickAt = at >= 0 ? at : flat.findIndex((x) => !x.c.done);
  if (pickAt < 0) return null;
  const waiting = flat[pickAt].c.actor === "coordinator";
  const open = (i: number, x: (typeof flat)[number]) => i <= pickAt && !x.c.done;
  // Waiting, with no gap of its own: the coordinator's earliest open check is what holds it up.
  const pick = waiting
    ? (flat.find((x, i) => open(i, x) && x.c.actor === "facilitator" && !x.blocked) ??
      flat.find((x, i) => open(i, x) && x.c.actor === "coordinator") ??
      flat[pickAt])
    : flat[pickAt];
  return { step: pick.step, check: pick.c.key, actor: pick.c.actor, href: pick.c.href };
}

const roundSummary = (r: CycleRound) => ({
  id: r.id,
  label: r.label,
  status: r.status,
  opensOn: r.opensOn,
  closesOn: r.closesOn,
});
