import { describe, expect, it } from "vitest";
import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { instrumentIndex } from "../../shared/instrument/instrument-index.ts";
import { findInvalidPackedRow, unpackAnswers, validateAnswers } from "../../shared/instrument/packing.ts";
import type { InstrumentDefinition } from "../../shared/instrument/schema.ts";

const index = instrumentIndex(def);

function errorsOf(answers: unknown, instrument: InstrumentDefinition = def) {
  const result = validateAnswers(instrument, answers);
  if (result.ok) throw new Error("expected validation to fail");
  return result.errors;
}

describe("validateAnswers", () => {
  it("packs item codes into their slots and choices into 0/1 slots after the items", () => {
    const result = validateAnswers(def, { pr1: 2, gh1: 5, "value-most": ["tasks", "colleagues"] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.packed.length).toBe(def.items.length + 10);
    expect(result.packed[index.itemSlot.get("pr1") as number]).toBe(2);
    expect(result.packed[index.itemSlot.get("gh1") as number]).toBe(5);
    expect(result.packed[index.itemSlot.get("pr2") as number]).toBe(0);
    expect(Array.from(result.packed.subarray(index.choiceOffset))).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
  });

  it("keeps open answers apart, trimmed, and treats null as not answered", () => {
    const result = validateAnswers(def, {
      pr1: null,
      "gives-satisfaction": "  gode kolleger ",
      "takes-satisfaction": "",
    });
    expect(result).toMatchObject({ ok: true, openAnswers: { "gives-satisfaction": "gode kolleger" } });
  });

  it("names each bad answer by its path", () => {
    expect(errorsOf({ zz9: 1, pr1: 2.5, pr2: 6, pr3: "2", js1: 0 })).toEqual([
      { code: "unknown", path: "answers.zz9", message: "unknown question" },
      { code: "invalid", path: "answers.pr1", message: "expected an integer option code" },
      {
        code: "range",
        params: { min: 1, max: 5 },
        path: "answers.pr2",
        message: "option code must be between 1 and 5",
      },
      { code: "invalid", path: "answers.pr3", message: "expected an integer option code" },
      {
        code: "range",
        params: { min: 1, max: 4 },
        path: "answers.js1",
        message: "option code must be between 1 and 4",
      },
    ]);
  });

  it("refuses too many choices, unknown and repeated options", () => {
    expect(errorsOf({ "value-most": ["tasks", "salary", "benefits", "influence"] })).toEqual([
      {
        code: "too-many",
        params: { max: 3 },
        path: "answers.value-most",
        message: "at most 3 choices allowed, got 4",
      },
    ]);
    expect(errorsOf({ "value-most": ["tasks", "free-coffee", "tasks"] })).toEqual([
      { code: "unknown", path: "answers.value-most.1", message: 'unknown option "free-coffee"' },
      { code: "duplicate", path: "answers.value-most.2", message: 'option "tasks" chosen twice' },
    ]);
    expect(errorsOf({ "value-most": "tasks" })).toEqual([
      { code: "invalid", path: "answers.value-most", message: "expected an array of option keys" },
    ]);
  });

  it("requires items marked required", () => {
    const strict = structuredClone(def);
    (strict.items[0] as { required?: boolean }).required = true;
    expect(errorsOf({ pr2: 1 }, strict)).toEqual([
      { code: "required", path: "answers.pr1", message: "required" },
    ]);
  });

  it("refuses what is not an answers object", () => {
    expect(errorsOf([1, 2])).toEqual([{ code: "invalid", path: "answers", message: "expected an object" }]);
    expect(errorsOf(null)).toEqual([{ code: "invalid", path: "answers", message: "expected an object" }]);
  });
});

describe("unpackAnswers", () => {
  it("gives back what was packed", () => {
    const answers = { pr1: 1, ql3: 4, js2: 3, bo4: 5, "value-most": ["influence", "salary"] };
    const result = validateAnswers(def, answers);
    if (!result.ok) throw new Error("valid answers refused");
    expect(unpackAnswers(def, result.packed)).toEqual(answers);
  });

  it("refuses a row of the wrong width", () => {
    expect(() => unpackAnswers(def, new Uint8Array(3))).toThrow(RangeError);
  });
});

describe("findInvalidPackedRow", () => {
  it("finds rows no validated answer could produce", () => {
    const good = validateAnswers(def, { pr1: 3, "value-most": ["tasks"] });
    if (!good.ok) throw new Error("valid answers refused");
    const rows = new Uint8Array(index.width * 3);
    rows.set(good.packed, 0);
    rows.set(good.packed, index.width);
    rows.set(good.packed, index.width * 2);
    expect(findInvalidPackedRow(def, rows)).toBe(-1);
    rows[index.width + (index.itemSlot.get("js1") as number)] = 5; // a four-option item
    expect(findInvalidPackedRow(def, rows)).toBe(1);
    rows[index.width + (index.itemSlot.get("js1") as number)] = 4;
    rows.fill(1, index.width * 2 + index.choiceOffset); // ten choices where three are allowed
    expect(findInvalidPackedRow(def, rows)).toBe(2);
  });
});
