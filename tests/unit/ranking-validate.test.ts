import { describe, expect, it } from "vitest";
import {
  mulberry32,
  parseStoredBallot,
  placesToRank,
  shuffledPairs,
  storedBallot,
  validateBallot,
} from "../../shared/ranking/index.ts";

const ids = ["a", "b", "c", "d"];
const rank = { mode: "rank" as const, statementIds: ids, topN: null };
const top2 = { ...rank, topN: 2 };
const pairwise = { mode: "pairwise" as const, statementIds: ids, topN: null };
const paths = (r: ReturnType<typeof validateBallot>) => (r.ok ? [] : r.errors.map((e) => e.path));

describe("validateBallot", () => {
  it("accepts a full ranking, or exactly the top N in a top-N session", () => {
    expect(validateBallot({ ranking: ["d", "c", "b", "a"] }, rank)).toEqual({
      ok: true,
      ballot: { kind: "rank", ranking: ["d", "c", "b", "a"] },
    });
    expect(validateBallot({ ranking: ["b", "a"] }, top2).ok).toBe(true);
    expect(placesToRank(top2)).toBe(2);
    expect(placesToRank({ ...rank, topN: 9 })).toBe(4);
  });

  it("names what is wrong with a ranking", () => {
    expect(paths(validateBallot({ ranking: ["a", "a", "b", "c"] }, rank))).toEqual(["ranking.1"]);
    expect(paths(validateBallot({ ranking: ["a", "x", "b", "c"] }, rank))).toEqual(["ranking.1"]);
    expect(paths(validateBallot({ ranking: ["a", "b", "c"] }, rank))).toEqual(["ranking"]);
    expect(paths(validateBallot({ ranking: ["a", "b", "c"] }, top2))).toEqual(["ranking"]);
    expect(paths(validateBallot({}, rank))).toEqual(["ranking"]);
    expect(paths(validateBallot({ comparisons: [{ winner: "a", loser: "b" }] }, rank))).toEqual([
      "comparisons",
      "ranking",
    ]);
  });

  it("accepts pairwise choices with pairs skipped", () => {
    const r = validateBallot(
      {
        comparisons: [
          { winner: "a", loser: "b" },
          { winner: "d", loser: "c" },
        ],
      },
      pairwise,
    );
    expect(r.ok && r.ballot.kind).toBe("pairwise");
  });

  it("names what is wrong with pairwise choices", () => {
    expect(paths(validateBallot({ comparisons: [{ winner: "a", loser: "a" }] }, pairwise))).toEqual([
      "comparisons.0.loser",
    ]);
    expect(
      paths(
        validateBallot(
          {
            comparisons: [
              { winner: "a", loser: "b" },
              { winner: "b", loser: "a" },
            ],
          },
          pairwise,
        ),
      ),
    ).toEqual(["comparisons.1"]);
    expect(paths(validateBallot({ comparisons: [{ winner: "x", loser: "y" }] }, pairwise))).toEqual([
      "comparisons.0.winner",
      "comparisons.0.loser",
    ]);
    expect(paths(validateBallot({ comparisons: [] }, pairwise))).toEqual(["comparisons"]);
    expect(paths(validateBallot({ ranking: ids }, pairwise))).toEqual(["ranking", "comparisons"]);
  });
});

describe("shuffledPairs", () => {
  it("shows all 21 pairs of 7 statements once, in an order that depends on the seed", () => {
    const seven = ["1", "2", "3", "4", "5", "6", "7"];
    const a = shuffledPairs(mulberry32(1), seven);
    expect(a).toHaveLength(21);
    expect(new Set(a.map(([x, y]) => [x, y].sort().join("-"))).size).toBe(21);
    expect(a).toEqual(shuffledPairs(mulberry32(1), seven));
    expect(a).not.toEqual(shuffledPairs(mulberry32(2), seven));
  });
});

describe("stored ballots", () => {
  it("round-trip through the payload column's form", () => {
    const rank = { kind: "rank" as const, ranking: ["b", "a"] };
    const pairwise = { kind: "pairwise" as const, comparisons: [{ winner: "a", loser: "b" }] };
    expect(storedBallot(rank)).toBe('["b","a"]');
    expect(parseStoredBallot("rank", storedBallot(rank))).toEqual(rank);
    expect(parseStoredBallot("pairwise", storedBallot(pairwise))).toEqual(pairwise);
  });
});
