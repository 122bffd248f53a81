import { describe, expect, it } from "vitest";
import { z } from "zod";
import { shapeOf } from "../../api/lib/response-cache.ts";
import { centreReportResponseSchema, overviewSchema } from "../../shared/scoring/report-schema.ts";

// A cached report outlives a deploy by up to a day: its key must change with the body's shape, or
// the new pages read an old body (a report without its domains broke the page once).
describe("the cache key's shape fingerprint", () => {
  it("is the same for the same schema, read twice", () => {
    expect(shapeOf(centreReportResponseSchema)).toBe(shapeOf(centreReportResponseSchema));
    expect(shapeOf(z.object({ a: z.number() }))).toBe(shapeOf(z.object({ a: z.number() })));
  });

  it("changes when a field is added, removed or changes its type", () => {
    const base = z.object({ a: z.number(), b: z.string() });
    const shapes = [
      base,
      base.extend({ c: z.array(z.string()) }),
      z.object({ a: z.number() }),
      z.object({ a: z.string(), b: z.string() }),
    ].map(shapeOf);
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(shapeOf(centreReportResponseSchema)).not.toBe(shapeOf(overviewSchema));
    expect(shapeOf(centreReportResponseSchema)).not.toBe(
      shapeOf(centreReportResponseSchema.omit({ domains: true })),
    );
  });
});
