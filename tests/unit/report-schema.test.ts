import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { builtinInstrument as def } from "../../shared/instrument/builtin/index.ts";
import { aggregateRound } from "../../shared/scoring/aggregate-round.ts";
import type { AggregateRow } from "../../shared/scoring/aggregate-row.ts";
import { buildOverview, type Overview } from "../../shared/scoring/overview.ts";
import { buildCentreReport, type CentreReport } from "../../shared/scoring/report.ts";
import {
  aggregateRowSchema,
  centreReportSchema,
  overviewSchema,
} from "../../shared/scoring/report-schema.ts";
import { concat, pack } from "./helpers.ts";

describe("report schemas", () => {
  it("have the types that the builders return", () => {
    expectTypeOf<CentreReport>().toExtend<z.infer<typeof centreReportSchema>>();
    expectTypeOf<Overview>().toExtend<z.infer<typeof overviewSchema>>();
    expectTypeOf<AggregateRow>().toExtend<z.infer<typeof aggregateRowSchema>>();
  });

  it("accept a real report and overview", () => {
    const people = Array.from({ length: 12 }, (_, i) =>
      pack({ gh1: (i % 5) + 1, st1: 2, st2: 3, "value-most": ["tasks"] }),
    );
    const rows = aggregateRound(def, {
      packed: concat(people),
      centre: new Int32Array(12),
      team: Int32Array.from(people.map((_, i) => (i < 6 ? 0 : -1))),
      centreIds: ["c1"],
      teamIds: ["t1"],
    });
    for (const row of rows) expect(aggregateRowSchema.parse(row)).toEqual(row);
    const round = { id: "r1", label: "2007", date: "2007-06-01" };
    const report = buildCentreReport({
      def,
      round,
      centre: { id: "c1", name: "Borgerservice" },
      minGroupSize: 5,
      threshold: 5,
      comparison: "network",
      rows,
      reference: null,
      previous: { roundId: "r0", rows },
    });
    expect(centreReportSchema.parse(report)).toEqual(report);
    const overview = buildOverview({
      def,
      round,
      centres: [{ id: "c1", name: "Borgerservice" }],
      teams: [{ id: "t1", name: "Team", centre: "c1" }],
      minGroupSize: 5,
      rows,
    });
    expect(overviewSchema.parse(overview)).toEqual(overview);
  });
});
