import { describe, expect, it } from "vitest";
import { headcountSheet, readHeadcountSheet } from "../../shared/fieldwork/headcount-sheet.ts";
import type { Headcounts } from "../../shared/schemas/headcount.ts";

const round: Headcounts = {
  roundId: "r1",
  centres: [
    {
      centreId: "c1",
      name: "Borgerservice",
      headcount: 40,
      taken: 12,
      teams: [
        { teamId: "t1", name: "Telefon", headcount: null, taken: 0 },
        { teamId: "t2", name: "Skranke", headcount: 15, taken: 5 },
      ],
    },
    { centreId: "c2", name: "-Nord, kundeservice", headcount: null, taken: 0, teams: [] },
    { centreId: "c3", name: "Syd", headcount: 9, taken: 0, teams: [] },
  ],
};

describe("the headcount sheet", () => {
  it("writes a row per centre and team, quoting names a spreadsheet would misread", () => {
    expect(headcountSheet(round).split("\r\n")).toEqual([
      "centre,team,headcount",
      "Borgerservice,,40",
      "Borgerservice,Telefon,",
      "Borgerservice,Skranke,15",
      `"'-Nord, kundeservice",,`,
      "Syd,,9",
      "",
    ]);
  });

  it("reads back what it wrote unchanged, filled in by a Danish spreadsheet (semicolons, BOM)", () => {
    expect(readHeadcountSheet(headcountSheet(round), round)).toEqual({
      ok: true,
      rows: 5,
      update: {
        centres: [
          {
            centreId: "c1",
            headcount: 40,
            teams: [
              { teamId: "t1", headcount: null },
              { teamId: "t2", headcount: 15 },
            ],
          },
          { centreId: "c2", headcount: null, teams: [] },
          { centreId: "c3", headcount: 9, teams: [] },
        ],
      },
    });
    const filled =
      "\uFEFFcentre;team;headcount\r\nborgerservice ; TELEFON;1.200\r\n'-Nord,  Kundeservice;;7\r\n";
    expect(readHeadcountSheet(filled, round)).toEqual({
      ok: true,
      rows: 2,
      update: {
        centres: [
          // The centre's own headcount is kept where the sheet has only a team row.
          { centreId: "c1", headcount: 40, teams: [{ teamId: "t1", headcount: 1200 }] },
          { centreId: "c2", headcount: 7, teams: [] },
        ],
      },
    });
  });

  it("takes nothing when any row is wrong, and names each wrong row by its number", () => {
    const sheet = [
      "headcount,centre,team",
      "12,Borgerservice,",
      "3,Vest,",
      "4,Borgerservice,Chat",
      "0,Syd,",
      "2.5,Syd,",
      "13,Borgerservice,",
      '5,"Syd,',
    ].join("\n");
    expect(readHeadcountSheet(sheet, round)).toEqual({
      ok: false,
      problems: [
        { row: 3, code: "unknown-centre" },
        { row: 4, code: "unknown-team" },
        { row: 5, code: "headcount-invalid" },
        { row: 6, code: "headcount-invalid" },
        { row: 7, code: "duplicate-row" },
        { row: 8, code: "row-malformed" },
      ],
    });
  });

  it("refuses a sheet without the three columns, or with no rows", () => {
    expect(readHeadcountSheet("name,people\nSyd,4\n", round)).toEqual({
      ok: false,
      problems: [{ row: 1, code: "header-missing" }],
    });
    expect(readHeadcountSheet("", round)).toEqual({
      ok: false,
      problems: [{ row: 1, code: "header-missing" }],
    });
    expect(readHeadcountSheet("centre,team,headcount\r\n\r\n", round)).toEqual({
      ok: false,
      problems: [{ row: 2, code: "no-rows" }],
    });
  });
});
