import { beforeAll, describe, expect, it } from "vitest";
import { Client, expectProblem, fieldPaths } from "./helpers.ts";

let anonymous: Client;
beforeAll(() => {
  anonymous = new Client();
});

describe("GET /api/v1/themes", () => {
  it("lists the nine themes in both languages, without signing in (workshop prompts)", async () => {
    const r = await anonymous.get("/api/v1/themes");
    expect(r.status).toBe(200);
    expect(r.body).toHaveLength(9);
    expect(r.body[3]).toMatchObject({
      key: "time-pressure",
      number: 4,
      title: { da: "Tidspres", en: "Time pressure" },
    });
    for (const theme of r.body) {
      for (const section of ["research", "actions", "questions"])
        expect(theme[section][0]).toMatchObject({ da: expect.any(String), en: expect.any(String) });
      expect(theme.examples[0].source).toMatch(/^(guidance|amica|illustrative)$/);
      expect(theme.scaleKeys.length).toBeGreaterThan(0);
    }
    expect(r.headers.get("cache-control")).toContain("public");
  });
});

describe("GET /api/v1/themes/:key", () => {
  it("returns one theme with its questions and related scales", async () => {
    const r = await anonymous.get("/api/v1/themes/measurements-performance");
    expect(r.status).toBe(200);
    expect(r.body.questions.length).toBeGreaterThanOrEqual(3);
    expect(r.body.scaleKeys).toContain("trust-management");
  });
  it("is 404 for an unknown theme and 400 naming the path for a malformed key", async () => {
    expectProblem(await anonymous.get("/api/v1/themes/no-such-theme"), 404);
    const bad = await anonymous.get("/api/v1/themes/Not%20A%20Key");
    expectProblem(bad, 400);
    expect(fieldPaths(bad)).toEqual(["path.key"]);
  });
});

describe("GET /api/v1/scales/:scaleKey/themes", () => {
  it("links a scale to its themes, the most direct first", async () => {
    const pace = await anonymous.get("/api/v1/scales/work-pace/themes");
    expect(pace.status).toBe(200);
    expect(pace.body.map((t: { key: string }) => t.key)).toEqual(["time-pressure"]);
    const influence = await anonymous.get("/api/v1/scales/influence/themes");
    expect(influence.body[0].key).toBe("variation-influence");
    const emotional = await anonymous.get("/api/v1/scales/emotional-demands/themes");
    expect(emotional.body[0].key).toBe("difficult-calls");
  });
  it("is an empty list for a scale no theme covers, 400 for a malformed key", async () => {
    const none = await anonymous.get("/api/v1/scales/no-such-scale/themes");
    expect(none.status).toBe(200);
    expect(none.body).toEqual([]);
    const bad = await anonymous.get("/api/v1/scales/_x/themes");
    expectProblem(bad, 400);
    expect(fieldPaths(bad)).toEqual(["path.scaleKey"]);
  });
});

describe("OpenAPI", () => {
  it("documents the seminar, practice, theme and cycle routes", async () => {
    const r = await anonymous.get("/api/openapi.json");
    expect(r.status).toBe(200);
    const paths = Object.keys(r.body.paths);
    for (const path of [
      "/api/v1/themes",
      "/api/v1/themes/{key}",
      "/api/v1/scales/{scaleKey}/themes",
      "/api/v1/networks/{networkId}/seminars",
      "/api/v1/seminars/{seminarId}/contributions",
      "/api/v1/networks/{networkId}/practices",
      "/api/v1/practices/{practiceId}/plan-draft",
      "/api/v1/centres/{centreId}/results-meetings",
      "/api/v1/centres/{centreId}/cycle",
      "/api/v1/networks/{networkId}/cycle",
    ])
      expect(paths).toContain(path);
  });
});
