import { describe, expect, it } from "vitest";
import { type CycleFacts, deriveCycle, topPlacesCovered } from "../../shared/cycle/derive-cycle.ts";

const round = (status: CycleFacts["round"]["status"], id = "r1") => ({
  id,
  label: id,
  status,
  opensOn: "2031-03-01",
  closesOn: "2031-03-31",
  closedAt: status === "closed" || status === "published" ? "2031-04-01T00:00:00.000Z" : null,
  publishedAt: status === "published" ? "2031-04-02T00:00:00.000Z" : null,
});

/** A centre with nothing done yet in an open round; each test says what differs. */
const facts = (over: Partial<CycleFacts> = {}): CycleFacts => ({
  networkId: "n1",
  centre: { id: "c1", name: "Centre", pseudonym: "C01" },
  round: round("open"),
  nextRound: null,
  meetingOn: null,
  nextMeetingOn: null,
  seminarOn: null,
  workshopsWithStatements: 0,
  firstStatementAt: null,
  workshopsPrioritised: 0,
  prioritisedAt: null,
  plans: 0,
  planPriorities: [],
  firstPlanAt: null,
  ...over,
});

const planned = (priorities: (number | null)[]): Partial<CycleFacts> => ({
  plans: priorities.length,
  planPriorities: priorities,
  firstPlanAt: priorities.length ? "2031-11-01T00:00:00.000Z" : null,
});

/** Results published, meeting held, workshops run and prioritised. */
const throughWorkshops: Partial<CycleFacts> = {
  round: round("published"),
  meetingOn: "2031-04-10",
  workshopsWithStatements: 1,
  firstStatementAt: "2031-05-01T00:00:00.000Z",
  workshopsPrioritised: 1,
  prioritisedAt: "2031-05-02T00:00:00.000Z",
};

const step = (f: CycleFacts, key: string) => deriveCycle(f).steps.find((s) => s.key === key);

describe("the top three places covered by plans", () => {
  it("counts each of priorities 1–3 once, and a plan naming none as one place", () => {
    expect(topPlacesCovered([])).toBe(0);
    expect(topPlacesCovered([1])).toBe(1);
    expect(topPlacesCovered([1, 1, 1])).toBe(1);
    expect(topPlacesCovered([1, 2, 3])).toBe(3);
    expect(topPlacesCovered([1, 4, 5])).toBe(1);
    expect(topPlacesCovered([null])).toBe(1);
    expect(topPlacesCovered([2, null, null])).toBe(3);
    expect(topPlacesCovered([1, 2, 3, null, 2])).toBe(3);
  });
});

describe("the action-plan step asks for the top three", () => {
  it("is in progress, not done, after one plan", () => {
    const f = facts({ ...throughWorkshops, seminarOn: "2031-10-09", ...planned([1]) });
    const s = step(f, "action-plans");
    expect(s?.status).toBe("in-progress");
    expect(s?.checks[0]).toMatchObject({ key: "plans-written", done: false, count: 1, asked: 3, on: null });
    expect(deriveCycle(f).next).toMatchObject({ step: "action-plans", check: "plans-written" });
  });

  it("is still not done when three plans take up the same statement", () => {
    const s = step(facts({ ...throughWorkshops, ...planned([1, 1, 1]) }), "action-plans");
    expect(s?.status).toBe("in-progress");
    expect(s?.checks[0].count).toBe(1);
  });

  it("is done once each of the top three has a plan, dated by the first", () => {
    const s = step(facts({ ...throughWorkshops, ...planned([3, 1, 2]) }), "action-plans");
    expect(s?.status).toBe("done");
    expect(s?.checks[0]).toMatchObject({ done: true, count: 3, on: "2031-11-01T00:00:00.000Z" });
  });

  it("is to do with no plan", () => {
    expect(step(facts(throughWorkshops), "action-plans")?.status).toBe("to-do");
  });
});

describe("the next step", () => {
  it("waits for the coordinator while the round is open and the centre has nothing to do", () => {
    expect(deriveCycle(facts()).next).toMatchObject({ check: "round-closed", actor: "coordinator" });
  });

  it("waits for the report before the results meeting", () => {
    const next = deriveCycle(facts({ round: round("closed") })).next;
    expect(next).toMatchObject({ check: "report-published", actor: "coordinator" });
  });

  it("points at the seminar the centre skipped, not at the coordinator's next round", () => {
    const f = facts({
      ...throughWorkshops,
      nextRound: { ...round("open", "r2"), opensOn: "2032-03-01" },
      ...planned([1, 2, 3]),
    });
    expect(deriveCycle(f).next).toMatchObject({
      step: "seminar",
      check: "seminar-attended",
      actor: "facilitator",
      href: "/networks/n1/seminars",
    });
  });

  it("points at the seminar the centre skipped while it waits for the next round's report", () => {
    const f = facts({ ...throughWorkshops, ...planned([null, null, null]) });
    expect(deriveCycle(f).next).toMatchObject({ check: "seminar-attended" });
  });

  it("waits for the coordinator when the centre has no gap left", () => {
    const f = facts({ ...throughWorkshops, seminarOn: "2031-10-09", ...planned([1, 2, 3]) });
    expect(deriveCycle(f).next).toMatchObject({ check: "next-round-published", actor: "coordinator" });
  });

  it("does not point at a gap that waits for the coordinator's check in its step, but at that check", () => {
    // Workshops and plans ahead of the report: the results meeting needs the report first.
    const f = facts({
      ...throughWorkshops,
      round: round("closed"),
      meetingOn: null,
      seminarOn: "2031-10-09",
      ...planned([1, 2, 3]),
    });
    expect(deriveCycle(f).next).toMatchObject({ check: "report-published", actor: "coordinator" });
  });

  it("moves on past a gap to the centre's own next check", () => {
    const f = facts({ ...throughWorkshops, ...planned([1]) });
    expect(deriveCycle(f).next).toMatchObject({ check: "plans-written" });
  });

  it("is null when the whole cycle is done", () => {
    const f = facts({
      ...throughWorkshops,
      seminarOn: "2031-10-09",
      ...planned([1, 2, 3]),
      nextRound: { ...round("published", "r2"), opensOn: "2032-03-01" },
      nextMeetingOn: "2032-04-20",
    });
    const c = deriveCycle(f);
    expect(c.next).toBeNull();
    expect(c.stepsDone).toBe(6);
  });
});
