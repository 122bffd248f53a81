import { describe, expect, it } from "vitest";
import {
  type Ballot,
  bordaScores,
  bradleyTerryScores,
  copelandScores,
  fitBradleyTerry,
  mulberry32,
  prepare,
  rankBallots,
  ranksOf,
  simulatePairwiseBallot,
  simulateRankBallot,
  topShares,
  winMatrix,
} from "../../shared/ranking/index.ts";

const rank = (...ranking: string[]): Ballot => ({ kind: "rank", ranking });
const pairs = (...wl: string[]): Ballot => ({
  kind: "pairwise",
  comparisons: wl.map((s) => ({ winner: s[0] as string, loser: s[2] as string })),
});
const byId = (r: ReturnType<typeof rankBallots>) => Object.fromEntries(r.statements.map((s) => [s.id, s]));

describe("Borda with partial rankings", () => {
  // Four statements, three ballots: a full ranking, a top two and a top one. A statement in
  // place p gets 3 − p points; the unranked share the points of the places left.
  const session = {
    statementIds: ["A", "B", "C", "D"],
    ballots: [rank("A", "B", "C", "D"), rank("B", "A"), rank("C")],
  };

  it("gives each statement its mean share of the points, 0–100", () => {
    // A: 3, 2, 1 of 3 → 2/3; B: 2, 3, 1 → 2/3; C: 1, ½, 3 → ½; D: 0, ½, 1 → 1/6.
    const scores = bordaScores(prepare([session]));
    expect([...scores].map((s) => +s.toFixed(4))).toEqual([66.6667, 66.6667, 50, 16.6667]);
  });

  it("reports the tie at the top as a tie", () => {
    const r = rankBallots([session], { resamples: 0 });
    expect(r.method).toBe("borda");
    expect(r.statements.map((s) => [s.id, s.rank, s.tied])).toEqual([
      ["A", 1, true],
      ["B", 1, true],
      ["C", 3, false],
      ["D", 4, false],
    ]);
  });

  it("scores 100 for a statement every ballot puts first and 0 for one always last", () => {
    const r = rankBallots([
      { statementIds: ["A", "B", "C"], ballots: [rank("A", "B", "C"), rank("A", "C", "B")] },
    ]);
    expect(byId(r).A?.score).toBe(100);
    expect(byId(r).B?.score).toBe(25);
    expect(byId(r).C?.score).toBe(25);
  });
});

describe("Copeland", () => {
  // Head to head: A–B 2:1, A–C 1:1, A–D 1:0, B–C 2:0, C–D 1:1, B–D never compared.
  const p = prepare([
    {
      statementIds: ["A", "B", "C", "D"],
      ballots: [pairs("A>B", "A>C", "A>D", "B>C"), pairs("A>B", "C>A", "B>C", "C>D"), pairs("B>A", "D>C")],
    },
  ]);

  it("counts head-to-head wins, a draw or a pair never compared as half", () => {
    const scores = copelandScores(p.k, winMatrix(p));
    expect([...scores].map((s) => +s.toFixed(2))).toEqual([83.33, 50, 33.33, 33.33]);
  });

  it("appears beside the Bradley–Terry score in a pairwise ranking", () => {
    // A beats B (1) and never met C (½): 1.5 of 2.
    const r = rankBallots([{ statementIds: ["A", "B", "C"], ballots: [pairs("A>B"), pairs("A>B", "B>C")] }]);
    expect(r.method).toBe("bradley-terry");
    expect(byId(r).A?.copeland).toBe(75);
  });
});

describe("Bradley–Terry fit (MM)", () => {
  it("matches the hand-solved fit of two statements: 3 wins to 1 gives 75 and 25", () => {
    const p = prepare([
      { statementIds: ["A", "B"], ballots: [pairs("A>B"), pairs("A>B"), pairs("A>B"), pairs("B>A")] },
    ]);
    const pi = fitBradleyTerry(p.k, winMatrix(p), { prior: 0 });
    expect((pi[0] as number) / (pi[1] as number)).toBeCloseTo(3, 8);
    expect([...bradleyTerryScores(pi)].map((s) => +s.toFixed(6))).toEqual([75, 25]);
  });

  it("matches the hand-solved fit of three: A 2:1 over B and C, B–C 1:1 → A 66.67, B = C 41.67 (tied)", () => {
    // Likelihood equations: A's 4 wins = 3·πA/(πA+πB) + 3·πA/(πA+πC); by symmetry πB = πC, so
    // πA/(πA+πB) = 2/3 (πA = 2πB); B's score is (1/3 + 1/2)/2 = 5/12.
    const p = prepare([
      {
        statementIds: ["A", "B", "C"],
        ballots: [pairs("A>B", "A>C"), pairs("A>B", "A>C"), pairs("B>A", "C>A"), pairs("B>C"), pairs("C>B")],
      },
    ]);
    const pi = fitBradleyTerry(p.k, winMatrix(p), { prior: 0 });
    expect((pi[0] as number) / (pi[1] as number)).toBeCloseTo(2, 8);
    const scores = bradleyTerryScores(pi);
    expect(scores[0]).toBeCloseTo(200 / 3, 6);
    expect(scores[1]).toBeCloseTo(125 / 3, 6);
    const r = rankBallots([{ statementIds: p.ids, ballots: [] }], { prior: 0, resamples: 0 });
    expect(r.statements.every((s) => s.tied)).toBe(true); // no ballots: all level
    const ranked = ranksOf(scores);
    expect(ranked.rank).toEqual([1, 2, 2]);
  });

  it("matches the hand-solved fit with the prior: one win of A over B counts as 1.5 to 0.5 → 75 and 25", () => {
    // The prior adds one virtual game to every pair, half won by each side.
    const p = prepare([{ statementIds: ["A", "B"], ballots: [pairs("A>B")] }]);
    const pi = fitBradleyTerry(p.k, winMatrix(p), { prior: 1 });
    expect(pi[0]).toBeCloseTo(Math.sqrt(3), 8); // strengths scaled to a geometric mean of 1
    expect(pi[1]).toBeCloseTo(1 / Math.sqrt(3), 8);
    expect([...bradleyTerryScores(pi)].map((s) => +s.toFixed(6))).toEqual([75, 25]);
  });

  it("solves the likelihood equations: expected wins equal observed wins", () => {
    const rng = mulberry32(11);
    const strengths = { A: 5, B: 3, C: 2, D: 1, E: 0.5 };
    const ballots = Array.from({ length: 40 }, () => simulatePairwiseBallot(rng, strengths, 0.2));
    const p = prepare([{ statementIds: Object.keys(strengths), ballots }]);
    const wins = winMatrix(p);
    const pi = fitBradleyTerry(p.k, wins, { prior: 0 });
    for (let i = 0; i < p.k; i++) {
      let observed = 0;
      let expected = 0;
      for (let j = 0; j < p.k; j++) {
        if (i === j) continue;
        const games = (wins[i * p.k + j] as number) + (wins[j * p.k + i] as number);
        observed += wins[i * p.k + j] as number;
        expected += (games * (pi[i] as number)) / ((pi[i] as number) + (pi[j] as number));
      }
      expect(expected).toBeCloseTo(observed, 6);
    }
  });

  it("keeps an undefeated statement finite and first (the prior), never above 100", () => {
    const r = rankBallots([
      { statementIds: ["A", "B", "C"], ballots: [pairs("A>B", "A>C", "B>C"), pairs("A>B", "A>C", "C>B")] },
    ]);
    expect(r.statements[0]?.id).toBe("A");
    expect(r.statements[0]?.score).toBeLessThan(100);
    expect(r.statements[0]?.score).toBeGreaterThan(70);
    expect(r.statements[1]?.tied && r.statements[2]?.tied).toBe(true);
  });

  it("leaves a statement never compared at the middle (50 against equals)", () => {
    const r = rankBallots([{ statementIds: ["A", "B", "C"], ballots: [pairs("A>B"), pairs("B>A")] }], {
      resamples: 0,
    });
    for (const s of r.statements) expect(s.score).toBeCloseTo(50, 8);
    expect(r.statements.every((s) => s.rank === 1 && s.tied)).toBe(true);
  });
});

describe("ties", () => {
  it("share ranks (1, 2, 2, 4) and keep the listed order inside a tie", () => {
    expect(ranksOf([70, 90, 70, 10])).toEqual({
      order: [1, 0, 2, 3],
      rank: [2, 1, 2, 4],
      tied: [true, false, true, false],
    });
  });

  it("at the edge of the top three share the places left", () => {
    expect([...topShares([90, 80, 70, 70])]).toEqual([1, 1, 0.5, 0.5]);
    expect([...topShares([50, 50, 50, 50, 50, 50])]).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect([...topShares([9, 8])]).toEqual([1, 1]);
  });

  it("treat floating-point noise as equal", () => {
    expect(ranksOf([0.1 + 0.2, 0.3]).tied).toEqual([true, true]);
  });
});

describe("bootstrap of the top three", () => {
  const ids = ["s1", "s2", "s3", "s4", "s5", "s6", "s7"];
  const sum = (r: ReturnType<typeof rankBallots>) => r.statements.reduce((a, s) => a + s.pTop3, 0);

  it("is near certain about a clear top three (rank ballots)", () => {
    const rng = mulberry32(1);
    const strengths = { s1: 30, s2: 20, s3: 12, s4: 1, s5: 1, s6: 1, s7: 1 };
    const ballots = Array.from({ length: 40 }, () => simulateRankBallot(rng, strengths));
    const r = rankBallots([{ statementIds: ids, ballots }]);
    expect(r.statements.slice(0, 3).map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    for (const s of r.statements.slice(0, 3)) expect(s.pTop3).toBeGreaterThan(0.95);
    for (const s of r.statements.slice(3)) expect(s.pTop3).toBeLessThan(0.05);
    expect(r.topThreeStability).toBeGreaterThan(0.9);
    expect(sum(r)).toBeCloseTo(3, 9);
  });

  it("shows a coin toss where the room is split evenly", () => {
    // Every statement in every place equally often (rotations of one order, three times over):
    // all scores tie, and no statement is in the top three of most resamples.
    const ballots = Array.from({ length: 21 }, (_, b) =>
      rank(...ids.map((_, p) => ids[(p + b) % 7] as string)),
    );
    const r = rankBallots([{ statementIds: ids, ballots }]);
    expect(r.statements.every((s) => s.rank === 1 && s.tied && Math.abs(s.score - 50) < 1e-9)).toBe(true);
    for (const s of r.statements) {
      expect(s.pTop3).toBeGreaterThan(0.25);
      expect(s.pTop3).toBeLessThan(0.65);
    }
    expect(r.topThreeStability).toBeLessThan(0.2);
    expect(sum(r)).toBeCloseTo(3, 9);
  });

  it("is near certain about a clear top three from pairwise ballots, and split where it is not", () => {
    const rng = mulberry32(3);
    const clear = { s1: 20, s2: 12, s3: 8, s4: 1, s5: 1, s6: 1, s7: 1 };
    const ballots = Array.from({ length: 20 }, () => simulatePairwiseBallot(rng, clear, 0.1));
    const r = rankBallots([{ statementIds: ids, ballots }]);
    expect(r.method).toBe("bradley-terry");
    expect(new Set(r.statements.slice(0, 3).map((s) => s.id))).toEqual(new Set(["s1", "s2", "s3"]));
    for (const s of r.statements.slice(0, 3)) expect(s.pTop3).toBeGreaterThan(0.9);
    const flat = Object.fromEntries(ids.map((id) => [id, 1]));
    const split = rankBallots([
      {
        statementIds: ids,
        ballots: Array.from({ length: 12 }, () => simulatePairwiseBallot(rng, flat, 0.1)),
      },
    ]);
    expect(Math.max(...split.statements.map((s) => s.pTop3))).toBeLessThan(0.9);
  });

  it("gives the same figures for the same ballots and seed", () => {
    const rng = mulberry32(4);
    const ballots = Array.from({ length: 15 }, () => simulateRankBallot(rng, { s1: 3, s2: 2, s3: 2, s4: 1 }));
    const session = { statementIds: ["s1", "s2", "s3", "s4"], ballots };
    expect(rankBallots([session])).toEqual(rankBallots([session]));
    expect(rankBallots([session], { seed: 1 }).statements.map((s) => s.pTop3)).not.toEqual(
      rankBallots([session], { seed: 2 }).statements.map((s) => s.pTop3),
    );
  });

  it("draws fewer resamples when the ballots are many, never under 200", () => {
    const rng = mulberry32(5);
    const ballots = Array.from({ length: 3000 }, () =>
      simulateRankBallot(rng, { s1: 2, s2: 1, s3: 1, s4: 1 }),
    );
    const r = rankBallots([{ statementIds: ["s1", "s2", "s3", "s4"], ballots }], { workBudget: 1e6 });
    expect(r.resamples).toBe(200);
    expect(r.ballots).toBe(3000);
  });
});

describe("pooling sessions", () => {
  it("adds the ballots of several rank sessions into one Borda ranking", () => {
    const a = { statementIds: ["A", "B", "C"], ballots: [rank("A", "B", "C")] };
    const b = { statementIds: ["A", "B", "C"], ballots: [rank("B", "A", "C"), rank("B", "C", "A")] };
    const pooled = rankBallots([a, b], { resamples: 0 });
    const together = rankBallots([{ statementIds: a.statementIds, ballots: [...a.ballots, ...b.ballots] }], {
      resamples: 0,
    });
    expect(pooled.statements).toEqual(together.statements);
    expect(pooled.ballots).toBe(3);
    expect(pooled.statements[0]?.id).toBe("B");
  });

  it("counts a statement only on the ballots that listed it", () => {
    const a = { statementIds: ["A", "B", "C"], ballots: [rank("A", "B", "C"), rank("A", "C", "B")] };
    const b = { statementIds: ["A", "B", "C", "D"], ballots: [rank("D", "A", "B", "C")] };
    const r = byId(rankBallots([a, b], { resamples: 0 }));
    expect(r.D?.ballots).toBe(1);
    expect(r.D?.score).toBe(100);
    expect(r.A?.ballots).toBe(3);
    expect(r.A?.score).toBeCloseTo((100 + 100 + 200 / 3) / 3, 9);
  });

  it("pools rank and pairwise sessions with Bradley–Terry, rankings counting as the pairs they imply", () => {
    const a = { mode: "rank" as const, statementIds: ["A", "B", "C"], ballots: [rank("A", "B", "C")] };
    const b = { mode: "pairwise" as const, statementIds: ["A", "B", "C"], ballots: [pairs("A>C", "B>C")] };
    const r = rankBallots([a, b], { resamples: 0 });
    expect(r.method).toBe("bradley-terry");
    expect(r.statements.map((s) => s.id)).toEqual(["A", "B", "C"]);
    expect(r.statements[0]?.copeland).toBe(100);
  });

  it("resamples within each session", () => {
    const a = {
      statementIds: ["A", "B", "C"],
      ballots: Array.from({ length: 10 }, () => rank("A", "B", "C")),
    };
    const b = { statementIds: ["A", "B", "C"], ballots: [rank("C", "B", "A")] };
    // Every resample keeps the one C-first ballot of session b once: A stays first throughout.
    const r = rankBallots([a, b]);
    expect(r.topThreeStability).toBe(1);
    expect(byId(r).A?.pTop3).toBe(1);
  });
});
