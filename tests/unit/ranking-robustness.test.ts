import { describe, expect, it } from "vitest";
import {
  MIN_BALLOTS_FOR_ROBUSTNESS,
  monotoneByRank,
  rankBallots,
  robustnessOf,
} from "../../shared/ranking/index.ts";

describe("monotoneByRank", () => {
  it("pools values that rise with rank and leaves falling ones alone", () => {
    expect(monotoneByRank([1, 0.9, 0.5, 0.03, 0.04, 0])).toEqual([1, 0.9, 0.5, 0.035, 0.035, 0]);
    expect(monotoneByRank([0.2, 0.4, 0.9])).toEqual([0.5, 0.5, 0.5]);
    expect(monotoneByRank([])).toEqual([]);
  });
});

describe("robustnessOf", () => {
  it("says nothing from a handful of ballots, words at the ends, a percentage between", () => {
    expect(robustnessOf(1, 8)).toEqual({ kind: "too-few", needed: MIN_BALLOTS_FOR_ROBUSTNESS });
    expect(robustnessOf(1, 40)).toEqual({ kind: "almost-certain" });
    expect(robustnessOf(0.01, 40)).toEqual({ kind: "hardly" });
    expect(robustnessOf(0.5, 40)).toEqual({ kind: "percent", percent: 50 });
    expect(robustnessOf(0.945, 40)).toEqual({ kind: "percent", percent: 94 });
  });
});

describe("rankBallots", () => {
  it("gives chances that never rise as the rank falls", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g"];
    const ballots = Array.from({ length: 9 }, (_, n) => ({
      kind: "rank" as const,
      ranking: [...ids.slice(n % 7), ...ids.slice(0, n % 7)],
    }));
    const r = rankBallots([{ mode: "rank", statementIds: ids, ballots }], { seed: "x" });
    const chances = r.statements.map((s) => s.pTop3);
    for (let i = 1; i < chances.length; i++) expect(chances[i]).toBeLessThanOrEqual(chances[i - 1] as number);
  });
});
