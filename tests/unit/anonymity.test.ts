import { describe, expect, it } from "vitest";
import type { AggregateRow } from "../../shared/scoring/aggregate-row.ts";
import { assertMinGroupSize, hiddenTeams, visibilityOf } from "../../shared/scoring/anonymity.ts";

const teams = (...ns: number[]) => ns.map((n, i) => ({ team: String.fromCharCode(65 + i), n }));
const hidden = (centreN: number, ns: number[], min = 5) =>
  [...hiddenTeams(centreN, teams(...ns), min)].sort();

describe("hiddenTeams", () => {
  it("shows every team at or above the minimum when nothing small is left over", () => {
    expect(hidden(30, [10, 10, 10])).toEqual([]);
  });

  it("hides a small team and, when it alone could be worked out, the next smallest too", () => {
    // 14 = 10 + 4: the centre minus A would give B's figure.
    expect(hidden(14, [10, 4])).toEqual(["A", "B"]);
    // 21 = 10 + 7 + 4: hiding C alone exposes it; hiding B as well leaves 11 people unshown.
    expect(hidden(21, [10, 7, 4])).toEqual(["B", "C"]);
  });

  it("counts respondents in no team as a group of their own", () => {
    // Two people without a team would be exposed by subtraction: hide the smallest team (A by id).
    expect(hidden(22, [10, 10])).toEqual(["A"]);
    // B (4) and one person without a team are hidden together: 5 people, enough.
    expect(hidden(15, [10, 4])).toEqual(["B"]);
  });

  it("hides every team of a centre under the minimum", () => {
    expect(hidden(4, [2, 2])).toEqual(["A", "B"]);
  });

  it("uses the network's minimum, which may be 3", () => {
    expect(hidden(7, [4, 3], 3)).toEqual([]);
    expect(hidden(7, [4, 3], 4)).toEqual(["A", "B"]);
  });
});

describe("assertMinGroupSize", () => {
  it("refuses a minimum under 3", () => {
    expect(() => assertMinGroupSize(2)).toThrow(RangeError);
    expect(() => assertMinGroupSize(4.5)).toThrow(RangeError);
    expect(() => assertMinGroupSize(3)).not.toThrow();
  });
});

describe("visibilityOf", () => {
  const row = (
    level: AggregateRow["level"],
    centre: string | null,
    team: string | null,
    n: number,
  ): AggregateRow => ({
    level,
    centre,
    team,
    metric: "scale",
    key: "stress",
    n,
    mean: 50,
    sd: 10,
    ciLow: 40,
    ciHigh: 60,
  });
  const rows = [
    row("network", null, null, 40),
    row("centre", "c1", null, 14),
    row("team", "c1", "t1", 10),
    row("team", "c1", "t2", 4),
    row("centre", "c2", null, 26),
    row("team", "c2", "t3", 26),
    { ...row("team", "c1", "t2", 4), metric: "count" as const, key: "respondents", mean: null },
  ];
  const visible = visibilityOf(rows, 5);

  it("never shows the raw network row, and always shows counts", () => {
    expect(visible(rows[0] as AggregateRow)).toBe(false);
    expect(visible(rows[6] as AggregateRow)).toBe(true);
  });

  it("applies complementary suppression per centre and key", () => {
    expect(rows.slice(1, 6).map(visible)).toEqual([true, false, false, true, true]);
  });
});
