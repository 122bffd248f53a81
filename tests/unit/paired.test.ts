import { describe, expect, it } from "vitest";
import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { pairedChanges } from "../../shared/scoring/paired.ts";
import { pairedTTest } from "../../shared/scoring/stats/hypothesis-tests.ts";
import { concat, pack } from "./helpers.ts";

// general health, one item: code 1..5 scores 100, 75, 50, 25, 0.
const health = (codes: number[]) => concat(codes.map((gh1) => pack({ gh1 })));

describe("pairedChanges", () => {
  it("tests the change of the respondents whose panel codes link the two rounds", () => {
    const previous = { packed: health([3, 4, 2, 5, 3, 4, 1]), panel: ["a", "b", "c", "d", "e", "f", null] };
    // "g" answered only now; "a"..."f" answered in both, in another order.
    const current = { packed: health([2, 3, 2, 4, 2, 3, 1]), panel: ["f", "a", "c", "d", "b", "e", "g"] };
    const result = pairedChanges(def, previous, current, 5);
    // Pairs (before → after): a 50→50, b 25→75, c 75→75, d 0→25, e 50→50, f 25→75.
    const expected = pairedTTest([0, 50, 0, 25, 0, 50]);
    expect(result["general-health"]).toEqual({
      n: 6,
      p: expect.closeTo(expected?.p as number, 12),
      dz: expect.closeTo(expected?.dz as number, 12),
    });
  });

  it("links nothing through a code used twice in a round, and gives null under the minimum", () => {
    const previous = { packed: health([3, 4, 2, 5, 3, 4]), panel: ["a", "b", "c", "d", "e", "e"] };
    const current = { packed: health([2, 3, 2, 4, 2, 3]), panel: ["a", "b", "c", "d", "e", "f"] };
    expect(pairedChanges(def, previous, current, 5)["general-health"]).toBeNull(); // 4 pairs
    expect(pairedChanges(def, previous, current, 3)["general-health"]).toMatchObject({ n: 4 });
  });

  it("gives null for a scale nobody answered", () => {
    const rows = { packed: health([3, 3, 3, 3, 3]), panel: ["a", "b", "c", "d", "e"] };
    expect(pairedChanges(def, rows, rows, 3).stress).toBeNull();
  });
});
