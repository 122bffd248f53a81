import { describe, expect, it } from "vitest";
import type { AggregateRow } from "../../shared/scoring/aggregate-row.ts";
import {
  type LearnFromBestInput,
  type LibraryPractice,
  learnFromBest,
} from "../../shared/scoring/learn-from-best.ts";

const scaleRow = (centre: string, key: string, n: number, mean: number): AggregateRow => ({
  level: "centre",
  centre,
  team: null,
  metric: "scale",
  key,
  n,
  mean,
  sd: 10,
  ciLow: mean - 5,
  ciHigh: mean + 5,
});

const practice = (
  centreId: string,
  title: string,
  share: boolean,
  themeKey = "time-pressure",
): LibraryPractice => ({
  centreId,
  title,
  body: `How ${title} was done`,
  themeKey,
  scaleKeys: [],
  shareCentreName: share,
});

const centres = ["own", "a", "b", "c", "d"].map((id) => ({ id, name: `Centre ${id.toUpperCase()}` }));

/** A higher-worse scale ("work-pace") and a higher-better one ("influence"); 8 respondents each unless said. */
function input(over: Partial<LearnFromBestInput> = {}): LearnFromBestInput {
  return {
    ownCentreId: "own",
    attention: ["influence"],
    scales: [
      { key: "influence", polarity: "higher-better", themes: ["variation-influence"] },
      { key: "work-pace", polarity: "higher-worse", themes: ["time-pressure"] },
    ],
    minGroupSize: 5,
    rows: [
      scaleRow("own", "influence", 8, 40),
      scaleRow("a", "influence", 8, 70),
      scaleRow("b", "influence", 8, 60),
      scaleRow("c", "influence", 8, 50),
    ],
    previous: {
      minGroupSize: 5,
      rows: [
        scaleRow("own", "influence", 8, 30),
        scaleRow("a", "influence", 8, 69),
        scaleRow("b", "influence", 8, 45),
        scaleRow("c", "influence", 8, 48),
      ],
    },
    centres,
    practices: [
      practice("a", "A's named practice", true, "variation-influence"),
      practice("b", "B's unnamed practice", false, "variation-influence"),
    ],
    ...over,
  };
}

describe("learnFromBest", () => {
  it("never names the best centre, even where it agreed (the report's highest figure would be its by name)", () => {
    const [item] = learnFromBest(
      input({
        practices: [
          practice("a", "A's named practice", true, "variation-influence"),
          practice("a", "A's unnamed practice", false, "variation-influence"),
        ],
      }),
    );
    // Only what A shared without its name: its named practice would name it through the library.
    expect(item?.best).toEqual({
      centre: null,
      practices: [
        {
          title: "A's unnamed practice",
          body: "How A's unnamed practice was done",
          themeKey: "variation-influence",
        },
      ],
    });
    expect(JSON.stringify(item?.best)).not.toMatch(/"a"|Centre A|A's named/);
  });

  it("names the most improved centre where it agreed, and keeps a non-consenting one anonymous", () => {
    const [named] = learnFromBest(
      input({ practices: [practice("b", "B's named practice", true, "variation-influence")] }),
    );
    expect(named?.improved).toEqual({
      centre: { id: "b", name: "Centre B" },
      practices: [
        {
          title: "B's named practice",
          body: "How B's named practice was done",
          themeKey: "variation-influence",
        },
      ],
    });
    const [item] = learnFromBest(input());
    // B improved most (+15) and did not agree to be named: no name, no id, anywhere.
    expect(item?.improved?.centre).toBeNull();
    expect(item?.improved?.practices.map((p) => p.title)).toEqual(["B's unnamed practice"]);
    expect(JSON.stringify(item?.improved)).not.toMatch(/"b"|Centre B/);
  });

  it("ties a name only to the practices the centre agreed on; never lists the others beside it", () => {
    const [item] = learnFromBest(
      input({
        practices: [
          practice("b", "agreed", true, "variation-influence"),
          practice("b", "not agreed", false, "variation-influence"),
        ],
      }),
    );
    expect(item?.improved?.centre?.name).toBe("Centre B");
    expect(item?.improved?.practices.map((p) => p.title)).toEqual(["agreed"]);
  });

  it("without any consent the centre stays anonymous with all its practices for the scale's themes", () => {
    const [item] = learnFromBest(
      input({
        practices: [
          practice("a", "not agreed", false, "variation-influence"),
          practice("a", "other theme", false, "technology"),
          { ...practice("a", "by scale", false, "technology"), scaleKeys: ["influence"] },
        ],
      }),
    );
    expect(item?.best?.centre).toBeNull();
    expect(item?.best?.practices.map((p) => p.title)).toEqual(["not agreed", "by scale"]);
  });

  it("never suggests the centre asking, even where it is the best and improved most", () => {
    const rows = input().rows.map((r) => (r.centre === "own" ? { ...r, mean: 99 } : r));
    const practices = [practice("a", "A", false, "variation-influence"), ...input().practices];
    const [item] = learnFromBest(input({ rows, practices }));
    expect(item?.best?.practices.map((p) => p.title)).toEqual(["A"]);
    expect(item?.improved?.centre).toBeNull(); // b, anonymous
    expect(JSON.stringify(item)).not.toContain("own");
  });

  it("never chooses a centre whose figure is hidden (under the minimum), in either round", () => {
    const rows = [...input().rows, scaleRow("d", "influence", 4, 95)];
    const previous = {
      minGroupSize: 5,
      rows: [...(input().previous?.rows ?? []), scaleRow("d", "influence", 4, 10)],
    };
    const [item] = learnFromBest(
      input({ rows, previous, practices: [practice("d", "D", true, "variation-influence")] }),
    );
    // D would be best (95) and most improved (+85) if its 4 answers counted.
    expect(item?.best?.centre).toBeNull();
    expect(item?.best?.practices.map((p) => p.title)).not.toContain("D");
    expect(JSON.stringify(item)).not.toContain("Centre D");
    // Hidden in the earlier round only: not a candidate for the improvement either.
    const [later] = learnFromBest(
      input({
        rows: [...input().rows, scaleRow("d", "influence", 8, 95)],
        previous,
        practices: [practice("d", "D", false, "variation-influence")],
      }),
    );
    expect(later?.best?.practices.map((p) => p.title)).toEqual(["D"]);
    expect(later?.improved?.centre).toBeNull(); // b again, not d
  });

  it("suggests nothing where the round has no benchmark for the scale (too few centres shown)", () => {
    const rows = [
      scaleRow("own", "influence", 8, 40),
      scaleRow("a", "influence", 8, 70),
      scaleRow("b", "influence", 3, 60),
    ];
    expect(learnFromBest(input({ rows }))).toEqual([{ scale: "influence", best: null, improved: null }]);
  });

  it("reads a higher-is-worse scale the right way round, and takes no decline for an improvement", () => {
    const rows = [
      scaleRow("own", "work-pace", 8, 80),
      scaleRow("a", "work-pace", 8, 70),
      scaleRow("b", "work-pace", 8, 40),
      scaleRow("c", "work-pace", 8, 60),
    ];
    const previous = {
      minGroupSize: 5,
      rows: [
        scaleRow("a", "work-pace", 8, 60),
        scaleRow("b", "work-pace", 8, 30),
        scaleRow("c", "work-pace", 8, 55),
      ],
    };
    const practices = [practice("b", "B", false), practice("c", "C", false)];
    const [item] = learnFromBest(input({ attention: ["work-pace"], rows, previous, practices }));
    expect(item?.best?.practices.map((p) => p.title)).toEqual(["B"]); // the lowest work pace
    expect(item?.improved).toBeNull(); // every centre's pace went up: nobody improved
  });

  it("breaks ties by centre id, the same for every reader", () => {
    const rows = [
      scaleRow("own", "influence", 8, 40),
      scaleRow("c", "influence", 8, 70),
      scaleRow("b", "influence", 8, 70),
      scaleRow("a", "influence", 8, 50),
    ];
    const practices = ["a", "b", "c"].map((id) => practice(id, id, false, "variation-influence"));
    const [item] = learnFromBest(input({ rows, practices, previous: null }));
    expect(item?.best?.practices.map((p) => p.title)).toEqual(["b"]);
    expect(item?.improved).toBeNull();
    const [again] = learnFromBest(input({ rows: [...rows].reverse(), practices, previous: null }));
    expect(again?.best?.practices.map((p) => p.title)).toEqual(["b"]);
  });
});
