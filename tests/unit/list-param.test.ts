import { describe, expect, it } from "vitest";
import { readListParam } from "../../shared/research/list-param.ts";

const labels = new Set(["1. måling, juni 2007", "2. måling, sept. 2008", "Wave, one, two"]);
const names = (s: string) => labels.has(s) || /^r\d$/.test(s);

describe("readListParam", () => {
  it("nothing, or an empty value, filters nothing", () => {
    expect(readListParam(undefined, names)).toBeNull();
    expect(readListParam("", names)).toBeNull();
    expect(readListParam([" ", ","], names)).toBeNull();
  });

  it("plain comma lists, trimmed", () => {
    expect(readListParam("r1, r2 ,r3", names)).toEqual(["r1", "r2", "r3"]);
    expect(readListParam("x,y", names)).toEqual(["x", "y"]);
  });

  it("a label with commas, whole or among others", () => {
    expect(readListParam("1. måling, juni 2007", names)).toEqual(["1. måling, juni 2007"]);
    expect(readListParam("r1,1. måling, juni 2007,r2", names)).toEqual(["r1", "1. måling, juni 2007", "r2"]);
    expect(readListParam("1. måling, juni 2007,2. måling, sept. 2008", names)).toEqual([
      "1. måling, juni 2007",
      "2. måling, sept. 2008",
    ]);
    expect(readListParam("Wave, one, two", names)).toEqual(["Wave, one, two"]);
  });

  it("quoted items as in CSV, with doubled quotes", () => {
    expect(readListParam('"1. måling, juni 2007", r2', names)).toEqual(["1. måling, juni 2007", "r2"]);
    expect(readListParam('"say ""hi"", x",r1', names)).toEqual(['say "hi", x', "r1"]);
  });

  it("repeated parameters, each read alone", () => {
    expect(readListParam(["1. måling, juni 2007", "r1,r2"], names)).toEqual([
      "1. måling, juni 2007",
      "r1",
      "r2",
    ]);
  });

  it("the parts of a label that names nothing stay apart, so a 400 can name them", () => {
    expect(readListParam("juni 2007, r1", names)).toEqual(["juni 2007", "r1"]);
  });
});
